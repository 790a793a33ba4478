/**
 * Texts cross the worker boundary as edits. The worker keeps the text of every file it was
 * sent; after a keystroke the page sends what changed (one replaced span per file) instead of
 * copying megabytes, and the analyzer is told where the text changed.
 */
import type { SourceFile } from '../core';

/** `text` replaces the span [start, end) of the previous text. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A file as an analyze request carries it: whole, unchanged, or as an edit of the last one sent. */
export type WireFile =
  | SourceFile
  | { readonly path: string; readonly unchanged: true }
  | { readonly path: string; readonly edit: TextEdit };

/** The page's side: what the worker has, and how the page's text differs from it. */
export class TextSender {
  private readonly files = new Map<
    string,
    {
      /** The text the worker has. */
      sent: string;
      /** The page's text, known to share `prefix` and `suffix` characters with `sent`. */
      current: string;
      prefix: number;
      suffix: number;
    }
  >();

  /** The editor tells how `before` became `after` (texts the page holds). */
  edited(path: string, before: string, after: string, edit: TextEdit): void {
    const f = this.files.get(path);
    if (!f || f.current !== before) return;
    f.prefix = Math.min(f.prefix, edit.start);
    f.suffix = Math.min(f.suffix, before.length - edit.end);
    f.current = after;
  }

  /** The files to send, each as little as the worker needs; then the worker has them. */
  wire(files: readonly SourceFile[]): WireFile[] {
    const wire = files.map((file): WireFile => {
      const f = this.files.get(file.path);
      if (f?.sent === file.text) return { path: file.path, unchanged: true };
      if (f?.current === file.text) {
        const end = f.sent.length - f.suffix;
        if (f.prefix <= end && f.prefix <= file.text.length - f.suffix)
          return {
            path: file.path,
            edit: {
              start: f.prefix,
              end,
              text: file.text.slice(f.prefix, file.text.length - f.suffix),
            },
          };
      }
      return file;
    });
    this.files.clear();
    for (const { path, text } of files)
      this.files.set(path, { sent: text, current: text, prefix: text.length, suffix: text.length });
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
