import type { monaco } from './monaco-setup';

/**
 * Folding regions are found again after every keystroke by reading every line, and bracket
 * matching looks through the rest of the file for a bracket around the cursor (YAML has
 * few); above this many lines each costs a good part of a frame per keystroke, so very large
 * files are edited without them. (Completion, hover and schema validation read one YAML
 * document at a time, whatever the file's size: see document-service.ts.)
 */
export const FOLDING_MAX_LINES = 20_000;

export type SizeOptions = Pick<monaco.editor.IEditorOptions, 'folding' | 'matchBrackets'>;

/** The editor options for a file of `lines` lines: features that read the whole file per keystroke only where that is cheap. */
export function sizeOptions(lines: number): SizeOptions {
  const small = lines <= FOLDING_MAX_LINES;
  return { folding: small, matchBrackets: small ? 'always' : 'never' };
}

/** Whether two option sets differ (the editor is updated only then). */
export function sameSizeOptions(a: SizeOptions, b: SizeOptions): boolean {
  return a.folding === b.folding && a.matchBrackets === b.matchBrackets;
}

/**
 * Monaco's own limit (its `largeFileOptimizations`): above 300,000 lines or 20 MB a file is
 * shown without syntax highlighting, which would read every line in the background.
 */
export function tooLargeToHighlight(lines: number, chars: number): boolean {
  return lines > 300_000 || chars > 20 * 1024 * 1024;
}

/** What the editor leaves out of a file of this size, in a few words and in full (undefined: nothing). */
export interface SizeNote {
  readonly short: string;
  readonly full: string;
}

export function sizeNote(lines: number, chars: number): SizeNote | undefined {
  if (tooLargeToHighlight(lines, chars))
    return {
      short: 'Plain text: large file',
      full: 'Over 300,000 lines or 20 MB: no highlighting, folding or bracket matching; completion, hover and schema checks still work.',
    };
  if (!sizeOptions(lines).folding)
    return {
      short: 'No folding: large file',
      full: `Over ${FOLDING_MAX_LINES.toLocaleString('en')} lines: no folding or bracket matching; completion, hover and schema checks still work.`,
    };
  return undefined;
}
