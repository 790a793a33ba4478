import { useStore } from '../store/store';
import { workspace } from '../store/workspace';
import { HostsTable } from './hosts-table';
import { SniLookup } from './sni-lookup';
import './hosts.css';

/** The Hosts tab: the hostname lookup above the serving map. */
export function HostsTab() {
  const serving = useStore(workspace, (s) => s.result?.serving);
  if (!serving) return <p className="pn-empty">Resolving the workspace…</p>;
  return (
    <>
      {serving.gateways.length > 0 && <SniLookup serving={serving} />}
      <HostsTable serving={serving} />
    </>
  );
}
