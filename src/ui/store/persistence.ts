import type { SourceFile } from '../../core';

/** The workspace kept in the browser (IndexedDB), restored after a reload. */
export interface SavedWorkspace {
  readonly files: readonly SourceFile[];
  readonly activeFile: string;
}

/**
 * How long after the last change to save: a quarter second, and longer for a big workspace
 * (storing ten megabytes takes the page ~40 ms, which should fall in a pause, not between
 * keystrokes).
 */
export function saveDelay(files: readonly SourceFile[]): number {
  const chars = files.reduce((n, f) => n + f.text.length, 0);
  return Math.min(3000, 250 + Math.round(chars / 10_000));
}

const DB = 'gateway-tls-designer';
const STORE = 'workspace';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(
  mode: IDBTransactionMode,
  op: (s: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const req = op(db.transaction(STORE, mode).objectStore(STORE));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
}

/**
 * A mark in localStorage that a workspace was saved: read synchronously, it lets a first start
 * open the sample without waiting for IndexedDB (which takes a while to create a database).
 */
const SAVED_MARK = 'gateway-tls-designer.saved';

/** False only when this browser has certainly never saved a workspace here. */
export function mayHaveSaved(): boolean {
  try {
    return localStorage.getItem(SAVED_MARK) !== null;
  } catch {
    return true;
  }
}

export async function loadSaved(): Promise<SavedWorkspace | undefined> {
  try {
    const v = (await run('readonly', (s) => s.get(KEY))) as SavedWorkspace | undefined;
    return v && Array.isArray(v.files) ? v : undefined;
  } catch {
    return undefined;
  }
}

export async function save(w: SavedWorkspace): Promise<void> {
  try {
    await run('readwrite', (s) =>
      s.put(
        { files: w.files.map((f) => ({ path: f.path, text: f.text })), activeFile: w.activeFile },
        KEY,
      ),
    );
    localStorage.setItem(SAVED_MARK, '1');
  } catch {
    // Private browsing or quota: the workspace still lives in memory and can be exported.
  }
}
