import { useRef } from 'react';
import type { RefObject } from 'react';
import { download, exportBytes } from '../io/export';
import { readFiles } from '../io/read-files';
import type { ReadFile } from '../io/read-files';
import { actions, workspace } from '../store/workspace';
import { QuestionDialog } from './question-dialog';
import { SamplesMenu } from './samples-menu';
import { useUndoKeys } from './use-undo-keys';

const ACCEPT = '.yaml,.yml,.json,application/yaml,application/json,text/yaml';

/** Open…, Import, Export, Copy, Samples, Undo, Redo. */
export function Toolbar() {
  const openInput = useRef<HTMLInputElement>(null);
  const importInput = useRef<HTMLInputElement>(null);
  useUndoKeys();

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
    <>
      <header className="toolbar" role="toolbar" aria-label="Workspace">
        <span className="brand">Gateway TLS Designer</span>
        <button
          type="button"
          title="Replace the workspace with files (asks first; Undo brings it back)"
          onClick={() => openInput.current?.click()}
        >
          Open…
        </button>
        <FilePicker input={openInput} label="Open files" onRead={actions.openFiles} />
        <button
          type="button"
          title="Add files to the workspace (also by dropping them on the page)"
          onClick={() => importInput.current?.click()}
        >
          Import
        </button>
        <FilePicker input={importInput} label="Import files" onRead={actions.importFiles} />
        <button type="button" onClick={() => download(workspace.get().files)}>
          Export
        </button>
        <button type="button" onClick={() => void onCopy()}>
          Copy YAML
        </button>
        <SamplesMenu />
        <span className="toolbar-gap" />
        <button type="button" aria-keyshortcuts="Control+Z" onClick={() => actions.undo()}>
          Undo
        </button>
        <button type="button" aria-keyshortcuts="Control+Shift+Z" onClick={() => actions.redo()}>
          Redo
        </button>
      </header>
      <QuestionDialog />
    </>
  );
}

/** A hidden file input its button opens; what is picked is read and handed on. */
function FilePicker({
  input,
  label,
  onRead,
}: {
  input: RefObject<HTMLInputElement | null>;
  label: string;
  onRead: (files: ReadFile[]) => void;
}) {
  const onChange = async () => {
    const picked = input.current?.files;
    if (!picked || picked.length === 0) return;
    const read = await readFiles([...picked]);
    if (input.current) input.current.value = '';
    onRead(read);
  };
  return (
    <input
      ref={input}
      className="visually-hidden"
      type="file"
      multiple
      accept={ACCEPT}
      aria-label={label}
      tabIndex={-1}
      onChange={() => void onChange()}
    />
  );
}
