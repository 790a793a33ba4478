import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../core';
import type { ReadFile } from '../io/read-files';
import { fileActions } from './file-actions';
import { Store } from './store';
import type { EditorApi, WorkspaceState } from './workspace';

const file = (path: string, text = `# ${path}\n`): SourceFile => ({ path, text });
const read = (path: string, text = `# ${path} (imported)\n`): ReadFile => ({
  file: { path, text },
  bytes: new TextEncoder().encode(text),
});

/**
 * The file actions on a store of their own, with an editor that keeps the history of each open
 * file as Monaco's models do: a new version whenever the store gives the file another text,
 * undo and redo step between versions (and hand the text to the store, as typing does).
 */
function setUp(files: SourceFile[]) {
  const store = new Store<WorkspaceState>({
    files,
    activeFile: files[0]?.path ?? '',
    revision: 1,
    workerState: 'ready',
  });
  const models = new Map<string, { steps: { text: string; version: number }[]; at: number }>();
  let serial = 0;
  const asked: string[] = [];
  const sync = () => {
    for (const f of store.get().files) {
      const m = models.get(f.path) ?? { steps: [], at: -1 };
      models.set(f.path, m);
      if (m.steps[m.at]?.text === f.text) continue;
      m.steps = [...m.steps.slice(0, m.at + 1), { text: f.text, version: ++serial }];
      m.at = m.steps.length - 1;
    }
  };
  store.subscribe(sync);
  sync();
  const step = (path: string, by: number) => {
    const m = models.get(path);
    if (!m || !m.steps[m.at + by]) return;
    m.at += by;
    type(path, m.steps[m.at]!.text);
  };
  const editor: EditorApi = {
    undo: () => asked.push('editor undo'),
    redo: () => asked.push('editor redo'),
    reveal: () => {},
    versions: () => new Map([...models].map(([p, m]) => [p, m.steps[m.at]?.version ?? 0])),
    undoFile: (path) => (asked.push(`undo ${path}`), step(path, -1)),
    redoFile: (path) => (asked.push(`redo ${path}`), step(path, 1)),
  };
  /** Typing: the file gets a new text. */
  function type(path: string, text: string) {
    store.set((s) => ({ files: s.files.map((f) => (f.path === path ? { path, text } : f)) }));
  }
  let analyses = 0;
  const actions = fileActions({ store, analyze: () => analyses++, editor: () => editor });
  const paths = () => store.get().files.map((f) => f.path);
  const texts = () => store.get().files.map((f) => f.text);
  return { store, actions, asked, paths, texts, type, analyses: () => analyses };
}

describe('Import adds files', () => {
  it('adds them after the workspace’s, shows the first, and Undo takes them away', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.importFiles([read('b.yaml'), read('c.yaml')]);
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(w.store.get().activeFile).toBe('b.yaml');
    expect(w.store.get().notice).toBe('Imported 2 files.');
    expect(w.analyses()).toBe(1);
    w.actions.undo();
    expect(w.paths()).toEqual(['a.yaml']);
    expect(w.store.get().activeFile).toBe('a.yaml');
    expect(w.store.get().notice).toBe('Undone: the import of 2 files.');
    w.actions.redo();
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(w.asked).toEqual([]);
  });

  it('asks about a file with the same name: replace it in its place', () => {
    const w = setUp([file('a.yaml'), file('b.yaml')]);
    w.actions.importFiles([read('a.yaml'), read('c.yaml')]);
    expect(w.store.get().question).toMatchObject({ type: 'same-names', names: ['a.yaml'] });
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml']);
    w.actions.answer('replace');
    expect(w.store.get().question).toBeUndefined();
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(w.texts()[0]).toBe('# a.yaml (imported)\n');
    w.actions.undo();
    expect(w.texts()).toEqual(['# a.yaml\n', '# b.yaml\n']);
  });

  it('or keep both: the imported one is renamed “a (2).yaml”', () => {
    const w = setUp([file('a.yaml'), file('a (2).yaml')]);
    w.actions.importFiles([read('a.yaml')]);
    w.actions.answer('keep-both');
    expect(w.paths()).toEqual(['a.yaml', 'a (2).yaml', 'a (3).yaml']);
    expect(w.texts()[0]).toBe('# a.yaml\n');
    expect(w.store.get().activeFile).toBe('a (3).yaml');
  });

  it('or cancel: nothing changes and there is nothing to undo', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.importFiles([read('a.yaml')]);
    w.actions.answer('cancel');
    expect(w.store.get().question).toBeUndefined();
    expect(w.texts()).toEqual(['# a.yaml\n']);
    w.actions.undo();
    expect(w.asked).toEqual(['editor undo']);
  });

  it('does not ask about a same-named file with the same text', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.importFiles([read('a.yaml', '# a.yaml\n'), read('b.yaml')]);
    expect(w.store.get().question).toBeUndefined();
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('into an empty workspace, the empty file gives way', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.emptyWorkspace();
    w.actions.importFiles([read('workspace.yaml'), read('b.yaml')]);
    expect(w.store.get().question).toBeUndefined();
    expect(w.paths()).toEqual(['workspace.yaml', 'b.yaml']);
  });
});

describe('Open replaces the workspace', () => {
  it('after asking; Undo brings the workspace back', () => {
    const w = setUp([file('a.yaml'), file('b.yaml')]);
    w.actions.openFiles([read('c.yaml')]);
    expect(w.store.get().question).toMatchObject({ type: 'replace' });
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml']);
    w.actions.answer('replace');
    expect(w.paths()).toEqual(['c.yaml']);
    w.actions.undo();
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml']);
    expect(w.texts()).toEqual(['# a.yaml\n', '# b.yaml\n']);
  });

  it('without asking when the workspace has nothing in it', () => {
    const w = setUp([file('workspace.yaml', '')]);
    w.actions.openFiles([read('c.yaml')]);
    expect(w.store.get().question).toBeUndefined();
    expect(w.paths()).toEqual(['c.yaml']);
  });

  it('a file of the same name open in the editor steps back in the editor’s history', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.openFiles([read('a.yaml')]);
    w.actions.answer('replace');
    w.actions.undo();
    expect(w.asked).toEqual(['undo a.yaml']);
    expect(w.texts()).toEqual(['# a.yaml\n']);
    w.actions.redo();
    expect(w.asked).toEqual(['undo a.yaml', 'redo a.yaml']);
    expect(w.texts()).toEqual(['# a.yaml (imported)\n']);
  });
  it('after Open is undone, Undo goes on with what was typed before it (in the editor)', () => {
    const w = setUp([file('a.yaml')]);
    w.type('a.yaml', 'typed');
    w.actions.openFiles([read('a.yaml')]);
    w.actions.answer('replace');
    w.actions.undo();
    expect(w.texts()).toEqual(['typed']);
    w.actions.undo();
    expect(w.asked).toEqual(['undo a.yaml', 'editor undo']);
  });
});

describe('Undo', () => {
  it('undoes typing since the last change of the file set first (in the editor)', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.importFiles([read('b.yaml')]);
    w.type('b.yaml', 'typed');
    w.actions.undo();
    expect(w.asked).toEqual(['editor undo']);
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml']);
    // Once the editor has undone the typing, the import is next.
    w.type('b.yaml', '# b.yaml (imported)\n');
    w.actions.undo();
    expect(w.paths()).toEqual(['a.yaml']);
  });

  it('Redo does nothing to the file set once something else happened', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.closeFile('a.yaml');
    w.actions.undo();
    w.type('a.yaml', 'typed');
    w.actions.redo();
    expect(w.paths()).toEqual(['a.yaml']);
    expect(w.asked).toEqual(['editor redo']);
  });

  it('a change made elsewhere (a sample opened) is one step', () => {
    const w = setUp([file('a.yaml')]);
    w.actions.recordChange('opening the sample "S"', () =>
      w.store.set({ files: [file('s.yaml')], activeFile: 's.yaml' }),
    );
    w.actions.undo();
    expect(w.paths()).toEqual(['a.yaml']);
    expect(w.store.get().notice).toBe('Undone: opening the sample "S".');
  });
});

describe('Empty workspace, and files added, renamed and closed in the tabs', () => {
  it('empties the workspace to one empty file; Undo brings it back', () => {
    const w = setUp([file('a.yaml'), file('b.yaml')]);
    w.actions.emptyWorkspace();
    expect(w.store.get().files).toEqual([{ path: 'workspace.yaml', text: '' }]);
    w.actions.undo();
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('adds an empty file with a name not taken', () => {
    const w = setUp([file('untitled.yaml')]);
    expect(w.actions.newFile()).toBe('untitled (2).yaml');
    expect(w.paths()).toEqual(['untitled.yaml', 'untitled (2).yaml']);
    expect(w.store.get().activeFile).toBe('untitled (2).yaml');
  });

  it('renames a file keeping its text and place; a taken or empty name is refused', () => {
    const w = setUp([file('a.yaml'), file('b.yaml')]);
    expect(w.actions.renameFile('a.yaml', 'b.yaml')).toBe('There is a file named b.yaml already.');
    expect(w.actions.renameFile('a.yaml', ' ')).toBe('A file needs a name.');
    expect(w.actions.renameFile('a.yaml', 'gateways.yaml')).toBeUndefined();
    expect(w.paths()).toEqual(['gateways.yaml', 'b.yaml']);
    expect(w.texts()[0]).toBe('# a.yaml\n');
    expect(w.store.get().activeFile).toBe('gateways.yaml');
    w.actions.undo();
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml']);
  });

  it('closes a file without asking, showing its neighbour; Undo brings it back', () => {
    const w = setUp([file('a.yaml'), file('b.yaml'), file('c.yaml')]);
    w.store.set({ activeFile: 'b.yaml' });
    w.actions.closeFile('b.yaml');
    expect(w.paths()).toEqual(['a.yaml', 'c.yaml']);
    expect(w.store.get().activeFile).toBe('c.yaml');
    w.actions.undo();
    expect(w.paths()).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
    expect(w.store.get().activeFile).toBe('b.yaml');
  });
});
