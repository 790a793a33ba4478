import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { actions } from '../store/workspace';
import type { SizeNote } from './size-options';
import './file-tabs.css';

/** Monaco's "Toggle Tab Key Moves Focus" key. */
const TAB_FOCUS_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Ctrl+Shift+M' : 'Ctrl+M';

/**
 * The bar above the editor: the workspace's files as tabs (arrow keys move between them; F2 or
 * a double click renames one, Delete or its × closes it), a New file button, what the editor
 * leaves out of a very large file, and how to Tab out of the editor.
 */
export function FileTabs({
  paths,
  active,
  note,
}: {
  paths: readonly string[];
  active: string;
  note?: SizeNote;
}) {
  const [renaming, setRenaming] = useState<string>();
  const [problem, setProblem] = useState<string>();
  /** A file just added: once named, typing goes to it. */
  const [fresh, setFresh] = useState<string>();
  const bar = useRef<HTMLDivElement>(null);

  const focusTab = (path: string) =>
    requestAnimationFrame(() =>
      bar.current
        ?.querySelector<HTMLElement>(`[role=tab][data-path="${CSS.escape(path)}"]`)
        ?.focus(),
    );
  const focusEditor = () =>
    bar.current
      ?.closest('.yaml-pane')
      ?.querySelector<HTMLElement>('.monaco-editor textarea')
      ?.focus();

  return (
    <div className="yaml-files" ref={bar}>
      {paths.length > 0 ? (
        <Tabs
          paths={paths}
          active={active}
          renaming={renaming}
          problem={problem}
          setProblem={setProblem}
          onRename={setRenaming}
          onRenamed={(path, viaKeyboard) => {
            setRenaming(undefined);
            setFresh(undefined);
            if (fresh) requestAnimationFrame(focusEditor);
            else if (viaKeyboard) focusTab(path);
          }}
          onClosed={(next) => next && focusTab(next)}
        />
      ) : (
        <span className="yaml-file-name">No file yet: paste or type YAML, or use Import</span>
      )}
      <button
        type="button"
        className="yaml-files-new"
        aria-label="New file"
        title="New file"
        onClick={() => {
          const path = actions.newFile();
          setFresh(path);
          setRenaming(path);
        }}
      >
        +
      </button>
      {note && (
        <span className="yaml-hint yaml-size-note" role="note" title={note.full}>
          {note.short}
        </span>
      )}
      <span className="yaml-hint">{TAB_FOCUS_KEY}: Tab moves focus</span>
      {problem && (
        <span id="rename-problem" role="alert" className="yaml-tab-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

function Tabs({
  paths,
  active,
  renaming,
  problem,
  setProblem,
  onRename,
  onRenamed,
  onClosed,
}: {
  paths: readonly string[];
  active: string;
  renaming?: string;
  problem?: string;
  setProblem: (problem?: string) => void;
  onRename: (path: string) => void;
  onRenamed: (path: string, viaKeyboard: boolean) => void;
  onClosed: (next?: string) => void;
}) {
  const close = (path: string) => {
    const i = paths.indexOf(path);
    const rest = paths.filter((p) => p !== path);
    actions.closeFile(path);
    onClosed(path === active ? rest[Math.min(i, rest.length - 1)] : active);
  };
  const list = useRef<HTMLDivElement>(null);
  // The file shown is in view in a tab bar that scrolls.
  useEffect(() => {
    list.current
      ?.querySelector('[data-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, paths]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if ((e.target as HTMLElement).getAttribute('role') !== 'tab') return;
    if (e.key === 'F2') return (e.preventDefault(), onRename(active));
    if (e.key === 'Delete') return (e.preventDefault(), close(active));
    const i = Math.max(0, paths.indexOf(active));
    const to =
      e.key === 'ArrowRight'
        ? (i + 1) % paths.length
        : e.key === 'ArrowLeft'
          ? (i - 1 + paths.length) % paths.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? paths.length - 1
              : -1;
    const next = paths[to];
    if (!next) return;
    e.preventDefault();
    actions.openFile(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-path="${CSS.escape(next)}"]`)?.focus();
  };
  return (
    <div className="yaml-tabs" role="tablist" aria-label="Files" ref={list} onKeyDown={onKeyDown}>
      {paths.map((path) => {
        const selected = path === active;
        return (
          <div key={path} className="yaml-tab-item" role="presentation" data-selected={selected}>
            {renaming === path ? (
              <RenameField
                path={path}
                taken={paths}
                problem={problem}
                setProblem={setProblem}
                onDone={onRenamed}
              />
            ) : (
              <button
                type="button"
                role="tab"
                data-path={path}
                aria-selected={selected}
                aria-keyshortcuts="F2 Delete"
                tabIndex={selected ? 0 : -1}
                className={`yaml-tab${selected ? ' yaml-file-name' : ''}`}
                title={`${path} — double-click or F2 to rename, Delete to close`}
                onClick={() => actions.openFile(path)}
                onDoubleClick={() => onRename(path)}
              >
                {path}
              </button>
            )}
            <button
              type="button"
              className="yaml-tab-close"
              aria-label={`Close ${path}`}
              title={`Close ${path} (Undo brings it back)`}
              tabIndex={-1}
              onClick={() => close(path)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}

/** The tab's name as a field: Enter renames, Escape leaves it as it was, so does leaving it. */
function RenameField({
  path,
  taken,
  problem,
  setProblem,
  onDone,
}: {
  path: string;
  taken: readonly string[];
  /** What is wrong with the name typed (shown below the tabs: the tab bar scrolls and clips). */
  problem?: string;
  setProblem: (problem?: string) => void;
  onDone: (path: string, viaKeyboard: boolean) => void;
}) {
  const [value, setValue] = useState(path);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const f = field.current;
    if (!f) return;
    f.focus();
    // The name without its extension is selected: typing replaces it.
    const dot = path.lastIndexOf('.');
    f.setSelectionRange(0, dot > 0 ? dot : path.length);
  }, [path]);

  const commit = (viaKeyboard: boolean) => {
    const wrong = actions.renameFile(path, value);
    if (wrong) {
      setProblem(wrong);
      return false;
    }
    setProblem(undefined);
    onDone(value, viaKeyboard);
    return true;
  };
  return (
    <span className="yaml-tab-rename">
      <input
        ref={field}
        value={value}
        size={Math.max(8, value.length + 1)}
        aria-label={`Rename ${path}`}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? 'rename-problem' : undefined}
        spellCheck={false}
        onChange={(e) => {
          setValue(e.target.value);
          setProblem(undefined);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setProblem(undefined);
            onDone(path, true);
          }
        }}
        onBlur={() => {
          if (!taken.includes(path)) return;
          if (value === path || !commit(false)) {
            setProblem(undefined);
            onDone(path, false);
          }
        }}
      />
    </span>
  );
}
