import type { SourceFile, SourceRange } from '../../core';

export interface YamlExcerpt {
  /** `file:line`. */
  readonly location: string;
  readonly text: string;
  /** Lines left out at the end. */
  readonly more: number;
}

/**
 * The text of a range, from the start of its first line (so the indentation is whole), with
 * the common indentation removed and at most `maxLines` lines.
 */
export function yamlExcerpt(
  files: readonly SourceFile[],
  range: SourceRange,
  maxLines = 60,
): YamlExcerpt | undefined {
  const file = files.find((f) => f.path === range.file);
  if (!file) return undefined;
  const from = file.text.lastIndexOf('\n', range.start - 1) + 1;
  return sourceExcerpt(file.text.slice(from, range.end), range, maxLines);
}

/** The excerpt of a range's text given from the start of its first line (see `yamlExcerpt`). */
export function sourceExcerpt(source: string, range: SourceRange, maxLines = 60): YamlExcerpt {
  const lines = source.replace(/\s+$/, '').split('\n');
  const indent = Math.min(
    ...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)?.[0].length ?? 0),
  );
  const shown = lines.slice(0, maxLines).map((l) => l.slice(Math.min(indent, l.length)));
  return {
    location: `${range.file}:${range.line}`,
    text: shown.join('\n'),
    more: Math.max(0, lines.length - maxLines),
  };
}
