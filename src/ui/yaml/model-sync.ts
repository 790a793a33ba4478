import type { SourceFile } from '../../core';
import { monaco } from './monaco-setup';
import { hasBom } from './text-position';
import { textChange } from './text-diff';
import type { TextEdit } from '../../worker/text-sync';

type Model = monaco.editor.ITextModel;

const { TextDefined } = monaco.editor.EndOfLinePreference;

/**
 * One Monaco model per workspace file, created when the file is first opened (a workspace of
 * hundreds of files costs nothing until then), kept equal to the store's text. `text` is what
 * the store holds, so a store change is compared by identity, not by reading the model. Only
 * user edits are reported (`onEdit`); loading or applying text never writes back.
 */
export class ModelSync {
  /**
   * Per file: its model and text. `exact`: the text is known to equal the model's (then an
   * edit is applied to the text instead of reading the whole model again).
   */
  private readonly entries = new Map<string, { model: Model; text: string; exact: boolean }>();
  private files = new Map<string, string>();
  private applying = false;
  private serial = 0;

  constructor(private readonly onEdit: (path: string, text: string, edit?: TextEdit) => void) {}

  /** Updates open models (as undoable edits) and disposes those whose file is gone. */
  sync(files: readonly SourceFile[]): void {
    this.files = new Map(files.map((f) => [f.path, f.text]));
    for (const [path, entry] of this.entries) {
      const text = this.files.get(path);
      if (text === undefined) {
        entry.model.dispose();
        this.entries.delete(path);
      } else if (entry.text !== text) {
        this.replace(path, entry.model, text);
        entry.text = text;
        entry.exact = false;
      }
    }
  }

  /** The file's model, created on first use; undefined for a path not in the workspace. */
  open(path: string): Model | undefined {
    const entry = this.entries.get(path);
    if (entry) return entry.model;
    const text = this.files.get(path);
    return text === undefined ? undefined : this.create(path, text);
  }

  /** The model if the file has been opened. */
  model(path: string): Model | undefined {
    return this.entries.get(path)?.model;
  }

  /** The file's text as the store has it (the model may have normalised mixed line endings). */
  text(path: string): string {
    return this.entries.get(path)?.text ?? this.files.get(path) ?? '';
  }

  /** The model's text, byte order mark included. */
  value(path: string): string | undefined {
    return this.entries.get(path)?.model.getValue(TextDefined, true);
  }

  dispose(): void {
    for (const { model } of this.entries.values()) model.dispose();
    this.entries.clear();
  }

  private create(path: string, text: string): Model {
    // A fresh URI each time: a disposed model's URI is not reused, and any name works here.
    const name = encodeURIComponent(path.split('/').pop() || 'workspace.yaml');
    const uri = monaco.Uri.from({ scheme: 'file', path: `/${++this.serial}/${name}` });
    const model = monaco.editor.createModel(text, 'yaml', uri);
    const entry = { model, text, exact: false };
    this.entries.set(path, entry);
    model.onDidChangeContent((e) => {
      if (this.applying) return;
      // Typing changes one span: the text follows without reading the model whole (megabytes).
      const change = e.changes.length === 1 && entry.exact ? e.changes[0] : undefined;
      const bom = hasBom(entry.text) ? 1 : 0;
      let edit: TextEdit | undefined = change && {
        start: change.rangeOffset + bom,
        end: change.rangeOffset + change.rangeLength + bom,
        text: change.text,
      };
      let next = edit && entry.text.slice(0, edit.start) + edit.text + entry.text.slice(edit.end);
      if (next === undefined || next.length !== model.getValueLength(TextDefined, true)) {
        next = model.getValue(TextDefined, true);
        edit = undefined;
      }
      entry.text = next;
      entry.exact = true;
      this.onEdit(path, next, edit);
    });
    return model;
  }

  /** Text from elsewhere (import, sample, a graph edit): one minimal, undoable edit. */
  private replace(path: string, model: Model, text: string): void {
    if (hasBom(text) !== hasBom(model.getValue(TextDefined, true))) {
      // A byte order mark lives outside Monaco's text: start the file afresh.
      model.dispose();
      this.create(path, text);
      return;
    }
    this.applying = true;
    try {
      model.pushStackElement();
      const eol = text.includes('\r\n') ? '\r\n' : '\n';
      if (eol !== model.getEOL()) {
        model.pushEOL(
          eol === '\r\n'
            ? monaco.editor.EndOfLineSequence.CRLF
            : monaco.editor.EndOfLineSequence.LF,
        );
      }
      const body = hasBom(text) ? text.slice(1) : text;
      const change = textChange(model.getValue(TextDefined, false), body);
      if (change) {
        const range = monaco.Range.fromPositions(
          model.getPositionAt(change.start),
          model.getPositionAt(change.end),
        );
        model.pushEditOperations([], [{ range, text: change.text }], () => null);
      }
      model.pushStackElement();
    } finally {
      this.applying = false;
    }
  }
}
