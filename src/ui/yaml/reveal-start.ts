import { monaco } from './monaco-setup';
import type { EditorRange } from './text-position';

type Editor = monaco.editor.IStandaloneCodeEditor;

/**
 * Where the editor scrolls horizontally to show a column: 0 while the column sits in the first
 * three quarters of the view (then the object reads from the start of its lines), else a few
 * characters before it (an object nested deep in a list).
 */
export function startScrollLeft(column: number, charWidth: number, viewWidth: number): number {
  const x = (column - 1) * charWidth;
  return x < viewWidth * 0.75 ? 0 : Math.max(0, x - 4 * charWidth);
}

/** Whether lines `start`..`end` are all on screen (visible ranges are in line order). */
export function linesInView(
  visible: readonly { startLineNumber: number; endLineNumber: number }[],
  start: number,
  end: number,
): boolean {
  const first = visible[0];
  const last = visible[visible.length - 1];
  return !!first && !!last && first.startLineNumber <= start && end <= last.endLineNumber;
}

/**
 * Shows an object from its first line: near the top of the view unless it is all on screen
 * already, and scrolled horizontally to its start column whatever the length of its lines.
 * Monaco's reveal of a range would keep a long line's horizontal scroll (a base64 certificate),
 * leaving the next object out of view to the left.
 */
export function revealAtStart(editor: Editor, r: EditorRange): void {
  const immediate = monaco.editor.ScrollType.Immediate;
  if (!linesInView(editor.getVisibleRanges(), r.startLineNumber, r.endLineNumber))
    editor.revealLinesNearTop(r.startLineNumber, r.endLineNumber, immediate);
  const font = editor.getOption(monaco.editor.EditorOption.fontInfo);
  const width = editor.getLayoutInfo().contentWidth;
  editor.setScrollLeft(
    startScrollLeft(r.startColumn, font.typicalHalfwidthCharacterWidth, width),
    immediate,
  );
}
