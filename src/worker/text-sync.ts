/**
 * Texts cross the worker boundary as edits. The worker keeps the text of every file it was
 * sent; after a keystroke the page sends what changed (one replaced span per file) instead of
 * copying megabytes, and the analyzer is told where the text changed.
 */
import type { SourceFile, TextEdit } from '../core';

export type { TextEdit };

/** A file as an analyze request carries it: whole, unchanged, or as an edit of the last one sent. */
export type WireFile =
  | SourceFile
  | { readonly path: string; readonly unchanged: true }
  | { readonly path: string; readonly edit: TextEdit };

/** `b` applied after `a`, as one edit of the text before `a`, when `b` falls in what `a` wrote. */
function compose(a: TextEdit, b: TextEdit): TextEdit | undefined {
  const from = b.start - a.start;
  const to = b.end - a.start;
  if (from < 0 || to > a.text.length) return undefined;
  return { start: a.start, end: a.end, text: a.text.slice(0, from) + b.text + a.text.slice(to) };
}

/**
 * The page's side: what the worker has, and how the page's files differ from it. Files are
 * compared by identity, and texts read only to send them: an edited file's text is not made
 * until something asks for it.
 */
export class TextSender {
  private readonly files = new Map<
    string,
    {
      /** The file the worker has, and its text's length. */
      sent: SourceFile;
      sentLength: number;
      /** The page's file, and its text's length. */
      current: SourceFile;
      length: number;
      /** The edits since, as one edit of the sent text (while they compose into one). */
      edit?: TextEdit;
      /** Characters at the start and at the end the current text shares with the sent one. */
      prefix: number;
      suffix: number;
    }
  >();

  /** The editor tells how the file `before` became `after`. */
  edited(before: SourceFile, after: SourceFile, edit: TextEdit): void {
    const f = this.files.get(before.path);
    if (!f || f.current !== before) return;
    f.edit = f.current === f.sent ? edit : f.edit && compose(f.edit, edit);
    f.prefix = Math.min(f.prefix, edit.start);
    f.suffix = Math.min(f.suffix, f.length - edit.end);
    f.length += edit.text.length - (edit.end - edit.start);
    f.current = after;
  }

  /** The files to send, each as little as the worker needs; then the worker has them. */
  wire(files: readonly SourceFile[]): WireFile[] {
    const lengths = new Map<string, number>();
    const wire = files.map((file): WireFile => {
      const f = this.files.get(file.path);
      if (f?.sent === file) {
        lengths.set(file.path, f.sentLength);
        return { path: file.path, unchanged: true };
      }
      if (f?.current === file) {
        lengths.set(file.path, f.length);
        if (f.edit) return { path: file.path, edit: f.edit };
        const end = f.sentLength - f.suffix;
        if (f.prefix <= end && f.prefix <= f.length - f.suffix)
          return {
            path: file.path,
            edit: { start: f.prefix, end, text: file.text.slice(f.prefix, f.length - f.suffix) },
          };
      }
      lengths.set(file.path, file.text.length);
      return file;
    });
    this.files.clear();
    for (const file of files) {
      const length = lengths.get(file.path) ?? 0;
      this.files.set(file.path, {
        sent: file,
        sentLength: length,
        current: file,
        length,
        prefix: length,
        suffix: length,
      });
    }
    return wire;
  }

  /** The worker has nothing (it was started again): everything goes whole next time. */
  reset(): void {
    this.files.clear();
  }
}

/** A request changed a text the worker does not have. */
export class OutOfStep extends Error {}

/** The worker's side: the texts it has, brought up to date by each request. */
export class TextReceiver {
  private texts = new Map<string, string>();

  /**
   * The files of a request, whole, with where each edited one changed. Throws when an
   * unchanged or edited file is not here (the page is out of step: it must send all again).
   */
  receive(wire: readonly WireFile[]): {
    files: SourceFile[];
    changes: Record<string, { start: number; end: number }>;
  } {
    const files: SourceFile[] = [];
    const changes: Record<string, { start: number; end: number }> = {};
    for (const w of wire) {
      if ('text' in w) {
        files.push({ path: w.path, text: w.text });
        continue;
      }
      const before = this.texts.get(w.path);
      if (before === undefined) throw new OutOfStep(`no text of ${w.path} to change`);
      if ('unchanged' in w) files.push({ path: w.path, text: before });
      else {
        const { start, end, text } = w.edit;
        if (start < 0 || end < start || end > before.length)
          throw new OutOfStep(`an edit of ${w.path} out of its text`);
        files.push({ path: w.path, text: before.slice(0, start) + text + before.slice(end) });
        changes[w.path] = { start, end };
      }
    }
    this.texts = new Map(files.map((f) => [f.path, f.text]));
    return { files, changes };
  }
}
