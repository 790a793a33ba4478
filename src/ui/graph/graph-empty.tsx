import type { Graph } from '../../core';

/** What the canvas says when there is nothing to draw, and why. */
export function GraphEmpty({
  graph,
  shown,
  onClear,
}: {
  graph?: Graph;
  shown: number;
  onClear: () => void;
}) {
  if (!graph) return <p className="gt-empty">Analysing the workspace…</p>;
  if (graph.nodes.length === 0)
    return (
      <p className="gt-empty">
        No Gateway API objects yet: import YAML, paste it into the editor, or open a sample.
      </p>
    );
  if (shown > 0) return null;
  return (
    <div className="gt-empty">
      <p>Nothing matches the filters.</p>
      <button type="button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  );
}
