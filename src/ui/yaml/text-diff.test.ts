import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textChange } from './text-diff';

const apply = (before: string, c: ReturnType<typeof textChange>) =>
  c ? before.slice(0, c.start) + c.text + before.slice(c.end) : before;

describe('textChange', () => {
  it('is undefined for equal texts', () => {
    expect(textChange('a: 1\n', 'a: 1\n')).toBeUndefined();
  });

  it('replaces only the changed middle', () => {
    expect(textChange('name: foo-https\n', 'name: foo2-https\n')).toEqual({
      start: 9,
      end: 9,
      text: '2',
    });
    expect(textChange('abc', 'abXYc')).toEqual({ start: 2, end: 2, text: 'XY' });
    expect(textChange('abcdef', 'af')).toEqual({ start: 1, end: 5, text: '' });
  });

  it('does not split a CRLF or a surrogate pair', () => {
    const crlf = textChange('a\r\nb', 'a\r\r\nb');
    expect(crlf && crlf.start).toBeLessThanOrEqual(1);
    const pair = textChange('x\u{1F600}y', 'x\u{1F601}y');
    expect(pair).toEqual({ start: 1, end: 3, text: '\u{1F601}' });
  });

  it('always turns before into after', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\r', '\n', '\u{1F600}', ' ') });
    fc.assert(fc.property(text, text, (a, b) => apply(a, textChange(a, b)) === b));
  });
});
