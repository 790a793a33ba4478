// Block scalars (`|`, `>`, with chomping and indentation indicators) for the fast path.
// Mirrors the `yaml` package (parse/lexer.js parseBlockScalar, compose/resolve-block-scalar.js)
// for the common shapes and bails on the rest: empty blocks, whitespace-only lines indented
// past the block, and, in folded blocks, more-indented lines or lines starting with a tab.
import { bail } from './fast-scalars';

/** A block scalar read from the text. */
export interface BlockScalar {
  readonly value: string;
  /** End of the node's range: after the last content line, or the kept trailing lines. */
  readonly end: number;
  /** Start of the first line after the block (the text's length at its end). */
  readonly resume: number;
}

/**
 * Reads the block scalar whose header (`|` or `>`) is at `h`. `headerEnd` is where the header
 * line's content ends (before `\r\n`), `owner` the indentation of the collection holding it.
 */
export function readBlockScalar(
  text: string,
  h: number,
  headerEnd: number,
  owner: number,
): BlockScalar {
  const n = text.length;
  const folded = text.charCodeAt(h) === 62;
  let chomp = 0; // 0 clip, 45 strip, 43 keep
  let explicit = 0;
  let i = h + 1;
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 45 || c === 43) && chomp === 0) chomp = c;
    else if (c >= 49 && c <= 57 && explicit === 0) explicit = c - 48;
    else break;
    i++;
  }
  if (i < headerEnd) {
    if (text.charCodeAt(i) !== 32) bail();
    while (i < headerEnd && text.charCodeAt(i) === 32) i++;
    if (i < headerEnd && text.charCodeAt(i) !== 35) bail();
  }
  const nl = text.indexOf('\n', headerEnd);
  if (nl === -1) bail();

  let indent = explicit > 0 ? owner + explicit : -1;
  let out = '';
  let sep = ''; // folded: what joins the next content line to the previous one
  let leading = 0; // blank lines before the first content line
  let leadingMax = 0; // most spaces on one of those lines
  let blanks = 0; // blank lines since the last content line
  let lastEnd = -1; // end of the last content line, after its newline
  let p = nl + 1;
  while (p < n) {
    let q = p;
    while (text.charCodeAt(q) === 32) q++;
    const c = text.charCodeAt(q);
    const lf = text.indexOf('\n', q);
    const le = lf === -1 ? n : lf;
    const next = lf === -1 ? n : lf + 1;
    if (q >= n || c === 10 || (c === 13 && q + 1 === le)) {
      // A whitespace-only line: part of the block whatever its indentation, except a last
      // line without a line break that is less indented than the block.
      const spaces = q - p;
      if (q >= n && indent !== -1 && spaces < indent) break;
      if (indent === -1) {
        leading++;
        if (spaces > leadingMax) leadingMax = spaces;
      } else {
        if (spaces > indent) bail();
        if (lastEnd === -1) leading++;
        else blanks++;
      }
      p = next;
      continue;
    }
    const spaces = q - p;
    if (indent === -1) {
      if (spaces <= owner) bail(); // an empty block scalar
      indent = spaces;
    }
    if (spaces < indent) {
      if (c === 9) bail(); // yaml reports insufficiently indented tabs after a block
      break;
    }
    if (lastEnd === -1) {
      if (leadingMax > indent || c === 9) bail();
    }
    if (folded && (spaces > indent || c === 9)) bail();
    const ce = le > q && text.charCodeAt(le - 1) === 13 ? le - 1 : le;
    const line = text.slice(p + indent, ce);
    if (lastEnd === -1) {
      out = '\n'.repeat(leading) + line;
    } else if (!folded) {
      out += '\n'.repeat(blanks + 1) + line;
    } else {
      if (blanks > 0) sep = '\n'.repeat(blanks);
      out += sep + line;
    }
    sep = ' ';
    blanks = 0;
    lastEnd = next;
    p = next;
  }
  if (lastEnd === -1) bail();
  const resume = p < n ? p : n;
  let value = out;
  let end = lastEnd;
  if (chomp === 0) value += '\n';
  else if (chomp === 43) {
    // Keep: one newline per line break after the last content line.
    const lastBreak = text.charCodeAt(lastEnd - 1) === 10 ? 1 : 0;
    value += '\n'.repeat(Math.max(1, lastBreak + blanksWithBreak(text, lastEnd, resume)));
    end = resume;
  }
  return { value, end, resume };
}

function blanksWithBreak(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
