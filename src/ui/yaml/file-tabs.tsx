import type { KeyboardEvent } from 'react';
import { actions } from '../store/workspace';
import type { SizeNote } from './size-options';

/** Monaco's "Toggle Tab Key Moves Focus" key. */
const TAB_FOCUS_KEY = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Ctrl+Shift+M' : 'Ctrl+M';

/**
 * The bar above the editor: the workspace's files as tabs (arrow keys move between them) when
 * there are several, the file name when there is one, what the editor leaves out of a very
 * large file, and how to Tab out of the editor.
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
  return (
    <div className="yaml-files">
      {paths.length > 1 ? (
        <Tabs paths={paths} active={active} />
      ) : (
        <span className="yaml-file-name" title={paths[0]}>
          {paths[0] ?? 'No file yet: paste or type YAML, or use Import'}
        </span>
      )}
      {note && (
        <span className="yaml-hint yaml-size-note" role="note" title={note.full}>
          {note.short}
        </span>
      )}
      <span className="yaml-hint">{TAB_FOCUS_KEY}: Tab moves focus</span>
    </div>
  );
}

function Tabs({ paths, active }: { paths: readonly string[]; active: string }) {
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const i = Math.max(0, paths.indexOf(active));
    const next = paths[(i + step + paths.length) % paths.length];
    if (!next) return;
    actions.openFile(next);
    e.currentTarget.querySelector<HTMLElement>(`[data-path="${CSS.escape(next)}"]`)?.focus();
  };
  return (
    <div className="yaml-tabs" role="tablist" aria-label="Files" onKeyDown={onKeyDown}>
      {paths.map((path) => (
        <button
          key={path}
          type="button"
          role="tab"
          data-path={path}
          aria-selected={path === active}
          tabIndex={path === active ? 0 : -1}
          className="yaml-tab"
          title={path}
          onClick={() => actions.openFile(path)}
        >
          {path}
        </button>
      ))}
    </div>
  );
}
