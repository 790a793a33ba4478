import type { KeyboardEvent } from 'react';
import { actions } from '../store/workspace';

/**
 * The workspace's files above the editor: tabs (arrow keys move between them) when there are
 * several, the file name when there is one.
 */
export function FileTabs({ paths, active }: { paths: readonly string[]; active: string }) {
  if (paths.length <= 1) {
    return (
      <div className="yaml-files">
        <span className="yaml-file-name" title={paths[0]}>
          {paths[0] ?? 'No file yet: paste or type YAML, or use Import'}
        </span>
      </div>
    );
  }
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
    <div className="yaml-files" role="tablist" aria-label="Files" onKeyDown={onKeyDown}>
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
