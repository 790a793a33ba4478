import { monaco } from './monaco-setup';
import type { ModelSync } from './model-sync';

/** What a Playwright test may read from the editor (nothing it could change the app with). */
export interface EditorTestAccessor {
  /** The exact text of a file's model: byte order mark and line endings as they are. */
  getValue(path?: string): string | undefined;
  /** A file's markers: owner `gwtls` for the core's diagnostics, `yaml` for monaco-yaml's. */
  getMarkers(path?: string): { owner: string; severity: number; line: number; message: string }[];
  /** Lines of the editor's selection in the file shown. */
  getSelection(): { startLine: number; endLine: number } | undefined;
  /** The editor's own scroll: pixels scrolled to the right, first and last lines on screen. */
  getScroll(): { left: number; firstLine: number; lastLine: number };
}

declare global {
  interface Window {
    /** Read-only test accessor of the YAML pane (see EditorTestAccessor). */
    __gwtlsEditor?: EditorTestAccessor;
  }
}

/**
 * Puts the read-only accessor on `window.__gwtlsEditor` (paths are workspace paths; without
 * one, the file shown). Only files opened in the editor have models and markers. Returns the
 * function that removes it.
 */
export function exposeForTests(
  models: ModelSync,
  shown: () => string,
  selection: EditorTestAccessor['getSelection'],
  scroll: EditorTestAccessor['getScroll'],
): () => void {
  window.__gwtlsEditor = {
    getSelection: selection,
    getScroll: scroll,
    getValue: (path) => models.value(path ?? shown()),
    getMarkers: (path) => {
      const model = models.model(path ?? shown());
      if (!model) return [];
      return monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({
        owner: m.owner,
        severity: m.severity,
        line: m.startLineNumber,
        message: m.message,
      }));
    },
  };
  return () => delete window.__gwtlsEditor;
}
