import { useEffect } from 'react';
import { actions } from '../store/workspace';

/** Whether a key press belongs to where it happened: the editor, or a field's own undo. */
function ownsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  return (
    target.closest('.monaco-editor, input, textarea, select, [contenteditable="true"], dialog') !==
    null
  );
}

/**
 * Ctrl+Z (⌘Z) and Ctrl+Shift+Z / Ctrl+Y outside the editor and text fields are the toolbar's
 * Undo and Redo (the workspace's last change, or else the editor's last edit).
 */
export function useUndoKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || ownsUndo(e.target)) return;
      const key = e.key.toLowerCase();
      const redo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (!redo && !(key === 'z' && !e.shiftKey)) return;
      e.preventDefault();
      if (redo) actions.redo();
      else actions.undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
