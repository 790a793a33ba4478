import { describe, expect, it } from 'vitest';
import { FOLDING_MAX_LINES, sameSizeOptions, sizeOptions } from './size-options';

describe('sizeOptions', () => {
  it('folds files of ordinary size, and not files too large to scan per keystroke', () => {
    expect(sizeOptions(3_000).folding).toBe(true);
    expect(sizeOptions(FOLDING_MAX_LINES).folding).toBe(true);
    expect(sizeOptions(FOLDING_MAX_LINES + 1).folding).toBe(false);
  });

  it('tells equal option sets apart from different ones', () => {
    expect(sameSizeOptions(sizeOptions(10), sizeOptions(20))).toBe(true);
    expect(sameSizeOptions(sizeOptions(10), sizeOptions(FOLDING_MAX_LINES + 1))).toBe(false);
  });
});
