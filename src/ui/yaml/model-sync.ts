import type { SourceFile } from '../../core';
import { monaco } from './monaco-setup';
import { hasBom } from './text-position';
import { textChange } from './text-diff';

type Model = monaco.editor.ITextModel;

const { TextDefined } = monaco.editor.EndOfLinePreference;

/**
 * One Monaco model per workspace file, created when the file is first opened (a workspace of
 * hundreds of files costs nothing until then), kept equal to the store's text. `text` is what
 * the store holds, so a store change is compared by identity, not by reading the model. Only
 * user edits are reported (`onEdit`); loading or applying text never writes back.
 */
export class ModelSync {
  private readonly entries = new Map<string, { model: Model; text: string }>();
  private files = new Map<string, string>();
  private applying = false;
  private serial = 0;

  constructor(private readonly onEdit: (path: string, text: string) => void) {}

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
    const entry = { model, text };
    this.entries.set(path, entry);
    model.onDidChangeContent(() => {
      if (this.applying) return;
      entry.text = model.getValue(TextDefined, true);
      this.onEdit(path, entry.text);
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
