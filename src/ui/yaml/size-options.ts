import type { monaco } from './monaco-setup';

/**
 * Folding regions are found again after every keystroke by reading every line; above this
 * many lines that costs more than a frame, so very large files are edited without folding.
 * (Completion, hover and schema validation read one YAML document at a time, whatever the
 * file's size: see document-service.ts.)
 */
export const FOLDING_MAX_LINES = 20_000;

export type SizeOptions = Pick<monaco.editor.IEditorOptions, 'folding'>;

/** The editor options for a file of `lines` lines: features that read the whole file per keystroke only where that is cheap. */
export function sizeOptions(lines: number): SizeOptions {
  return { folding: lines <= FOLDING_MAX_LINES };
}

/** Whether two option sets differ (the editor is updated only then). */
export function sameSizeOptions(a: SizeOptions, b: SizeOptions): boolean {
  return a.folding === b.folding;
}
