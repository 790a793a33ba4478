import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Background, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import type { NodeChange, NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { GraphNode } from '../../core';
import { useStore } from '../store/store';
import { actions, workspace } from '../store/workspace';
import { facets, filterGraph, filterKey, NO_FILTER, searchGraph } from './filters';
import type { GraphFilter } from './filters';
import { GraphToolbar } from './graph-toolbar';
import { GraphMinimap } from './graph-minimap';
import { nodeTypes } from './nodes/node-types';
import { ArrowMarkers, edgeTypes } from './state-edge';
import { FLOW_ID, newFlowCache, toFlow } from './to-flow';
import type { FlowEdge, FlowNode } from './to-flow';
import { useGraphLayout } from './use-graph-layout';
import { useViewport } from './use-viewport';
import './graph.css';

const EMPTY: { nodes: FlowNode[]; edges: FlowEdge[] } = { nodes: [], edges: [] };

/** The workspace as a graph: traffic left to right, namespaces as boxes, states in words. */
export function GraphView() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}

function GraphCanvas() {
  const graph = useStore(workspace, (s) => s.result?.graph);
  const selection = useStore(workspace, (s) => s.selection);
  const highlight = useStore(workspace, (s) => s.highlight);
  const [filter, setFilter] = useState<GraphFilter>(NO_FILTER);
  const [query, setQuery] = useState('');
  const key = filterKey(filter);
  const view = useMemo(() => (graph ? filterGraph(graph, filter) : undefined), [graph, filter]);
  const { layout, move, relayout } = useGraphLayout(view, key);
  const { frame, reveal, revealAll } = useViewport();

  const found = useMemo(() => (view ? searchGraph(view, query) : []), [view, query]);
  const matches = useMemo(() => (query.trim() ? new Set(found) : undefined), [found, query]);
  const lit = useMemo(
    () => (highlight ? { nodes: new Set(highlight.nodes), edges: new Set(highlight.edges) } : undefined),
    [highlight],
  );
  const cache = useRef(newFlowCache());
  const flow = useMemo(
    () =>
      view && layout
        ? toFlow({ graph: view, layout, selectedId: selection?.nodeId, highlight: lit, matches }, cache.current)
        : EMPTY,
    [view, layout, selection?.nodeId, lit, matches],
  );
  const byId = useMemo(() => new Map<string, GraphNode>((graph?.nodes ?? []).map((n) => [n.id, n])), [graph]);
  const latest = useRef(byId);
  latest.current = byId;

  const select = useCallback((id: string) => {
    const n = latest.current.get(id);
    if (n) actions.select({ nodeId: id, range: n.range, from: 'graph' });
  }, []);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const moves: { id: string; to: { x: number; y: number } }[] = [];
      for (const c of changes) {
        if (c.type === 'position' && c.position) moves.push({ id: c.id, to: c.position });
        else if (c.type === 'select' && c.selected && c.id !== workspace.get().selection?.nodeId) select(c.id);
      }
      if (moves.length) move(moves);
    },
    [move, select],
  );

  // A click on the node already selected reveals its YAML again (React Flow reports no change).
  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_, node) => {
      if (node.type !== 'namespace' && node.selected) select(node.id);
    },
    [select],
  );

  const onPaneClick = useCallback(() => {
    if (workspace.get().selection) actions.select(undefined);
  }, []);

  // Frame the graph when it is laid out afresh (first result, new workspace, filter, re-layout).
  const fresh = layout?.fresh ?? false;
  useEffect(() => {
    if (!fresh || flow.nodes.length === 0) return;
    const raf = requestAnimationFrame(() => frame());
    return () => cancelAnimationFrame(raf);
  }, [layout, fresh, frame, flow.nodes.length]);

  // Selection from elsewhere (YAML cursor, Problems, Hosts): bring the node into view.
  useEffect(() => {
    if (!selection?.nodeId || selection.from === 'graph') return;
    const id = selection.nodeId;
    const raf = requestAnimationFrame(() => reveal(id));
    return () => cancelAnimationFrame(raf);
  }, [selection, reveal]);

  useEffect(() => {
    if (!highlight || highlight.nodes.length === 0) return;
    const raf = requestAnimationFrame(() => revealAll(highlight.nodes));
    return () => cancelAnimationFrame(raf);
  }, [highlight, revealAll]);

  const matchIndex = useRef(-1);
  useEffect(() => {
    matchIndex.current = -1;
  }, [query]);
  const nextMatch = useCallback(() => {
    if (found.length === 0) return;
    matchIndex.current = (matchIndex.current + 1) % found.length;
    const id = found[matchIndex.current] as string;
    select(id);
    requestAnimationFrame(() => reveal(id));
  }, [found, reveal, select]);

  const { namespaces, kinds } = useMemo(() => facets(graph ?? EMPTY_GRAPH), [graph]);
  const hiddenSelection =
    !!selection?.nodeId && byId.has(selection.nodeId) && !!view && !view.nodes.some((n) => n.id === selection.nodeId);

  return (
    <div className="gt-graph">
      <GraphToolbar
        filter={filter}
        onFilter={setFilter}
        namespaces={namespaces}
        kinds={kinds}
        query={query}
        onQuery={setQuery}
        matchCount={found.length}
        onNextMatch={nextMatch}
        onFit={() => frame(true)}
        onRelayout={relayout}
      />
      <div className="gt-canvas">
        <ReactFlow<FlowNode, FlowEdge>
          id={FLOW_ID}
          nodes={flow.nodes}
          edges={flow.edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onlyRenderVisibleElements
          colorMode="system"
          minZoom={0.05}
          maxZoom={2}
          nodesConnectable={false}
          edgesFocusable={false}
          deleteKeyCode={null}
          elevateNodesOnSelect={false}
          ariaLabelConfig={{ 'node.a11yDescription.default': 'Press Enter or Space to select and show its YAML.' }}
        >
          <Background gap={24} size={1} />
          <Controls showInteractive={false} showFitView={false} aria-label="Zoom controls" />
        </ReactFlow>
        <ArrowMarkers />
        {flow.nodes.length > 0 && <GraphMinimap nodes={flow.nodes} />}
        {!graph && <p className="gt-empty">Analysing the workspace…</p>}
        {graph && graph.nodes.length === 0 && (
          <p className="gt-empty">No Gateway API objects yet: import YAML, paste it into the editor, or open a sample.</p>
        )}
        {graph && graph.nodes.length > 0 && view?.nodes.length === 0 && (
          <div className="gt-empty">
            <p>Nothing matches the filters.</p>
            <button type="button" onClick={() => setFilter(NO_FILTER)}>
              Clear filters
            </button>
          </div>
        )}
        {hiddenSelection && <p className="gt-hidden-note">The selected object is hidden by the filters.</p>}
      </div>
    </div>
  );
}

const EMPTY_GRAPH = { nodes: [], edges: [] };
