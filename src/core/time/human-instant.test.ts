import { describe, expect, it } from 'vitest';
import { humanInstant } from './human-instant';

describe('humanInstant', () => {
  it('shows an ISO instant to minutes in UTC, without milliseconds', () => {
    expect(humanInstant('2031-12-20T09:00:00.000Z')).toBe('2031-12-20 09:00 UTC');
    expect(humanInstant('2026-11-23T00:42:11Z')).toBe('2026-11-23 00:42 UTC');
    expect(humanInstant('2026-11-23T00:42Z')).toBe('2026-11-23 00:42 UTC');
  });

  it('turns other offsets into UTC, and keeps text that is not a date-time', () => {
    expect(humanInstant('2027-03-01T09:00:00+09:00')).toBe('2027-03-01 00:00 UTC');
    expect(humanInstant('not a date')).toBe('not a date');
    expect(humanInstant('2027-03-01')).toBe('2027-03-01');
  });
});
