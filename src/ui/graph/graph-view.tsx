import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore as useFlowStore,
} from '@xyflow/react';
import type { NodeChange, NodeMouseHandler } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { Graph, GraphNode } from '../../core';
import { useStore } from '../store/store';
import { actions, workspace } from '../store/workspace';
import { facets, NO_FILTER, searchGraph } from './filters';
import { flowRectsAgain } from './flow-rects';
import type { FlowRects } from './flow-rects';
import { focusName } from './focus';
import { GraphActionsContext } from './graph-actions';
import { GraphEmpty } from './graph-empty';
import { GraphMinimap } from './graph-minimap';
import { GraphToolbar } from './graph-toolbar';
import { canvasClass, dragFlow, markFlow } from './mark-flow';
import { nodeTypes } from './nodes/node-types';
import { ArrowMarkers, edgeTypes } from './state-edge';
import { FLOW_ID, newFlowCache, toFlow } from './to-flow';
import type { Flow, FlowEdge, FlowNode } from './to-flow';
import { useFlowWindow } from './use-flow-window';
import { useFollow } from './use-follow';
import { useGraphKeys } from './use-graph-keys';
import { useGraphLayout } from './use-graph-layout';
import { ALL_VIEW, useGraphView } from './use-graph-view';
import { useMapChoice } from './use-map-choice';
import { useViewCommands } from './use-view-commands';
import { MAX_ZOOM, MIN_ZOOM, useViewport } from './use-viewport';
import { nodeIndex } from './node-index';
import { WINDOW_MIN_NODES } from './window-flow';
import './graph.css';

const EMPTY: Flow = { nodes: [], edges: [] };
const NO_NODES: ReadonlyMap<string, GraphNode> = new Map();
const FAR_ZOOM = 0.35;

/** The workspace as a graph: traffic left to right, namespaces as boxes, states in words. */
export function GraphView() {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}

/**
 * A new result is drawn in a transition, one step per component (view, layout, React Flow
 * elements, the canvas), so that React can let the page respond between the steps: no single
 * task takes in the whole of a large graph.
 */
function GraphCanvas() {
  const graph = useDeferredValue(useStore(workspace, (s) => s.result?.graph));
  const shown = useGraphView(graph);
  return <LaidOutGraph graph={graph} shown={shown} />;
}

interface ShownGraph {
  /** The whole graph, and what the view shows of it. */
  readonly graph: Graph | undefined;
  readonly shown: ReturnType<typeof useGraphView>;
}

function LaidOutGraph(props: ShownGraph) {
  const laidOut = useGraphLayout(props.shown.view, props.shown.key, ALL_VIEW, props.shown.seed);
  return <FlowElements {...props} {...laidOut} />;
}

type LaidOut = ShownGraph & ReturnType<typeof useGraphLayout>;

/** graph + layout → all React Flow elements (memoised per node, see `toFlow`). */
function FlowElements(props: LaidOut) {
  const { layout, shown } = props;
  const cache = useRef(newFlowCache());
  const owners = shown.collapse.owners;
  const base = useMemo(
    () =>
      shown.view && layout
        ? toFlow(shown.view, layout, cache.current, { collapsedOwners: owners })
        : EMPTY,
    [shown.view, layout, owners],
  );
  return <FlowGraph {...props} base={base} />;
}

function FlowGraph({
  graph,
  shown,
  layout,
  move,
  relayout,
  base,
}: LaidOut & { readonly base: Flow }) {
  const { view, filter, setFilter } = shown;
  const rf = useReactFlow();
  const selection = useStore(workspace, (s) => s.selection);
  const highlight = useStore(workspace, (s) => s.highlight);
  const [query, setQuery] = useState('');

  // All React Flow elements → the part near the view → marks on top.
  const lastRects = useRef<{ flow: Flow; rects: FlowRects }>(undefined);
  const { rects, bounds } = useMemo(() => {
    const made = flowRectsAgain(lastRects.current, base);
    lastRects.current = { flow: base, rects: made };
    return made;
  }, [base]);
  const latestRects = useRef(rects);
  latestRects.current = rects;
  const windowed = useFlowWindow(base);
  // Zoomed far out the words are unreadable: draw less (see .is-far in graph.css).
  const far = useFlowStore((s) => s.transform[2] < FAR_ZOOM);
  const found = useMemo(() => (view ? searchGraph(view, query) : []), [view, query]);
  const marks = useMemo(
    () => ({
      selectedId: selection?.nodeId,
      lit: highlight
        ? { nodes: new Set(highlight.nodes), edges: new Set(highlight.edges) }
        : undefined,
      matches: query.trim() ? new Set(found) : undefined,
    }),
    [selection?.nodeId, highlight, found, query],
  );
  // While a node is dragged only that node moves; the layout takes the move when it is dropped.
  const [drag, setDrag] = useState<{ id: string; x: number; y: number }>();
  const flow = useMemo(() => dragFlow(markFlow(windowed, marks), drag), [windowed, marks, drag]);

  const rectOf = useCallback((id: string) => rects.get(id), [rects]);
  const large = base.nodes.length > WINDOW_MIN_NODES;
  const { frame, fitAll, reveal, revealAll, toScreen, pin } = useViewport(rectOf, bounds, large);

  const byId = useMemo(() => (graph ? nodeIndex(graph) : NO_NODES), [graph]);
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
        if (c.type === 'position' && c.position) {
          if (c.dragging) setDrag({ id: c.id, ...c.position });
          else moves.push({ id: c.id, to: c.position });
        } else if (c.type === 'select' && c.selected && c.id !== workspace.get().selection?.nodeId)
          select(c.id);
      }
      if (moves.length) {
        move(moves);
        setDrag(undefined);
      }
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

  const commands = useViewCommands(shown, latestRects, { fitAll, toScreen, pin, reveal });
  const { intent, graphActions } = commands;

  // Frame a fresh layout; bring a selection made elsewhere, and the SNI path, into view.
  useFollow(shown.key, layout, selection, highlight, intent, { frame, reveal, revealAll });

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

  // Tell the app once the first graph is painted (an empty workspace counts as drawn).
  const drawn = flow.nodes.length > 0 || graph?.nodes.length === 0;
  useEffect(() => {
    if (!drawn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frameId = requestAnimationFrame(() => (timer = setTimeout(actions.graphDrawn)));
    return () => {
      cancelAnimationFrame(frameId);
      clearTimeout(timer);
    };
  }, [drawn]);

  const keys = useGraphKeys(base, rects, reveal);

  const stage = useRef<HTMLDivElement>(null);
  const map = useMapChoice(stage, bounds, base.nodes.length > 0);

  const { namespaces, kinds } = useMemo(() => facets(graph ?? { nodes: [], edges: [] }), [graph]);
  const hidden = !!selection?.nodeId && byId.has(selection.nodeId) && !rects.has(selection.nodeId);
  const empty = base.nodes.length === 0;

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
        view={{
          empty,
          onFit: commands.onFit,
          onZoomIn: () => void rf.zoomIn({ duration: 150 }),
          onZoomOut: () => void rf.zoomOut({ duration: 150 }),
          onRelayout: relayout,
          anyCollapsed: shown.collapse.namespaces.size > 0,
          onCollapseAll: commands.onCollapseAll,
          onExpandAll: commands.onExpandAll,
          mapShown: map.shown,
          onToggleMap: map.toggle,
          focusName: shown.focus ? focusName(shown.focus, graph) : undefined,
          onShowAll: () => shown.setFocus(undefined),
          selectionHidden: hidden,
          onShowSelection: () => {
            const n = selection?.nodeId ? byId.get(selection.nodeId) : undefined;
            if (n) commands.onShowNode(n);
          },
          note: commands.note,
        }}
      />
      <div className="gt-stage" ref={stage}>
        <div
          className={`gt-canvas ${canvasClass(marks)}${far ? ' is-far' : ''}`}
          onKeyDownCapture={keys.onKeyDownCapture}
          onFocusCapture={keys.onFocusCapture}
        >
          <GraphActionsContext.Provider value={graphActions}>
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
              minZoom={MIN_ZOOM}
              maxZoom={MAX_ZOOM}
              nodesConnectable={false}
              edgesFocusable={false}
              autoPanOnNodeFocus={false}
              deleteKeyCode={null}
              elevateNodesOnSelect={false}
              proOptions={{ hideAttribution: true }}
              ariaLabelConfig={{
                'node.a11yDescription.default':
                  'Press Enter or Space to select it and show its YAML. Arrow keys move between nodes: right and left along references, up and down through the column.',
              }}
            >
              {!empty && <Background gap={24} size={1} />}
            </ReactFlow>
          </GraphActionsContext.Provider>
          <ArrowMarkers />
          <GraphEmpty
            graph={graph}
            shown={view?.nodes.length ?? 0}
            onClear={() => {
              setFilter(NO_FILTER);
              shown.setFocus(undefined);
            }}
          />
        </div>
        {map.shown && <GraphMinimap nodes={base.nodes} lit={marks.lit?.nodes} />}
      </div>
    </div>
  );
}
