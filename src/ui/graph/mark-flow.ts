/**
 * Selection, the SNI path and search matches on top of the flow. Only the few marked elements
 * become new objects; dimming the rest is one class on the canvas (see graph.css), so a click
 * does not rebuild 10,000 nodes.
 */
import type { Flow, FlowEdge, FlowNode } from './to-flow';

export interface Marks {
  readonly selectedId?: string;
  /** The highlighted (SNI) path. */
  readonly lit?: { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  /** Search matches; undefined when not searching. */
  readonly matches?: ReadonlySet<string>;
}

export function markFlow(flow: Flow, marks: Marks): Flow {
  const { selectedId, lit, matches } = marks;
  const lighting = !!lit && lit.nodes.size > 0;
  if (!selectedId && !lighting && !matches?.size) return flow;
  const nodes = flow.nodes.map((n): FlowNode => {
    if (n.type === 'namespace' || n.type === 'owner-tools') return n;
    const selected = n.id === selectedId;
    const isLit = lighting && !!lit?.nodes.has(n.id);
    const match = !!matches?.has(n.id);
    if (!selected && !isLit && !match) return n;
    const className = [isLit ? 'gt-lit' : '', match ? 'gt-match' : ''].filter(Boolean).join(' ');
    const domAttributes = { ...n.domAttributes, ...(selected ? { 'aria-current': true } : {}) };
    if (n.type === 'summary') return { ...n, className, domAttributes };
    return {
      ...n,
      selected,
      className,
      data: isLit ? { ...n.data, lit: true } : n.data,
      domAttributes,
    };
  });
  const edges = lighting
    ? flow.edges.map((e): FlowEdge =>
        lit?.edges.has(e.id) && e.data
          ? { ...e, className: 'gt-lit', zIndex: 5, data: { ...e.data, lit: true } }
          : e,
      )
    : flow.edges;
  return { nodes, edges };
}

/** Classes of the canvas: what is being shown off, so everything else can step back. */
export function canvasClass(marks: Marks): string {
  return [
    marks.lit && marks.lit.nodes.size > 0 ? 'is-lighting' : '',
    marks.matches && marks.matches.size > 0 ? 'is-searching' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The flow with one node at the place it is being dragged to. */
export function dragFlow(flow: Flow, drag: { id: string; x: number; y: number } | undefined): Flow {
  if (!drag) return flow;
  const i = flow.nodes.findIndex((n) => n.id === drag.id);
  const n = flow.nodes[i];
  if (!n) return flow;
  const nodes = [...flow.nodes];
  nodes[i] = { ...n, position: { x: drag.x, y: drag.y }, dragging: true };
  return { nodes, edges: flow.edges };
}
