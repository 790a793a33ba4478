import { useCallback, useMemo, useRef, useState } from 'react';
import type { Graph, GraphNode } from '../../core';
import { collapseGraph, collapseKey, NO_COLLAPSE } from './collapse';
import type { Collapse } from './collapse';
import { filterGraph, filterKey, NO_FILTER } from './filters';
import type { GraphFilter } from './filters';
import { focusGraph, focusKey } from './focus';
import type { Focus } from './focus';

/** The key of the view of everything (no filter, focus or collapse). */
export const ALL_VIEW = viewKey('all', '', '');

function viewKey(filter: string, focus: string, collapse: string): string {
  return [filter, focus, collapse].join('|');
}

/**
 * What part of the workspace the graph shows, and how: filters, a focus, collapsed namespaces
 * and Gateways. Each step hands on the very graph it was given when it does nothing, so an
 * unfiltered view costs nothing per keystroke.
 */
export function useGraphView(graph: Graph | undefined) {
  const [filter, setFilter] = useState<GraphFilter>(NO_FILTER);
  const [focus, setFocus] = useState<Focus>();
  const [collapse, setCollapse] = useState<Collapse>(NO_COLLAPSE);
  const filtered = useMemo(() => (graph ? filterGraph(graph, filter) : undefined), [graph, filter]);
  const focused = useMemo(
    () => (filtered ? focusGraph(filtered, focus) : undefined),
    [filtered, focus],
  );
  const view = useMemo(
    () => (focused ? collapseGraph(focused, collapse) : undefined),
    [focused, collapse],
  );
  const key = viewKey(filterKey(filter), focusKey(focus), collapseKey(collapse));
  // A namespace or Gateway collapsed or expanded: the next view is laid out from this one.
  const seed = useRef<string>(undefined);
  const now = useRef(key);
  now.current = key;

  const toggleNamespace = useCallback((ns: string) => {
    seed.current = now.current;
    setCollapse((c) => {
      const namespaces = new Set(c.namespaces);
      if (!namespaces.delete(ns)) namespaces.add(ns);
      return { ...c, namespaces };
    });
  }, []);

  const toggleOwner = useCallback((id: string) => {
    seed.current = now.current;
    setCollapse((c) => {
      const owners = new Set(c.owners);
      if (!owners.delete(id)) owners.add(id);
      return { ...c, owners };
    });
  }, []);

  const toggleFocus = useCallback((f: Focus) => {
    setFocus((now) => (focusKey(now) === focusKey(f) ? undefined : f));
  }, []);

  /** Every namespace of what is shown, collapsed: the overview. */
  const collapseAll = useCallback(() => {
    const namespaces = new Set((focused?.nodes ?? []).map((n) => n.namespace));
    setCollapse((c) => ({ ...c, namespaces }));
  }, [focused]);

  const expandAll = useCallback(() => setCollapse(NO_COLLAPSE), []);

  /** Whatever hides a node (filters, a focus, its namespace or owner collapsed) no longer does. */
  const showNode = useCallback((n: GraphNode) => {
    setFilter(NO_FILTER);
    setFocus(undefined);
    setCollapse((c) => {
      const owners = new Set(c.owners);
      owners.delete(n.id);
      if (n.parent) owners.delete(n.parent);
      // A hostname goes with its Gateway (or ListenerSet): `Hostname/<ns>/<owner>/<port>/<host>`.
      const [kind, ns, owner] = n.id.split('/');
      if (kind === 'Hostname')
        for (const o of c.owners) if (o.endsWith(`/${ns}/${owner}`)) owners.delete(o);
      const namespaces = new Set(c.namespaces);
      namespaces.delete(n.namespace);
      return { namespaces, owners };
    });
  }, []);

  return {
    filter,
    setFilter,
    focus,
    setFocus,
    collapse,
    view,
    key,
    seed,
    toggleNamespace,
    toggleOwner,
    toggleFocus,
    collapseAll,
    expandAll,
    showNode,
  };
}
