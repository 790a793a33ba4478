import { describe, expect, it } from 'vitest';
import {
  FOLDING_MAX_LINES,
  sameSizeOptions,
  sizeNote,
  sizeOptions,
  tooLargeToHighlight,
} from './size-options';

describe('sizeOptions', () => {
  it('folds and matches brackets in files of ordinary size, not in files too large to scan per keystroke', () => {
    expect(sizeOptions(3_000)).toEqual({ folding: true, matchBrackets: 'always' });
    expect(sizeOptions(FOLDING_MAX_LINES)).toEqual({ folding: true, matchBrackets: 'always' });
    expect(sizeOptions(FOLDING_MAX_LINES + 1)).toEqual({ folding: false, matchBrackets: 'never' });
  });

  it('tells equal option sets apart from different ones', () => {
    expect(sameSizeOptions(sizeOptions(10), sizeOptions(20))).toBe(true);
    expect(sameSizeOptions(sizeOptions(10), sizeOptions(FOLDING_MAX_LINES + 1))).toBe(false);
  });

  it('follows Monaco in not highlighting files over 300,000 lines or 20 MB, and says what is off', () => {
    expect(tooLargeToHighlight(300_000, 1_000)).toBe(false);
    expect(tooLargeToHighlight(300_001, 1_000)).toBe(true);
    expect(tooLargeToHighlight(10, 21 * 1024 * 1024)).toBe(true);
    expect(sizeNote(1_000, 30_000)).toBeUndefined();
    expect(sizeNote(FOLDING_MAX_LINES + 1, 900_000)?.short).toBe('No folding: large file');
    expect(sizeNote(FOLDING_MAX_LINES + 1, 900_000)?.full).toMatch(
      /^Over 20,000 lines: no folding/,
    );
    expect(sizeNote(400_000, 10_000_000)?.short).toBe('Plain text: large file');
  });
});
