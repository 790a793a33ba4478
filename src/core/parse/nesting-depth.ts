/**
 * Where a YAML document nests deeper than `limit` in the ways that make recursive parsers
 * overflow (flow collections `[`/`{`, and compact block sequences `- - -` on one line), found
 * by a scan without parsing. Real manifests stay below 20. Returns the offset, or undefined.
 */
export function exceedsNesting(text: string, limit: number): number | undefined {
  let flow = 0;
  let compact = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      compact = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32) continue;
      // "- " and "? " at the start of a line (or after another one) open a nested node.
      if (
        (c === 45 || c === 63) &&
        (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)
      ) {
        if (++compact + flow > limit) return i;
        continue;
      }
      lineStart = false;
    }
    if (c === 91 || c === 123) {
      if (compact + ++flow > limit) return i;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
    else if (c === 35 && text.charCodeAt(i - 1) === 32) {
      const nl = text.indexOf('\n', i);
      if (nl === -1) break;
      i = nl - 1;
    }
  }
  return undefined;
}
