import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import type { Rect } from './geometry';
import type { FlowNode } from './to-flow';

const W = 176;
const H = 112;

interface Shape extends Rect {
  readonly kind: 'namespace' | 'ok' | 'warning' | 'error' | 'lit';
}

/** Top-level shapes to draw: namespace boxes and objects by state (listeners live in their owner). */
function shapesOf(nodes: readonly FlowNode[], lit: ReadonlySet<string> | undefined): Shape[] {
  const out: Shape[] = [];
  for (const n of nodes) {
    if (n.parentId) continue;
    const w = n.width ?? 0;
    const h = n.height ?? 0;
    const kind =
      n.type === 'namespace' ? 'namespace' : lit?.has(n.id) ? 'lit' : n.data.node.state.level;
    out.push({ x: n.position.x, y: n.position.y, w, h, kind });
  }
  return out;
}

type Colors = Record<Shape['kind'] | 'border', string>;

function colorsOf(el: Element): Colors {
  const css = getComputedStyle(el);
  const color = (name: string) => css.getPropertyValue(name).trim() || '#888';
  return {
    namespace: color('--ns-fill'),
    ok: color('--edge'),
    warning: color('--warn'),
    error: color('--error'),
    lit: color('--highlight'),
    border: color('--ns-border'),
  };
}

function boundsOf(shapes: readonly Shape[]): Rect {
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  for (const s of shapes) {
    l = Math.min(l, s.x);
    t = Math.min(t, s.y);
    r = Math.max(r, s.x + s.w);
    b = Math.max(b, s.y + s.h);
  }
  return Number.isFinite(l) ? { x: l, y: t, w: r - l, h: b - t } : { x: 0, y: 0, w: 1, h: 1 };
}

/**
 * An overview of the whole graph, drawn once per change on a canvas (React Flow's mini-map
 * keeps a subscription per node, which costs every frame at 10,000 objects). The frame shows
 * the viewport; click or drag in it to move there.
 */
export function GraphMinimap({
  nodes,
  lit,
}: {
  nodes: readonly FlowNode[];
  lit?: ReadonlySet<string>;
}) {
  const rf = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const shapes = useMemo(() => shapesOf(nodes, lit), [nodes, lit]);
  const bounds = useMemo(() => boundsOf(shapes), [shapes]);
  const scale = Math.min(W / bounds.w, H / bounds.h);
  const ox = (W - bounds.w * scale) / 2;
  const oy = (H - bounds.h * scale) / 2;
  // Colours come from the theme's custom properties, read once per colour scheme: reading
  // computed style after every change would force a style recalculation of the whole page.
  const [colors, setColors] = useState<Colors>();
  useEffect(() => {
    const el = canvas.current;
    if (!el) return;
    const mq = window.matchMedia('(prefers-color-scheme: dark)');
    const read = () => setColors(colorsOf(el));
    read();
    mq.addEventListener('change', read);
    return () => mq.removeEventListener('change', read);
  }, []);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || !colors) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = W * dpr;
    el.height = H * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, H);
    ctx.strokeStyle = colors.border;
    for (const kind of ['namespace', 'ok', 'warning', 'error', 'lit'] as const) {
      ctx.fillStyle = colors[kind];
      for (const s of shapes) {
        if (s.kind !== kind) continue;
        const x = ox + (s.x - bounds.x) * scale;
        const y = oy + (s.y - bounds.y) * scale;
        const w = Math.max(1, s.w * scale);
        const h = Math.max(1, s.h * scale);
        ctx.fillRect(x, y, w, h);
        if (kind === 'namespace') ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
      }
    }
  }, [shapes, bounds, scale, ox, oy, colors]);

  const view = useFlowStore(
    useCallback(
      (s) => {
        const [tx, ty, zoom] = s.transform;
        const x = ox + (-tx / zoom - bounds.x) * scale;
        const y = oy + (-ty / zoom - bounds.y) * scale;
        return `${Math.round(x)},${Math.round(y)},${Math.round((s.width / zoom) * scale)},${Math.round((s.height / zoom) * scale)}`;
      },
      [bounds, scale, ox, oy],
    ),
  );
  const [vx = 0, vy = 0, vw = 0, vh = 0] = view.split(',').map(Number);

  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const x = bounds.x + (e.clientX - box.left - ox) / scale;
    const y = bounds.y + (e.clientY - box.top - oy) / scale;
    void rf.setCenter(x, y, { zoom: rf.getZoom() });
  };

  return (
    <div
      className="gt-minimap nopan nowheel"
      role="img"
      aria-label="Mini map of the whole graph"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) moveTo(e);
      }}
    >
      <canvas ref={canvas} style={{ width: W, height: H }} />
      <div
        className="gt-minimap-view"
        style={{
          transform: `translate(${vx}px, ${vy}px)`,
          width: Math.max(4, vw),
          height: Math.max(4, vh),
        }}
      />
    </div>
  );
}
