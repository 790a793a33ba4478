import type { SourceFile } from '../../core';

/** The workspace's file set as a structural change found it or left it. */
export interface Snapshot {
  readonly files: readonly SourceFile[];
  readonly activeFile: string;
}

/**
 * A change of the file set (import, open, a sample, new, rename, close, empty): the workspace
 * before and after it, and for files open in the editor, the version of their text model
 * before and after (the change was one undoable edit of that model, undone there in turn so
 * the editor's own history stays in order).
 */
export interface Change {
  /** What was done, for the notice ("the import of gateway.yaml"). */
  readonly label: string;
  readonly before: Snapshot;
  readonly after: Snapshot;
  readonly models: ReadonlyMap<string, { readonly before: number; readonly after: number }>;
}

/** Same paths in the same order, with the same texts. */
export function sameFiles(a: readonly SourceFile[], b: readonly SourceFile[]): boolean {
  return (
    a === b ||
    (a.length === b.length &&
      a.every((f, i) => {
        const g = b[i];
        return g !== undefined && (f === g || (f.path === g.path && f.text === g.text));
      }))
  );
}

/**
 * Reads every file's text now: a file the editor changed reads its text from the editor when
 * first asked, and a snapshot must hold the text of its moment.
 */
export function snapshot(files: readonly SourceFile[], activeFile: string): Snapshot {
  for (const f of files) void f.text;
  return { files, activeFile };
}

const LIMIT = 50;

/**
 * The workspace's structural history. Text edits live in the editor's own history; a change
 * here is undone only while the files are as the change left them (anything typed since is
 * undone first, by the editor), and redone only while they are as it found them.
 */
export class WorkspaceHistory {
  private done: Change[] = [];
  private undone: Change[] = [];

  record(change: Change): void {
    this.done.push(change);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  /** The change Undo undoes now, if the files are as it left them. */
  undoable(files: readonly SourceFile[]): Change | undefined {
    const last = this.done.at(-1);
    return last && sameFiles(last.after.files, files) ? last : undefined;
  }

  /** The change Redo redoes now, if the files are as it found them. */
  redoable(files: readonly SourceFile[]): Change | undefined {
    const next = this.undone.at(-1);
    return next && sameFiles(next.before.files, files) ? next : undefined;
  }

  /** Moves the last change to the redo side (after it was undone). */
  undid(): void {
    const change = this.done.pop();
    if (change) this.undone.push(change);
  }

  /** Moves the next change back (after it was redone). */
  redid(): void {
    const change = this.undone.pop();
    if (change) this.done.push(change);
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
