import { Children, useCallback, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';

/**
 * Side-by-side panes with draggable separators (also movable with the arrow keys).
 * `initial` are the starting widths in percent.
 */
export function SplitPanes({
  initial,
  labels,
  children,
}: {
  initial: number[];
  labels: string[];
  children: ReactNode;
}) {
  const [sizes, setSizes] = useState(initial);
  const box = useRef<HTMLDivElement>(null);
  const panes = Children.toArray(children);

  const move = useCallback((i: number, deltaPct: number) => {
    setSizes((s) => {
      const a = (s[i] ?? 0) + deltaPct;
      const b = (s[i + 1] ?? 0) - deltaPct;
      if (a < 10 || b < 10) return s;
      const next = [...s];
      next[i] = a;
      next[i + 1] = b;
      return next;
    });
  }, []);

  const onPointerDown = (i: number) => (e: PointerEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    let x = e.clientX;
    const width = box.current?.clientWidth ?? 1;
    const onMove = (ev: globalThis.PointerEvent) => {
      move(i, ((ev.clientX - x) / width) * 100);
      x = ev.clientX;
    };
    const onUp = () => {
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
  };

  const onKeyDown = (i: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowLeft') move(i, -2);
    else if (e.key === 'ArrowRight') move(i, 2);
    else return;
    e.preventDefault();
  };

  return (
    <div className="split" ref={box}>
      {panes.map((pane, i) => (
        <div key={i} className="split-item" style={{ display: 'contents' }}>
          <section className="pane" aria-label={labels[i]} style={{ flexBasis: `${sizes[i]}%` }}>
            {pane}
          </section>
          {i < panes.length - 1 && (
            <div
              className="splitter"
              role="separator"
              aria-orientation="vertical"
              aria-label={`Resize ${labels[i]} and ${labels[i + 1]}`}
              aria-valuenow={Math.round(sizes[i] ?? 0)}
              aria-valuemin={10}
              aria-valuemax={90}
              tabIndex={0}
              onPointerDown={onPointerDown(i)}
              onKeyDown={onKeyDown(i)}
            />
          )}
        </div>
      ))}
    </div>
  );
}
