/** Placeholder: Hosts, Problems and Inspector tabs land here. */
export function SidePanel() {
  return <div className="loading">Details</div>;
}
