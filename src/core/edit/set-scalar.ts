import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import type { Path } from '../model/path';
import type { TextEdit } from './text-edit';

/** How many spaces the file indents a nested map by (its first indented key), else 2. */
function indentStep(text: string): number {
  const m = /^[^\s#-][^\n]*:[ \t]*\r?\n( +)[^\s#]/m.exec(text);
  return m?.[1]?.length ?? 2;
}

function lineIndent(text: string, offset: number): number {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let i = lineStart;
  while (text[i] === ' ') i++;
  return i - lineStart;
}

/** A block literal (`|`, `|-`, `|+`, with an indentation indicator when the text needs one). */
function blockLiteral(value: string, indent: string, lineEnd: string, finalBreak: boolean): string {
  const body = value.replace(/\n+$/, '');
  const trailing = value.length - body.length;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const indicator = /^[ \t]/.test(body) ? String(indent.length) : '';
  const lines = body.split('\n').map((l) => (l === '' ? '' : indent + l));
  const extra = trailing > 1 ? lineEnd.repeat(trailing - 1) : '';
  return `|${indicator}${chomp}${lineEnd}${lines.join(lineEnd)}${finalBreak ? lineEnd : ''}${extra}`;
}

function flowScalar(value: string, type: Scalar['type']): string {
  if (type === Scalar.QUOTE_SINGLE && !value.includes('\n'))
    return `'${value.replace(/'/g, "''")}'`;
  if (
    type === Scalar.PLAIN &&
    /^[A-Za-z0-9+/=._-][A-Za-z0-9+/=._ -]*$/.test(value) &&
    !value.endsWith(' ')
  )
    return value;
  return JSON.stringify(value);
}

/**
 * The text edit that gives the string scalar at `path` of the YAML document `text[docStart,
 * docEnd)` the value `value`, keeping its style: a block scalar stays a block literal indented
 * as the file indents, a quoted or plain scalar stays on its line (double-quoted with escapes if
 * it must). Only the value's own characters change: comments and everything else are kept.
 * Undefined when there is no scalar at `path`.
 */
export function setScalarEdit(
  text: string,
  docStart: number,
  docEnd: number,
  path: Path,
  value: string,
): TextEdit | undefined {
  const doc = parseDocument(text.slice(docStart, docEnd), {
    keepSourceTokens: true,
    logLevel: 'silent',
  });
  const node = doc.getIn(path, true);
  if (!isScalar(node) || !node.range) return undefined;
  const parent = doc.getIn(path.slice(0, -1), true);
  const [start, end] = node.range;
  const lineEnd = text.includes('\r\n') ? '\r\n' : '\n';
  const block = node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED;
  if (!block)
    return { start: docStart + start, end: docStart + end, text: flowScalar(value, node.type) };
  const original = text.slice(docStart + start, docStart + end);
  // The block's own indentation when it has content, else one step under its key.
  const keyIndent = isMap(parent) ? lineIndent(text, docStart + start) : 0;
  const indent = /\n( +)\S/.exec(original)?.[1] ?? ' '.repeat(keyIndent + indentStep(text));
  const finalBreak = original.endsWith('\n');
  return {
    start: docStart + start,
    end: docStart + end,
    text: blockLiteral(value, indent, lineEnd, finalBreak),
  };
}
