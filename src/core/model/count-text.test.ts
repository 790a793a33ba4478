import { describe, expect, it } from 'vitest';
import { countText } from './count-text';

describe('countText', () => {
  it('says one in the singular and any other count in the plural', () => {
    expect(countText(1, 'route')).toBe('1 route');
    expect(countText(0, 'route')).toBe('0 routes');
    expect(countText(2, 'match', 'matches')).toBe('2 matches');
    expect(countText(10000, 'object')).toBe('10,000 objects');
  });
});
