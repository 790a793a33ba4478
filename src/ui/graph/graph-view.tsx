/** Placeholder: the React Flow graph lands here. */
export function GraphView() {
  return <div className="loading">Graph</div>;
}
