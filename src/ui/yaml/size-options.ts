import type { monaco } from './monaco-setup';

/**
 * Folding regions are found again after every keystroke by reading every line; above this
 * many lines that costs more than a frame, so very large files are edited without folding.
 */
export const FOLDING_MAX_LINES = 20_000;

/**
 * Completion parses the whole file in the YAML language worker: close to a second of CPU at
 * 40,000 lines, taken from the resolver and the page on a small machine. Above this many lines
 * completion comes only when asked for (Ctrl+Space), not while typing.
 */
export const QUICK_SUGGEST_MAX_LINES = 10_000;

const QUICK_SUGGESTIONS = { other: true, comments: false, strings: true } as const;

export type SizeOptions = Pick<
  monaco.editor.IEditorOptions,
  'folding' | 'quickSuggestions' | 'suggestOnTriggerCharacters'
>;

/** The editor options for a file of `lines` lines: features that read the whole file per keystroke only where that is cheap. */
export function sizeOptions(lines: number): SizeOptions {
  const quick = lines <= QUICK_SUGGEST_MAX_LINES;
  return {
    folding: lines <= FOLDING_MAX_LINES,
    quickSuggestions: quick ? QUICK_SUGGESTIONS : false,
    suggestOnTriggerCharacters: quick,
  };
}

/** Whether two option sets differ (the editor is updated only then). */
export function sameSizeOptions(a: SizeOptions, b: SizeOptions): boolean {
  return (
    a.folding === b.folding &&
    a.quickSuggestions === b.quickSuggestions &&
    a.suggestOnTriggerCharacters === b.suggestOnTriggerCharacters
  );
}
