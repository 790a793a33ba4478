/** The one replacement that turns `before` into `after`: offsets into `before`, and the new text. */
export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * The smallest single change between two texts (common prefix and suffix kept), so an edit
 * from elsewhere touches only what changed and stays one undo step. It never splits a
 * surrogate pair or a CRLF. Undefined when the texts are equal.
 */
export function textChange(before: string, after: string): TextChange | undefined {
  if (before === after) return undefined;
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  if (prefix > 0 && (isHigh(before.charCodeAt(prefix - 1)) || before.charCodeAt(prefix - 1) === 13))
    prefix--;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  const tail = before.length - suffix;
  if (
    suffix > 0 &&
    (isLow(before.charCodeAt(tail)) ||
      (before.charCodeAt(tail) === 10 && before.charCodeAt(tail - 1) === 13))
  )
    suffix--;
  return {
    start: prefix,
    end: before.length - suffix,
    text: after.slice(prefix, after.length - suffix),
  };
}
