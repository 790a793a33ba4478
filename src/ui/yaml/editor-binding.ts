import type { SourceRange } from '../../core';
import { actions, workspace } from '../store/workspace';
import type { WorkspaceState } from '../store/workspace';
import { monaco } from './monaco-setup';
import { ModelSync } from './model-sync';
import { nodeAtOffset } from '../../core';
import { revealAtStart } from './reveal-start';
import { exposeForTests } from './test-accessor';
import { sameSizeOptions, sizeNote, sizeOptions } from './size-options';
import type { SizeNote } from './size-options';
import { toEditorRange } from './text-position';
import { MARKER_OWNER, toMarkers } from './to-markers';

type Editor = monaco.editor.IStandaloneCodeEditor;
/** Present on every Monaco text model, though not in the published types. */
type UndoRedo = { undo(): void | Promise<void>; redo(): void | Promise<void> };

/** Where typing goes when the workspace has no file yet (a paste there starts one). */
const SCRATCH = 'workspace.yaml';
const SELECT_DELAY_MS = 100;

/**
 * Binds one Monaco editor to the workspace store: a model per file, user edits to
 * `actions.setText`, store text back into the models, the core's diagnostics as markers, the
 * cursor to the graph selection, and the EditorApi (undo, redo, reveal) for the rest of the app.
 * Returns the unbinding function.
 */
export function bindEditor(editor: Editor, onSizeNote?: (note?: SizeNote) => void): () => void {
  const models = new ModelSync((file, edit) => {
    if (workspace.get().files.some((f) => f.path === file.path)) actions.setFile(file, edit);
    else actions.load([{ path: file.path, text: file.text }]);
  });
  const viewStates = new Map<string, monaco.editor.ICodeEditorViewState | null>();
  let shown = '';

  const activePath = (s: WorkspaceState) =>
    s.files.some((f) => f.path === s.activeFile) ? s.activeFile : (s.files[0]?.path ?? SCRATCH);

  const show = (path: string) => {
    const opened = !models.model(path);
    const model = models.open(path);
    if (opened && model) updateMarkers(workspace.get(), path);
    if (!model || editor.getModel() === model) return;
    if (shown) viewStates.set(shown, editor.saveViewState());
    editor.setModel(model);
    fitToSize();
    const state = viewStates.get(path);
    if (state) editor.restoreViewState(state);
    shown = path;
  };

  let sized = sizeOptions(0);
  let noted: SizeNote | undefined;
  const fitToSize = () => {
    const next = sizeOptions(editor.getModel()?.getLineCount() ?? 0);
    if (!sameSizeOptions(next, sized)) editor.updateOptions((sized = next));
    const model = editor.getModel();
    const note = model ? sizeNote(model.getLineCount(), model.getValueLength()) : undefined;
    if (note?.short !== noted?.short) onSizeNote?.((noted = note));
  };
  const content = editor.onDidChangeModelContent(fitToSize);

  /** Markers on the open models (or one file's), when the result matches the text. */
  function updateMarkers(s: WorkspaceState, only?: string) {
    // A result for an older revision would put markers on text that has moved since.
    if (!s.result || s.result.revision !== s.revision) return;
    const files = only ? s.files.filter((f) => f.path === only) : s.files;
    for (const [path, markers] of toMarkers(s.result.diagnostics, files, (f) => models.hasBom(f))) {
      const model = models.model(path);
      if (model) monaco.editor.setModelMarkers(model, MARKER_OWNER, markers);
    }
  }

  // Cursor → selection, debounced; waits for a result that matches the text.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let selectPending = false;
  const selectAtCursor = () => {
    const s = workspace.get();
    const position = editor.getPosition();
    if (!s.result || s.result.revision !== s.revision || !position) return;
    selectPending = false;
    const offset = models.offsetAt(shown, position.lineNumber, position.column);
    const node = nodeAtOffset(s.result.graph.nodes, shown, offset);
    if (node?.id === s.selection?.nodeId) return;
    actions.select(node && { nodeId: node.id, range: node.range, from: 'yaml' });
  };
  const cursor = editor.onDidChangeCursorPosition((e) => {
    if (e.source !== 'mouse' && e.source !== 'keyboard') return; // not a programmatic reveal
    selectPending = true;
    clearTimeout(timer);
    timer = setTimeout(selectAtCursor, SELECT_DELAY_MS);
  });

  let last: WorkspaceState | undefined;
  const onStore = () => {
    const s = workspace.get();
    if (s.files !== last?.files)
      models.sync(s.files.length ? s.files : [{ path: SCRATCH, text: '' }]);
    show(activePath(s));
    if (s.result !== last?.result || s.files !== last?.files) {
      updateMarkers(s);
      if (selectPending && s.result !== last?.result) selectAtCursor();
    }
    last = s;
  };
  const unsubscribe = workspace.subscribe(onStore);
  onStore();

  const reveal = (range: SourceRange) => {
    if (workspace.get().activeFile !== range.file) actions.openFile(range.file);
    show(range.file);
    if (shown !== range.file) return;
    const r = toEditorRange(range, models.hasBom(range.file));
    // Anchor at the end so the cursor is at the object's start.
    editor.setSelection(
      new monaco.Selection(r.endLineNumber, r.endColumn, r.startLineNumber, r.startColumn),
    );
    revealAtStart(editor, r);
  };
  // Monaco's own undo command calls these model methods; the command itself needs the editor
  // focused, and the toolbar keeps the focus on its button.
  const history = () => editor.getModel() as (monaco.editor.ITextModel & UndoRedo) | null;
  const fileHistory = (path: string) =>
    models.model(path) as (monaco.editor.ITextModel & UndoRedo) | undefined;
  actions.registerEditor({
    undo: () => void history()?.undo(),
    redo: () => void history()?.redo(),
    reveal,
    // The workspace's Undo of a change of the file set steps the open files' models back too.
    versions: () =>
      new Map(
        workspace.get().files.flatMap((f) => {
          const model = models.model(f.path);
          return model ? [[f.path, model.getAlternativeVersionId()] as const] : [];
        }),
      ),
    undoFile: (path) => void fileHistory(path)?.undo(),
    redoFile: (path) => void fileHistory(path)?.redo(),
  });
  const initial = workspace.get().selection?.range;
  if (initial) reveal(initial);

  const unexpose = exposeForTests(
    models,
    () => shown,
    () => {
      const sel = editor.getSelection();
      return sel ? { startLine: sel.startLineNumber, endLine: sel.endLineNumber } : undefined;
    },
    () => ({
      left: editor.getScrollLeft(),
      firstLine: editor.getVisibleRanges()[0]?.startLineNumber ?? 0,
      lastLine: editor.getVisibleRanges().at(-1)?.endLineNumber ?? 0,
    }),
  );

  return () => {
    clearTimeout(timer);
    cursor.dispose();
    content.dispose();
    unsubscribe();
    actions.registerEditor(undefined);
    unexpose();
    editor.setModel(null);
    models.dispose();
  };
}
