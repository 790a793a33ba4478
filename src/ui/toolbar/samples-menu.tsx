import { useEffect, useRef, useState } from 'react';
import { listSamples, loadSample } from '../io/samples';
import type { Sample } from '../io/samples';
import { actions } from '../store/workspace';

/** The Samples button and its menu: an empty workspace, and example workspaces. */
export function SamplesMenu() {
  const [open, setOpen] = useState(false);
  const [samples, setSamples] = useState<Sample[]>([]);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (open && samples.length === 0) void listSamples().then(setSamples);
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open, samples.length]);

  const choose = async (s: Sample) => {
    setOpen(false);
    await actions.openSample(s, await loadSample(s));
  };

  return (
    <div className="menu" ref={box} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Samples
      </button>
      {open && (
        <ul role="menu" className="menu-list" aria-label="Samples">
          <li role="none">
            <button
              type="button"
              role="menuitem"
              onClick={() => {
                setOpen(false);
                actions.emptyWorkspace();
              }}
            >
              Empty workspace
            </button>
          </li>
          <li role="separator" className="menu-separator" />
          {samples.map((s) => (
            <li key={s.id} role="none">
              <button type="button" role="menuitem" onClick={() => void choose(s)}>
                {s.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
