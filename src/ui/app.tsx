import { lazy, Suspense, useEffect, useState } from 'react';
import { GraphView } from './graph/graph-view';
import { readFiles } from './io/read-files';
import { SplitPanes } from './layout/split-panes';
import type { PaneSpec } from './layout/split-panes';
import { SidePanel } from './panels/side-panel';
import { StatusBar } from './status-bar';
import { useStore } from './store/store';
import { actions, workspace } from './store/workspace';
import { Toolbar } from './toolbar/toolbar';
import './theme.css';

// Monaco is large: it loads once the first graph is on screen (or after two seconds), so the
// graph does not wait for the editor's code.
const YamlPane = lazy(() => import('./yaml/yaml-pane'));

// The graph grows into the room of a collapsed editor or side panel.
const panes: readonly PaneSpec[] = [
  { label: 'Graph', size: 40 },
  {
    label: 'YAML editor',
    size: 28,
    collapse: { name: 'YAML editor', shortcut: 'Alt+Shift+Y', towards: 'left' },
  },
  {
    label: 'Details',
    size: 32,
    collapse: { name: 'details panel', shortcut: 'Alt+Shift+D', towards: 'right' },
  },
];

function useEditorWhenReady(): boolean {
  const drawn = useStore(workspace, (s) => s.graphDrawn === true);
  const [late, setLate] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setLate(true), 2000);
    return () => clearTimeout(t);
  }, []);
  return drawn || late;
}

export function App() {
  const showEditor = useEditorWhenReady();
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = async (e: DragEvent) => {
      if (!e.dataTransfer?.files.length) return;
      e.preventDefault();
      // Dropped files are imported: added to the workspace (same names ask first).
      actions.importFiles(await readFiles([...e.dataTransfer.files]));
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <div className="app">
      <Toolbar />
      <main className="main">
        <SplitPanes panes={panes} storageKey="gwtls.panes">
          <GraphView />
          <Suspense fallback={<div className="loading">Loading the editor…</div>}>
            {showEditor ? <YamlPane /> : <div className="loading">Loading the editor…</div>}
          </Suspense>
          <SidePanel />
        </SplitPanes>
      </main>
      <StatusBar />
    </div>
  );
}
