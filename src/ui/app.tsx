import { lazy, Suspense, useEffect, useState } from 'react';
import { GraphView } from './graph/graph-view';
import { readFiles } from './io/read-files';
import { SplitPanes } from './layout/split-panes';
import { SidePanel } from './panels/side-panel';
import { StatusBar } from './status-bar';
import { useStore } from './store/store';
import { actions, workspace } from './store/workspace';
import { Toolbar } from './toolbar/toolbar';
import './theme.css';

// Monaco is large: it loads once the first graph is on screen (or after two seconds), so the
// graph does not wait for the editor's code.
const YamlPane = lazy(() => import('./yaml/yaml-pane'));

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
      const read = await readFiles([...e.dataTransfer.files]);
      actions.load(read, `Imported ${read.length} file${read.length === 1 ? '' : 's'}.`);
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
        <SplitPanes initial={[40, 28, 32]} labels={['Graph', 'YAML editor', 'Details']}>
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
