import { describe, expect, it } from 'vitest';
import { hasBom, offsetAt, toEditorRange } from './text-position';

describe('offsetAt', () => {
  it('counts LF lines', () => {
    const text = 'a: 1\nbb: 2\n';
    expect(offsetAt(text, 1, 1)).toBe(0);
    expect(offsetAt(text, 2, 1)).toBe(5);
    expect(offsetAt(text, 2, 3)).toBe(7);
    expect(text.slice(offsetAt(text, 2, 1))).toBe('bb: 2\n');
  });

  it('counts CRLF lines byte-exactly', () => {
    const text = 'a: 1\r\nbb: 2\r\n';
    expect(offsetAt(text, 2, 1)).toBe(6);
    expect(offsetAt(text, 2, 99)).toBe(11);
  });

  it('skips a byte order mark on line 1 only', () => {
    const text = '\uFEFFa: 1\nb: 2';
    expect(hasBom(text)).toBe(true);
    expect(offsetAt(text, 1, 1)).toBe(1);
    expect(offsetAt(text, 2, 1)).toBe(6);
  });

  it('clamps past the end', () => {
    expect(offsetAt('a\nb', 9, 1)).toBe(3);
    expect(offsetAt('a\nb', 1, 9)).toBe(1);
  });
});

describe('toEditorRange', () => {
  const range = { file: 'f', start: 0, end: 0, line: 1, column: 3, endLine: 2, endColumn: 4 };
  it('keeps 1-based lines and columns', () => {
    expect(toEditorRange(range, hasBom('abcdef\nghij'))).toEqual({
      startLineNumber: 1,
      startColumn: 3,
      endLineNumber: 2,
      endColumn: 4,
    });
  });
  it('moves line-1 columns left by one after a BOM', () => {
    expect(toEditorRange(range, hasBom('\uFEFFabcdef\nghij'))).toEqual({
      startLineNumber: 1,
      startColumn: 2,
      endLineNumber: 2,
      endColumn: 4,
    });
  });
});
