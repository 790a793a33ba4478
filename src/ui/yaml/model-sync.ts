import type { SourceFile } from '../../core';
import { monaco } from './monaco-setup';
import { hasBom, offsetAt } from './text-position';
import { textChange } from './text-diff';
import type { TextEdit } from '../../worker/text-sync';

type Model = monaco.editor.ITextModel;

const { TextDefined } = monaco.editor.EndOfLinePreference;

/**
 * A workspace file edited in the editor: its text is read from the model when first asked for
 * (a keystroke in a 10 MB file then makes no 10 MB string; the worker is sent the edit).
 */
function editedFile(path: string, model: Model): SourceFile {
  let text: string | undefined;
  return {
    path,
    get text() {
      text ??= model.getValue(TextDefined, true);
      return text;
    },
  };
}

/**
 * Whether a model made from `text` holds exactly `text`: Monaco normalises line endings, so a
 * text with a carriage return may come out different (mixed endings, a lone CR).
 */
function sameAsModel(text: string): boolean {
  return !text.includes('\r');
}

/**
 * One Monaco model per workspace file, created when the file is first opened (a workspace of
 * hundreds of files costs nothing until then), kept equal to the store's file. Files are
 * compared by identity, not by reading texts. Only user edits are reported (`onEdit`, with the
 * file as it now is, and where it changed when that is known); loading or applying text never
 * writes back.
 */
export class ModelSync {
  /**
   * Per file: its model and the store's file. `exact`: the file's text is the model's own
   * (then offsets in one are offsets in the other); `bom`: the text starts with a byte order
   * mark (kept outside Monaco's text).
   */
  private readonly entries = new Map<
    string,
    { model: Model; file: SourceFile; exact: boolean; bom: boolean }
  >();
  private files = new Map<string, SourceFile>();
  private applying = false;
  private serial = 0;

  constructor(private readonly onEdit: (file: SourceFile, edit?: TextEdit) => void) {}

  /** Updates open models (as undoable edits) and disposes those whose file is gone. */
  sync(files: readonly SourceFile[]): void {
    this.files = new Map(files.map((f) => [f.path, f]));
    for (const [path, entry] of this.entries) {
      const file = this.files.get(path);
      if (file === undefined) {
        entry.model.dispose();
        this.entries.delete(path);
      } else if (entry.file !== file) {
        this.replace(path, entry.model, file);
        // (A new byte order mark made a new model and entry.)
        const now = this.entries.get(path);
        if (now)
          Object.assign(now, { file, exact: sameAsModel(file.text), bom: hasBom(file.text) });
      }
    }
  }

  /** The file's model, created on first use; undefined for a path not in the workspace. */
  open(path: string): Model | undefined {
    const entry = this.entries.get(path);
    if (entry) return entry.model;
    const file = this.files.get(path);
    return file === undefined ? undefined : this.create(path, file);
  }

  /** The model if the file has been opened. */
  model(path: string): Model | undefined {
    return this.entries.get(path)?.model;
  }

  /** The file's text as the store has it (the model may have normalised mixed line endings). */
  text(path: string): string {
    return (this.entries.get(path)?.file ?? this.files.get(path))?.text ?? '';
  }

  /** Whether the file's text starts with a byte order mark (without reading the text again). */
  hasBom(path: string): boolean {
    return this.entries.get(path)?.bom ?? hasBom(this.text(path));
  }

  /** Offset in the store's text of Monaco's 1-based line and column (see `offsetAt`). */
  offsetAt(path: string, line: number, column: number): number {
    const entry = this.entries.get(path);
    if (entry?.exact)
      return entry.model.getOffsetAt({ lineNumber: line, column }) + (entry.bom ? 1 : 0);
    return offsetAt(this.text(path), line, column);
  }

  /** The model's text, byte order mark included. */
  value(path: string): string | undefined {
    return this.entries.get(path)?.model.getValue(TextDefined, true);
  }

  dispose(): void {
    for (const { model } of this.entries.values()) model.dispose();
    this.entries.clear();
  }

  private create(path: string, file: SourceFile): Model {
    // A fresh URI each time: a disposed model's URI is not reused, and any name works here.
    const name = encodeURIComponent(path.split('/').pop() || 'workspace.yaml');
    const uri = monaco.Uri.from({ scheme: 'file', path: `/${++this.serial}/${name}` });
    // Made as plain text, then given its language: Monaco decides whether a file is too large
    // to highlight only after it has set up the highlighting of a model made with a language
    // (which then reads every line of a huge file, for seconds), and heeds that decision when
    // the language is set afterwards. (Set once, so the schema worker validates the file once.)
    const model = monaco.editor.createModel(file.text, 'plaintext', uri);
    monaco.editor.setModelLanguage(model, 'yaml');
    const entry = { model, file, exact: sameAsModel(file.text), bom: hasBom(file.text) };
    this.entries.set(path, entry);
    model.onDidChangeContent((e) => {
      if (this.applying) return;
      // Where the text changed, in the previous text's offsets: known when that text was the
      // model's own and one span changed (typing); otherwise the file goes whole.
      const change = e.changes.length === 1 && entry.exact ? e.changes[0] : undefined;
      const bom = entry.bom ? 1 : 0;
      const edit: TextEdit | undefined = change && {
        start: change.rangeOffset + bom,
        end: change.rangeOffset + change.rangeLength + bom,
        text: change.text,
      };
      entry.file = editedFile(path, model);
      entry.exact = true;
      this.onEdit(entry.file, edit);
    });
    return model;
  }

  /** Text from elsewhere (import, sample, a graph edit): one minimal, undoable edit. */
  private replace(path: string, model: Model, file: SourceFile): void {
    const { text } = file;
    if (hasBom(text) !== hasBom(model.getValue(TextDefined, true))) {
      // A byte order mark lives outside Monaco's text: start the file afresh.
      model.dispose();
      this.create(path, file);
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
