import { useEffect, useRef, useState } from 'react';
import { PaneToggle } from '../layout/pane-toggle';
import { useStore } from '../store/store';
import { workspace } from '../store/workspace';
import { bindEditor } from './editor-binding';
import { FileTabs } from './file-tabs';
import { setUpMonaco } from './monaco-setup';
import { sizeOptions } from './size-options';
import type { SizeNote } from './size-options';
import './yaml.css';

const dark = () => window.matchMedia('(prefers-color-scheme: dark)');
const theme = () => (dark().matches ? 'vs-dark' : 'vs');

/** The YAML pane: file tabs and a Monaco editor bound to the workspace (loaded lazily). */
export default function YamlPane() {
  const box = useRef<HTMLDivElement>(null);
  // A string, so typing (new text, same files) does not re-render the tabs.
  const paths = useStore(workspace, (s) => s.files.map((f) => f.path).join('\n'));
  const active = useStore(workspace, (s) => s.activeFile);
  const [sizeNote, setSizeNote] = useState<SizeNote>();

  useEffect(() => {
    const container = box.current;
    if (!container) return;
    const monaco = setUpMonaco();
    const editor = monaco.editor.create(container, {
      model: null,
      ariaLabel: 'YAML',
      theme: theme(),
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      tabSize: 2,
      insertSpaces: true,
      fontSize: 13,
      wordBasedSuggestions: 'off',
      // YAML folds by indentation; the language service's folding ranges for a big workspace
      // are megabytes per keystroke for the page to read.
      foldingStrategy: 'indentation',
      // YAML values are strings to the tokenizer: offer completion in them too.
      quickSuggestions: { other: true, comments: false, strings: true },
      // Folding follows the file's size (see size-options.ts).
      ...sizeOptions(0),
    });
    const unbind = bindEditor(editor, setSizeNote);
    const media = dark();
    const onScheme = () => monaco.editor.setTheme(theme());
    media.addEventListener('change', onScheme);
    return () => {
      media.removeEventListener('change', onScheme);
      unbind();
      editor.dispose();
    };
  }, []);

  return (
    <div className="yaml-pane">
      <div className="yaml-head">
        <FileTabs paths={paths ? paths.split('\n') : []} active={active} note={sizeNote} />
        <PaneToggle towards="left" />
      </div>
      <div ref={box} className="yaml-editor" />
    </div>
  );
}
