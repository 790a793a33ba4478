import { listSamples, loadSample } from './io/samples';
import { loadSaved, save } from './store/persistence';
import { actions, workspace } from './store/workspace';

/**
 * Start-up: restore the workspace kept in the browser, or open the first sample so a
 * newcomer sees a working topology at once. Afterwards every change is saved (debounced).
 */
export async function boot(): Promise<void> {
  const saved = await loadSaved();
  if (saved && saved.files.length > 0) {
    actions.load(saved.files, 'Workspace restored.');
    if (saved.activeFile) actions.openFile(saved.activeFile);
  } else {
    try {
      const [first] = await listSamples();
      if (first) actions.load(await loadSample(first), `Opened the sample "${first.title}".`);
    } catch {
      actions.load([{ path: 'workspace.yaml', text: '' }]);
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = workspace.get().files;
  let lastActive = workspace.get().activeFile;
  workspace.subscribe(() => {
    const { files, activeFile } = workspace.get();
    if (files === last && activeFile === lastActive) return;
    last = files;
    lastActive = activeFile;
    clearTimeout(timer);
    timer = setTimeout(() => void save({ files, activeFile }), 250);
  });
}
