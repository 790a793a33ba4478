import { describe, expect, it } from 'vitest';
import { parseInstant } from './instant';

const now = new Date('2030-06-15T12:00:00Z');
const iso = (text: string) => parseInstant(text, now)?.toISOString();

describe('parseInstant', () => {
  it('reads RFC 3339 date-times with any offset, and dates as midnight UTC', () => {
    expect(iso('2027-03-01T00:00:00Z')).toBe('2027-03-01T00:00:00.000Z');
    expect(iso('2027-03-01t09:30:00.250+09:00')).toBe('2027-03-01T00:30:00.250Z');
    expect(iso('2027-03-01 00:00:00-05:00')).toBe('2027-03-01T05:00:00.000Z');
    expect(iso('2027-03-01')).toBe('2027-03-01T00:00:00.000Z');
  });

  it('reads spans from now', () => {
    expect(iso('+30d')).toBe('2030-07-15T12:00:00.000Z');
    expect(iso('+12h')).toBe('2030-06-16T00:00:00.000Z');
    expect(iso('-2w')).toBe('2030-06-01T12:00:00.000Z');
    expect(iso('+90m')).toBe('2030-06-15T13:30:00.000Z');
    expect(iso('+0s')).toBe('2030-06-15T12:00:00.000Z');
  });

  it('refuses what is not an instant', () => {
    for (const bad of [
      '',
      'now',
      '30d',
      '+30',
      '+30y',
      '2027-02-30',
      '2027-13-01',
      '2027-03-01T25:00:00Z',
      '2027-03-01T00:00:00',
      '1 March 2027',
      '+1.5d',
    ])
      expect(iso(bad), bad).toBeUndefined();
  });
});
