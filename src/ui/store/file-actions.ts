import { countText as plural } from '../../core';
import type { SourceFile } from '../../core';
import { rememberOriginal, renameOriginal } from '../io/read-files';
import type { ReadFile } from '../io/read-files';
import { nameProblem, uniqueName } from './file-names';
import { WorkspaceHistory, sameFiles, snapshot } from './history';
import type { Snapshot } from './history';
import type { Store } from './store';
import type { EditorApi, WorkspaceState } from './workspace';

/** A question asked before the file set changes; `answer` goes on. */
export type WorkspaceQuestion =
  /** Imported files whose names the workspace has: replace those files, or keep both? */
  | {
      readonly type: 'same-names';
      readonly files: readonly ReadFile[];
      readonly names: readonly string[];
    }
  /** Open: replace the whole workspace with these files? */
  | { readonly type: 'replace'; readonly files: readonly ReadFile[] };

export type Answer = 'replace' | 'keep-both' | 'cancel';

/** What the file actions need of the workspace: its store, analysis, and the editor. */
export interface FileActionHost {
  readonly store: Store<WorkspaceState>;
  analyze(): void;
  editor(): EditorApi | undefined;
}

/** Where typing goes in an empty workspace. */
export const EMPTY_FILE = 'workspace.yaml';
const NEW_FILE = 'untitled.yaml';

const named = (files: readonly SourceFile[]) =>
  files.length === 1 ? (files[0]?.path ?? '') : plural(files.length, 'file');
const renamed = (f: SourceFile, path: string): SourceFile =>
  f.invalidUtf8 ? { path, text: f.text, invalidUtf8: true } : { path, text: f.text };
/** A workspace with nothing written in it (none, or only empty files). */
const isBlank = (files: readonly SourceFile[]) => files.every((f) => f.text === '');

/**
 * The workspace's file set: import (adds; same names ask), open (replaces, after asking), a
 * new, renamed or closed file, an empty workspace; each one step of the workspace's Undo,
 * which otherwise undoes the editor's last edit.
 */
export function fileActions({ store, analyze, editor }: FileActionHost) {
  const history = new WorkspaceHistory();

  /** Text model versions of the open files (before and after a change). */
  const versions = () => editor()?.versions?.() ?? new Map<string, number>();

  /** Records the change of the file set `apply` makes as one step of Undo. */
  function record(label: string, apply: () => void): void {
    const s = store.get();
    const before = snapshot(s.files, s.activeFile);
    const modelsBefore = versions();
    apply();
    const after = store.get();
    if (sameFiles(before.files, after.files)) return;
    const models = new Map<string, { before: number; after: number }>();
    for (const [path, v] of versions()) {
      const was = modelsBefore.get(path);
      if (was !== undefined && was !== v) models.set(path, { before: was, after: v });
    }
    history.record({ label, before, after: snapshot(after.files, after.activeFile), models });
  }

  /** Makes `next` the file set, as one step of Undo. */
  function change(label: string, next: Snapshot, notice: string): void {
    record(label, () => set(next, notice));
  }

  function set(next: Snapshot, notice: string): void {
    store.set((s) => ({
      files: next.files,
      activeFile: next.activeFile,
      revision: s.revision + 1,
      selection: undefined,
      highlight: undefined,
      sni: undefined,
      question: undefined,
      notice,
    }));
    analyze();
  }

  function add(read: readonly ReadFile[], keepBoth: boolean): void {
    const current = store.get().files;
    // An untouched empty workspace gives way to what is imported.
    const kept = isBlank(current) ? [] : current;
    const taken = new Set(kept.map((f) => f.path));
    const replaced = new Map<string, SourceFile>();
    const added: SourceFile[] = [];
    for (const { file, bytes } of read) {
      const path = taken.has(file.path) && keepBoth ? uniqueName(file.path, taken) : file.path;
      const named = path === file.path ? file : { ...file, path };
      rememberOriginal(path, named.text, bytes);
      if (taken.has(path)) replaced.set(path, named);
      else added.push(named);
      taken.add(path);
    }
    const files = [...kept.map((f) => replaced.get(f.path) ?? f), ...added];
    const first = read[0] && (replaced.get(read[0].file.path) ?? added[0]);
    const all = [...replaced.values(), ...added];
    change(
      `the import of ${named(all)}`,
      { files, activeFile: first?.path ?? store.get().activeFile },
      `Imported ${named(all)}${replaced.size ? `, replacing ${plural(replaced.size, 'file')}` : ''}.`,
    );
  }

  function open(read: readonly ReadFile[]): void {
    for (const { file, bytes } of read) rememberOriginal(file.path, file.text, bytes);
    const files = read.map((r) => r.file);
    change(
      `opening ${named(files)}`,
      { files, activeFile: files[0]?.path ?? '' },
      `Opened ${named(files)}. Undo brings the previous workspace back.`,
    );
  }

  /** Restores one side of a change; the files open in the editor step through their own history. */
  function restore(side: 'before' | 'after', c: ReturnType<typeof history.undoable>): void {
    if (!c) return;
    const ed = editor();
    const now = versions();
    for (const [path, v] of c.models) {
      const at = now.get(path);
      if (side === 'before' && at === v.after) ed?.undoFile?.(path);
      if (side === 'after' && at === v.before) ed?.redoFile?.(path);
    }
    const verb = side === 'before' ? 'Undone' : 'Redone';
    set(c[side], `${verb}: ${c.label}.`);
  }

  return {
    /** Adds files; when some have names the workspace has, asks first (see `answer`). */
    importFiles(read: readonly ReadFile[]): void {
      if (read.length === 0) return;
      const files = store.get().files;
      if (isBlank(files)) return add(read, false);
      const names = read
        .filter(({ file }) => files.some((f) => f.path === file.path && f.text !== file.text))
        .map(({ file }) => file.path);
      if (names.length) store.set({ question: { type: 'same-names', files: read, names } });
      else add(read, false);
    },

    /** Replaces the workspace with files, once the person agrees (nothing to ask when blank). */
    openFiles(read: readonly ReadFile[]): void {
      if (read.length === 0) return;
      if (isBlank(store.get().files)) open(read);
      else store.set({ question: { type: 'replace', files: read } });
    },

    answer(answer: Answer): void {
      const q = store.get().question;
      if (!q || answer === 'cancel') return store.set({ question: undefined });
      if (q.type === 'replace') open(q.files);
      else add(q.files, answer === 'keep-both');
    },

    /** One empty file, ready to type in (or to start with completion). */
    emptyWorkspace(): void {
      change(
        'emptying the workspace',
        { files: [{ path: EMPTY_FILE, text: '' }], activeFile: EMPTY_FILE },
        'The workspace is empty. Undo brings it back.',
      );
    },

    /** Adds an empty file with a name not taken; returns its name. */
    newFile(): string {
      const { files } = store.get();
      const path = uniqueName(NEW_FILE, new Set(files.map((f) => f.path)));
      change(
        `adding ${path}`,
        { files: [...files, { path, text: '' }], activeFile: path },
        `Added ${path}.`,
      );
      return path;
    },

    /** Renames a file; returns what is wrong with the name instead, if anything. */
    renameFile(from: string, to: string): string | undefined {
      const { files, activeFile } = store.get();
      const problem = nameProblem(
        to,
        files.map((f) => f.path),
        from,
      );
      if (problem || from === to) return problem;
      renameOriginal(from, to);
      change(
        `renaming ${from} to ${to}`,
        {
          files: files.map((f) => (f.path === from ? renamed(f, to) : f)),
          activeFile: activeFile === from ? to : activeFile,
        },
        `Renamed ${from} to ${to}.`,
      );
      return undefined;
    },

    /** Closes a file (removes it from the workspace); Undo brings it back. */
    closeFile(path: string): void {
      const { files, activeFile } = store.get();
      const at = files.findIndex((f) => f.path === path);
      if (at < 0) return;
      const rest = files.filter((f) => f.path !== path);
      const next =
        activeFile === path ? (rest[Math.min(at, rest.length - 1)]?.path ?? '') : activeFile;
      change(
        `closing ${path}`,
        { files: rest, activeFile: next },
        `Closed ${path}. Undo brings it back.`,
      );
    },

    /** Records a change of the file set made elsewhere (a sample opened) as one step of Undo. */
    recordChange: record,

    /** Undoes the last change of the file set if nothing was typed since, else the editor's last edit. */
    undo(): void {
      const c = history.undoable(store.get().files);
      if (!c) return editor()?.undo();
      restore('before', c);
      history.undid();
    },

    redo(): void {
      const c = history.redoable(store.get().files);
      if (!c) return editor()?.redo();
      restore('after', c);
      history.redid();
    },
  };
}
