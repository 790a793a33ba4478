import { useRef } from 'react';
import { download, exportBytes } from '../io/export';
import { readFiles } from '../io/read-files';
import { actions, workspace } from '../store/workspace';
import { SamplesMenu } from './samples-menu';

/** Import, Export, Copy, Samples, Undo, Redo. */
export function Toolbar() {
  const input = useRef<HTMLInputElement>(null);

  const onPick = async () => {
    const files = input.current?.files;
    if (!files || files.length === 0) return;
    const read = await readFiles([...files]);
    actions.load(read, `Imported ${read.length} file${read.length === 1 ? '' : 's'}.`);
    if (input.current) input.current.value = '';
  };

  const onCopy = async () => {
    const text = new TextDecoder().decode(exportBytes(workspace.get().files));
    try {
      await navigator.clipboard.writeText(text);
      actions.notify('Workspace YAML copied to the clipboard.');
    } catch {
      actions.notify('The browser did not allow copying to the clipboard; use Export.');
    }
  };

  return (
    <header className="toolbar" role="toolbar" aria-label="Workspace">
      <span className="brand">Gateway TLS Designer</span>
      <button type="button" onClick={() => input.current?.click()}>
        Import
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        multiple
        accept=".yaml,.yml,.json,application/yaml,application/json,text/yaml"
        aria-label="Import files"
        tabIndex={-1}
        onChange={() => void onPick()}
      />
      <button type="button" onClick={() => download(workspace.get().files)}>
        Export
      </button>
      <button type="button" onClick={() => void onCopy()}>
        Copy YAML
      </button>
      <SamplesMenu />
      <span className="toolbar-gap" />
      <button type="button" onClick={() => actions.undo()}>
        Undo
      </button>
      <button type="button" onClick={() => actions.redo()}>
        Redo
      </button>
    </header>
  );
}
