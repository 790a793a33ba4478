/** Words for edges: the label drawn on them and their accessible name. */
import type { EdgeType, GraphEdge } from '../../core';
import { stateWords } from './nodes/state-text';

const typeText: Record<EdgeType, string> = {
  serves: 'serves',
  certificate: 'uses certificate',
  'client-ca': 'validates clients with',
  attaches: 'routes to',
  parent: 'attaches to',
  backend: 'sends to',
  policy: 'is secured by',
  ca: 'trusts CA',
  grant: 'permits references to',
};

/** "via ReferenceGrant ns/name" or "no ReferenceGrant" for a reference across namespaces. */
export function grantText(grant: string | null | undefined): string | undefined {
  if (grant === undefined) return undefined;
  if (grant === null) return 'no ReferenceGrant';
  const [, ns, name] = grant.split('/');
  return `via ReferenceGrant ${ns}/${name}`;
}

/**
 * The lines drawn on an edge. OK edges carry only facts worth reading (a backend port, the
 * ReferenceGrant that permits them); edges with a problem always say what it is.
 */
export function edgeLabelLines(e: GraphEdge): string[] {
  const lines: string[] = [];
  if (e.state.level !== 'ok')
    lines.push(e.state.reason ?? (e.state.level === 'error' ? 'Error' : 'Warning'));
  const grant = grantText(e.grant);
  if (grant) lines.push(grant);
  if (e.label && (e.type === 'backend' || e.type === 'policy' || e.state.level !== 'ok'))
    lines.push(e.label);
  return lines;
}

/**
 * An edge's accessible name, from the labels of its ends, ending with its state like nodes':
 * `Listener shop uses certificate Secret infra/cert, no ReferenceGrant. Error: RefNotPermitted`.
 */
export function edgeAriaLabel(e: GraphEdge, source: string, target: string): string {
  const grant = grantText(e.grant);
  return `${source} ${typeText[e.type]} ${target}${grant ? `, ${grant}` : ''}. ${stateWords(e.state)}`;
}
