import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PointerEvent } from 'react';
import { useReactFlow, useStore as useFlowStore } from '@xyflow/react';
import { countText } from '../../core';
import type { NodeState } from '../../core';
import type { Rect } from './geometry';
import type { FlowNode } from './to-flow';

const W = 116;
/** Up to this many nodes the map draws every object; beyond, those with problems. */
const ALL_OBJECTS = 3000;
const RANK = { ok: 0, warning: 1, error: 2 } as const;
/** The map's width, with its border: what it takes from the canvas. */
export const MAP_WIDTH = W + 1;
const M = 4;

type Level = NodeState['level'];

/** A namespace on the map: its outline (or collapsed tile), name and worst state. */
interface Area {
  readonly namespace: string;
  readonly blocks: readonly Rect[];
  level: Level;
  problems: number;
}

interface Mark extends Rect {
  readonly level: Level | 'lit';
}

/**
 * What the map draws: namespaces as blocks in their worst state's colour, and on them the
 * objects with problems (and the lit SNI path) — all objects too when there is room.
 */
function mapOf(nodes: readonly FlowNode[], lit: ReadonlySet<string> | undefined) {
  const all = nodes.length <= ALL_OBJECTS;
  const areas = new Map<string, Area>();
  const marks: Mark[] = [];
  const area = (ns: string, blocks: readonly Rect[] = []) => {
    let a = areas.get(ns);
    if (!a) areas.set(ns, (a = { namespace: ns, blocks, level: 'ok', problems: 0 }));
    else if (blocks.length) areas.set(ns, (a = { ...a, blocks }));
    return a;
  };
  for (const n of nodes) {
    if (n.type === 'namespace') {
      const { x, y } = n.position;
      area(
        n.data.namespace,
        n.data.blocks.map((b) => ({ ...b, x: b.x + x, y: b.y + y })),
      );
      continue;
    }
    if (n.type === 'owner-tools' || n.parentId) continue;
    const state = n.type === 'summary' ? n.data.summary.state : n.data.node.state;
    const ns = n.type === 'summary' ? n.data.summary.namespace : n.data.node.namespace;
    const isLit = !!lit?.has(n.id);
    // Every object only where the map has room for them; those to point out always.
    if (state.level === 'ok' && !isLit && !all && n.type !== 'summary') {
      area(ns);
      continue;
    }
    const rect = { x: n.position.x, y: n.position.y, w: n.width ?? 0, h: n.height ?? 0 };
    const a = n.type === 'summary' ? area(ns, [rect]) : area(ns);
    if (RANK[state.level] > RANK[a.level]) a.level = state.level;
    if (state.level !== 'ok') a.problems++;
    marks.push({ ...rect, level: isLit ? 'lit' : state.level });
  }
  return { areas: [...areas.values()], marks };
}

function boundsOf(areas: readonly Area[]): Rect {
  let l = Infinity;
  let t = Infinity;
  let r = -Infinity;
  let b = -Infinity;
  for (const a of areas)
    for (const s of a.blocks) {
      l = Math.min(l, s.x);
      t = Math.min(t, s.y);
      r = Math.max(r, s.x + s.w);
      b = Math.max(b, s.y + s.h);
    }
  return Number.isFinite(l) ? { x: l, y: t, w: r - l, h: b - t } : { x: 0, y: 0, w: 1, h: 1 };
}

type Colors = Record<'ok' | 'warning' | 'error' | 'lit' | 'fill' | 'border' | 'text', string>;

function colorsOf(el: Element): Colors {
  const css = getComputedStyle(el);
  const color = (name: string) => css.getPropertyValue(name).trim() || '#888';
  return {
    ok: color('--edge'),
    warning: color('--warn'),
    error: color('--error'),
    lit: color('--highlight'),
    fill: color('--ns-fill'),
    border: color('--ns-border'),
    text: color('--fg-2'),
  };
}

/**
 * The map of the whole graph, beside it (never over it): every namespace a block in the colour
 * of its worst state, named when there is room; objects with problems marked on it. Drawn
 * once per change on a canvas (React Flow's mini-map keeps a subscription per node, which
 * costs every frame at 10,000 objects). Its width is fixed and its height follows the pane: a
 * graph much taller than wide is squeezed in height, like a scroll bar, not made thin. The
 * frame shows the viewport; click or drag to move there.
 */
export function GraphMinimap({
  nodes,
  lit,
}: {
  nodes: readonly FlowNode[];
  lit?: ReadonlySet<string>;
}) {
  const rf = useReactFlow();
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [height, setHeight] = useState(0);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    setHeight(el.clientHeight);
    return () => observer.disconnect();
  }, []);

  const { areas, marks } = useMemo(() => mapOf(nodes, lit), [nodes, lit]);
  const bounds = useMemo(() => boundsOf(areas), [areas]);
  const sx = (W - 2 * M) / bounds.w;
  const sy = Math.min(Math.max(1, height - 2 * M) / bounds.h, sx);
  const ox = M;
  const oy = M;
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

  const drawnHeight = Math.max(1, Math.min(height, Math.ceil(bounds.h * sy + 2 * M)));
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx || !colors || height === 0) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = W * dpr;
    el.height = drawnHeight * dpr;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, W, drawnHeight);
    const X = (x: number) => ox + (x - bounds.x) * sx;
    const Y = (y: number) => oy + (y - bounds.y) * sy;
    for (const a of areas) {
      ctx.fillStyle = a.level === 'ok' ? colors.fill : colors[a.level];
      ctx.globalAlpha = a.level === 'ok' ? 1 : 0.28;
      for (const b of a.blocks) ctx.fillRect(X(b.x), Y(b.y), b.w * sx, Math.max(1, b.h * sy));
      ctx.globalAlpha = 1;
      ctx.strokeStyle = a.level === 'ok' ? colors.border : colors[a.level];
      for (const b of a.blocks)
        ctx.strokeRect(X(b.x) + 0.5, Y(b.y) + 0.5, b.w * sx - 1, Math.max(1, b.h * sy - 1));
    }
    // Objects: those with problems always, the rest when they are big enough to see.
    const roomy = 20 * sy >= 3;
    for (const level of ['ok', 'warning', 'error', 'lit'] as const) {
      if (level === 'ok' && !roomy) continue;
      ctx.fillStyle = colors[level];
      ctx.globalAlpha = level === 'ok' ? 0.55 : 1;
      for (const m of marks) {
        if (m.level !== level) continue;
        ctx.fillRect(X(m.x), Y(m.y), Math.max(2, m.w * sx), Math.max(2, m.h * sy));
      }
    }
    ctx.globalAlpha = 1;
    // Names where a namespace is tall enough to carry one.
    ctx.fillStyle = colors.text;
    ctx.font = '9px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    for (const a of areas) {
      const b = a.blocks[0];
      if (!b || b.h * sy < 12) continue;
      ctx.fillText(a.namespace || '(cluster)', X(b.x) + 3, Y(b.y) + 2, Math.max(10, b.w * sx - 6));
    }
  }, [areas, marks, bounds, sx, sy, ox, oy, colors, height, drawnHeight]);

  const view = useFlowStore(
    useCallback(
      (s) => {
        const [tx, ty, zoom] = s.transform;
        const x = ox + (-tx / zoom - bounds.x) * sx;
        const y = oy + (-ty / zoom - bounds.y) * sy;
        return `${Math.round(x)},${Math.round(y)},${Math.round((s.width / zoom) * sx)},${Math.round((s.height / zoom) * sy)}`;
      },
      [bounds, sx, sy, ox, oy],
    ),
  );
  const [vx = 0, vy = 0, vw = 0, vh = 0] = view.split(',').map(Number);

  const at = (e: PointerEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return {
      x: bounds.x + (e.clientX - r.left - ox) / sx,
      y: bounds.y + (e.clientY - r.top - oy) / sy,
    };
  };
  const moveTo = (e: PointerEvent<HTMLDivElement>) => {
    const p = at(e);
    void rf.setCenter(p.x, p.y, { zoom: rf.getZoom() });
  };
  const [title, setTitle] = useState('');
  const hover = (e: PointerEvent<HTMLDivElement>) => {
    const p = at(e);
    const a = areas.find((q) =>
      q.blocks.some((b) => p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h),
    );
    const words = a
      ? `namespace ${a.namespace || '(cluster)'}: ${a.problems ? `${a.problems} with problems` : 'all OK'}`
      : '';
    if (words !== title) setTitle(words);
  };

  const troubled = areas.filter((a) => a.level !== 'ok').length;
  return (
    <div
      ref={box}
      className="gt-minimap nopan nowheel"
      role="img"
      aria-label={`Map of the whole graph: ${countText(areas.length, 'namespace')}, ${troubled} with problems`}
      title={title}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        moveTo(e);
      }}
      onPointerMove={(e) => {
        if (e.buttons === 1) moveTo(e);
        else hover(e);
      }}
    >
      <canvas ref={canvas} style={{ width: W, height: drawnHeight }} />
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
