import { describe, expect, it } from 'vitest';
import {
  FOLDING_MAX_LINES,
  QUICK_SUGGEST_MAX_LINES,
  sameSizeOptions,
  sizeOptions,
} from './size-options';

describe('sizeOptions', () => {
  it('keeps folding and completion while typing on files of ordinary size', () => {
    const o = sizeOptions(3_000);
    expect(o.folding).toBe(true);
    expect(o.quickSuggestions).toMatchObject({ other: true, strings: true });
    expect(o.suggestOnTriggerCharacters).toBe(true);
  });

  it('turns completion while typing off first, then folding, as files grow', () => {
    const mid = sizeOptions(QUICK_SUGGEST_MAX_LINES + 1);
    expect(mid).toEqual({
      folding: true,
      quickSuggestions: false,
      suggestOnTriggerCharacters: false,
    });
    expect(sizeOptions(FOLDING_MAX_LINES + 1).folding).toBe(false);
    expect(sizeOptions(QUICK_SUGGEST_MAX_LINES).suggestOnTriggerCharacters).toBe(true);
  });

  it('tells equal option sets apart from different ones without reading deeply', () => {
    expect(sameSizeOptions(sizeOptions(10), sizeOptions(20))).toBe(true);
    expect(sameSizeOptions(sizeOptions(10), sizeOptions(QUICK_SUGGEST_MAX_LINES + 1))).toBe(false);
  });
});
