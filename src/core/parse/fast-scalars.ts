// Scalar reading for the fast path: YAML 1.2 core-schema resolution of plain scalars, and
// single-line quoted scalars. Everything here mirrors what the `yaml` package does by default
// (see node_modules/yaml/dist/schema/core and compose/resolve-flow-scalar.js).

/** Thrown inside the fast path when the input leaves the subset it handles; never escapes it. */
const BAIL: unique symbol = Symbol('fast-parse bail');

/** Gives up on the fast path: the caller falls back to the `yaml` package. */
export function bail(): never {
  throw BAIL;
}

const intOct = /^0o[0-7]+$/;
const intDec = /^[-+]?[0-9]+$/;
const intHex = /^0x[0-9a-fA-F]+$/;
const floatNaN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const floatExp = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const floatDec = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * The value of a non-empty plain scalar under the core schema, tested in the order `yaml`
 * tests its tags (null, bool, int 0o / decimal / 0x, float nan-inf / exponent / decimal).
 */
export function resolvePlain(s: string): unknown {
  switch (s.charCodeAt(0)) {
    case 126: // ~
      return s.length === 1 ? null : s;
    case 110: // n
    case 78: // N
      return s === 'null' || s === 'Null' || s === 'NULL' ? null : s;
    case 116: // t
    case 84: // T
      return s === 'true' || s === 'True' || s === 'TRUE' ? true : s;
    case 102: // f
    case 70: // F
      return s === 'false' || s === 'False' || s === 'FALSE' ? false : s;
    case 43: // +
    case 45: // -
    case 46: // .
    case 48:
    case 49:
    case 50:
    case 51:
    case 52:
    case 53:
    case 54:
    case 55:
    case 56:
    case 57:
      return resolveNumber(s);
    default:
      return s;
  }
}

function resolveNumber(s: string): unknown {
  if (intOct.test(s)) return parseInt(s.substring(2), 8);
  if (intDec.test(s)) return parseInt(s, 10);
  if (intHex.test(s)) return parseInt(s.substring(2), 16);
  if (floatNaN.test(s)) {
    if (s.slice(-3).toLowerCase() === 'nan') return NaN;
    return s.charCodeAt(0) === 45 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (floatExp.test(s) || floatDec.test(s)) return parseFloat(s);
  return s;
}

/** The string a resolved key becomes in a JavaScript object, as `yaml`'s toJS makes it. */
export function toKeyString(v: unknown): string {
  return v === null ? '' : typeof v === 'string' ? v : String(v);
}

/** End (exclusive) of the single-quoted scalar opening at `p`; bails if it does not close before `end`. */
export function singleQuotedEnd(text: string, p: number, end: number): number {
  let i = p + 1;
  for (;;) {
    const q = text.indexOf("'", i);
    if (q === -1 || q >= end) bail();
    if (text.charCodeAt(q + 1) !== 39 || q + 1 >= end) return q + 1;
    i = q + 2;
  }
}

/** Value of the single-quoted scalar `text[p, qEnd)`. */
export function singleQuotedValue(text: string, p: number, qEnd: number): string {
  const raw = text.slice(p + 1, qEnd - 1);
  return raw.includes("''") ? raw.replace(/''/g, "'") : raw;
}

const escapes: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  '\t': '\t',
};

/** End (exclusive) of the double-quoted scalar opening at `p`; bails if it does not close before `end`. */
export function doubleQuotedEnd(text: string, p: number, end: number): number {
  for (let i = p + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) i++; // the escaped character cannot close the scalar
  }
  return bail();
}

/** Value of the single-line double-quoted scalar `text[p, qEnd)`; bails on an unknown escape. */
export function doubleQuotedValue(text: string, p: number, qEnd: number): string {
  const last = qEnd - 1;
  let i = text.indexOf('\\', p + 1);
  if (i === -1 || i >= last) return text.slice(p + 1, last);
  let out = text.slice(p + 1, i);
  let from = i;
  while (i < last) {
    if (text.charCodeAt(i) !== 92) {
      i++;
      continue;
    }
    out += text.slice(from, i);
    const ch = text[i + 1] as string;
    const simple = escapes[ch];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else {
      const len = ch === 'x' ? 2 : ch === 'u' ? 4 : ch === 'U' ? 8 : 0;
      if (len === 0 || i + 2 + len > last) bail();
      const hex = text.slice(i + 2, i + 2 + len);
      if (!/^[0-9a-fA-F]+$/.test(hex)) bail();
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) bail();
      out += String.fromCodePoint(code);
      i += 2 + len;
    }
    from = i;
  }
  return out + text.slice(from, last);
}

/** Whether a plain scalar may start with `c`, followed by `next` (quotes are read apart). */
export function isPlainStart(c: number, next: number, inFlow: boolean): boolean {
  switch (c) {
    case 44: // ,
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 35: // #
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case 37: // %
    case 64: // @
    case 96: // `
    case 63: // ?
    case 58: // :
    case 34: // "
    case 39: // '
    case 9:
    case 32:
      return false;
    case 45: // - starts a plain scalar only when it is not an indicator
      if (next === 32 || next === 9 || next === 10 || next === 13 || Number.isNaN(next))
        return false;
      return !inFlow || (next !== 44 && next !== 93 && next !== 125);
    default:
      return true;
  }
}
