import { loadFirstStart } from './io/samples';
import { loadSaved, mayHaveSaved, save, saveDelay } from './store/persistence';
import { actions, workspace } from './store/workspace';

/**
 * Start-up: restore the workspace kept in the browser, or open the first sample so a
 * newcomer sees a working topology at once. Afterwards every change is saved (debounced).
 */
export async function boot(): Promise<void> {
  // The worker loads its code while the workspace is found; the first sample (and its analysis
  // made at build time, drawn until the worker answers) is fetched at the same time as the
  // saved workspace is read, in case there is none.
  actions.startResolver();
  const sample = loadFirstStart().catch(() => undefined);
  const openSample = async () => {
    const s = await sample;
    if (s) await actions.openSample(s.sample, s.files, s.snapshot);
    else actions.load([{ path: 'workspace.yaml', text: '' }]);
  };
  // Never saved here: open the sample now, and still look (a saved workspace replaces it).
  const opening = mayHaveSaved() ? undefined : openSample();
  const saved = await loadSaved();
  if (saved && saved.files.length > 0) {
    await opening;
    actions.load(saved.files, 'Workspace restored.');
    if (saved.activeFile) actions.openFile(saved.activeFile);
  } else await (opening ?? openSample());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let last = workspace.get().files;
  let lastActive = workspace.get().activeFile;
  // The wait is judged by the size last saved: measuring the files now would read every text
  // the editor has not made yet.
  let delay = saveDelay(last);
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    void save({ files: last, activeFile: lastActive });
    delay = saveDelay(last);
  };
  workspace.subscribe(() => {
    const { files, activeFile } = workspace.get();
    if (files === last && activeFile === lastActive) return;
    last = files;
    lastActive = activeFile;
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  // Leaving the page (or its tab) saves what is still waiting.
  const leave = () => {
    if (timer !== undefined) flush();
  };
  addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') leave();
  });
}
