import { Children, Fragment, useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import {
  openNeighbours,
  readLayout,
  resize,
  setCollapsed,
  shownSizes,
  writeLayout,
} from './pane-layout';
import type { PaneLayout } from './pane-layout';
import { PaneContext, toggleTitle } from './pane-toggle';
import type { PaneControl } from './pane-toggle';
import { matchesShortcut } from './shortcut';
import './split-panes.css';

export interface PaneSpec {
  /** The pane's accessible name (its region). */
  readonly label: string;
  /** Starting share of the row, in percent. */
  readonly size: number;
  /** A pane that can be collapsed to a strip (its header shows a PaneToggle). */
  readonly collapse?: {
    /** As in "Collapse YAML editor". */
    readonly name: string;
    /** `aria-keyshortcuts` form, e.g. `Alt+Shift+Y`. */
    readonly shortcut?: string;
    /** The edge the pane folds towards, where its strip's arrow points back from. */
    readonly towards: 'left' | 'right';
  };
}

const KEY_STEP = 2;

/**
 * Side-by-side panes with separators to drag (or move with the arrow keys). Panes with
 * `collapse` fold to a narrow strip and back, by their header's button, the strip's button or
 * their shortcut; the first pane takes the room they free. Sizes and folds are kept in local
 * storage under `storageKey`, so a reload keeps them.
 */
export function SplitPanes({
  panes,
  storageKey,
  children,
}: {
  panes: readonly PaneSpec[];
  storageKey: string;
  children: ReactNode;
}) {
  const id = useId();
  const defaults = useMemo<PaneLayout>(
    () => ({ sizes: panes.map((p) => p.size), collapsed: panes.map(() => false) }),
    [panes],
  );
  const [layout, setLayout] = useState(() => readLayout(load(storageKey), defaults));
  const sections = useRef<(HTMLElement | null)[]>([]);
  const strips = useRef<(HTMLButtonElement | null)[]>([]);
  // Where the focus goes once a fold or restore is drawn, and where it was in a folded pane.
  const focusNext = useRef<(() => void) | undefined>(undefined);
  const focusedInside = useRef<(Element | null)[]>([]);
  const content = Children.toArray(children);

  useEffect(() => save(storageKey, layout), [storageKey, layout]);
  useLayoutEffect(() => {
    focusNext.current?.();
    focusNext.current = undefined;
  }, [layout.collapsed]);

  const paneId = (i: number) => `${id}-pane-${i}`;

  const fold = (i: number, collapsed: boolean) => {
    const active = document.activeElement;
    if (collapsed) {
      const inside = !!active && !!sections.current[i]?.contains(active);
      focusedInside.current[i] = inside ? active : null;
      if (inside) focusNext.current = () => strips.current[i]?.focus();
    } else if (active === strips.current[i] || active === document.body) {
      const back = focusedInside.current[i];
      focusNext.current = () => {
        const target =
          back?.isConnected && back instanceof HTMLElement
            ? back
            : sections.current[i]?.querySelector<HTMLElement>('.pane-toggle');
        target?.focus();
      };
    }
    setLayout((l) => setCollapsed(l, i, collapsed));
  };

  // The shortcuts work wherever the focus is (the editor included: capture comes first).
  const latest = useRef({ layout, fold });
  latest.current = { layout, fold };
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const i = panes.findIndex(
        (p) => p.collapse?.shortcut && matchesShortcut(e, p.collapse.shortcut),
      );
      if (i < 0) return;
      e.preventDefault();
      e.stopPropagation();
      const { layout: now, fold: toggle } = latest.current;
      toggle(i, !now.collapsed[i]);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [panes]);

  const onPointerDown = (a: number, b: number) => (e: PointerEvent<HTMLDivElement>) => {
    const el = e.currentTarget;
    el.setPointerCapture(e.pointerId);
    const shown = shownSizes(layout);
    const px = (sections.current[a]?.clientWidth ?? 0) + (sections.current[b]?.clientWidth ?? 0);
    const perPx = px > 0 ? ((shown[a] ?? 0) + (shown[b] ?? 0)) / px : 0;
    let x = e.clientX;
    const onMove = (ev: globalThis.PointerEvent) => {
      const dx = ev.clientX - x;
      x = ev.clientX;
      setLayout((l) => resize(l, a, b, dx * perPx));
    };
    const onUp = () => {
      el.removeEventListener('pointermove', onMove);
      el.removeEventListener('pointerup', onUp);
    };
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
  };

  const onSeparatorKey = (a: number, b: number) => (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowLeft') setLayout((l) => resize(l, a, b, -KEY_STEP));
    else if (e.key === 'ArrowRight') setLayout((l) => resize(l, a, b, KEY_STEP));
    else return;
    e.preventDefault();
  };

  const shown = shownSizes(layout);
  const total = shown.reduce((s, x) => s + x, 0) || 1;
  const separatorBefore = new Map(openNeighbours(layout).map(([a, b]) => [b, a]));

  return (
    <div className="split">
      {content.map((child, i) => {
        const pane = panes[i];
        if (!pane) return null;
        const collapsed = layout.collapsed[i] === true;
        const a = separatorBefore.get(i);
        const control: PaneControl | undefined = pane.collapse && {
          name: pane.collapse.name,
          id: paneId(i),
          shortcut: pane.collapse.shortcut,
          collapse: () => fold(i, true),
        };
        return (
          <Fragment key={i}>
            {a !== undefined && (
              <div
                className="splitter"
                role="separator"
                aria-orientation="vertical"
                aria-label={`Resize ${panes[a]?.label} and ${pane.label}`}
                aria-valuenow={Math.round(((shown[a] ?? 0) / total) * 100)}
                aria-valuemin={0}
                aria-valuemax={100}
                tabIndex={0}
                onPointerDown={onPointerDown(a, i)}
                onKeyDown={onSeparatorKey(a, i)}
              />
            )}
            {control && collapsed && (
              <div className={`pane-strip pane-strip-${pane.collapse?.towards}`}>
                <button
                  ref={(el) => {
                    strips.current[i] = el;
                  }}
                  type="button"
                  className="pane-expand"
                  aria-label={`Expand ${control.name}`}
                  aria-expanded="false"
                  aria-controls={control.id}
                  aria-keyshortcuts={control.shortcut}
                  title={toggleTitle('Expand', control)}
                  onClick={() => fold(i, false)}
                >
                  <span aria-hidden="true" className="pane-expand-icon">
                    {pane.collapse?.towards === 'left' ? '⇥' : '⇤'}
                  </span>
                  <span aria-hidden="true" className="pane-expand-label">
                    {pane.label}
                  </span>
                </button>
              </div>
            )}
            <section
              ref={(el) => {
                sections.current[i] = el;
              }}
              id={paneId(i)}
              className="pane"
              aria-label={pane.label}
              hidden={collapsed}
              style={{ flex: `${shown[i] ?? 0} 1 0px` }}
            >
              <PaneContext.Provider value={control}>{child}</PaneContext.Provider>
            </section>
          </Fragment>
        );
      })}
    </div>
  );
}

function load(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled: the default layout
  }
}

function save(key: string, layout: PaneLayout): void {
  try {
    window.localStorage.setItem(key, writeLayout(layout));
  } catch {
    // storage full or disabled: the layout lasts until the page closes
  }
}
