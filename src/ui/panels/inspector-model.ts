import type {
  Diagnostic,
  Graph,
  GraphEdge,
  GraphNode,
  SecretCertificate,
  ServingMap,
  SourceFile,
  SourceRange,
  StatusItem,
} from '../../core';
import { nodeIndex } from '../graph/node-index';
import { badge, severityBadge, stateBadge } from './badges';
import type { Badge } from './badges';
import { toCertificateView } from './inspector-certificate';
import type { CertificateView } from './inspector-certificate';
import { toConditionGroups } from './inspector-status';
import type { ConditionGroup } from './inspector-status';
import { locationOf } from './to-problem-list';
import { listenerId } from './to-host-rows';
import { sourceExcerpt, yamlExcerpt } from './yaml-excerpt';
import type { YamlExcerpt } from './yaml-excerpt';

/** What the Inspector reads from a workspace result. */
export interface InspectorInput {
  readonly graph: Graph;
  readonly status: readonly StatusItem[];
  readonly diagnostics: readonly Diagnostic[];
  readonly certificates: readonly SecretCertificate[];
  readonly serving: ServingMap;
  /** The node `focusSource` is the text of (from the start of its first line), if any. */
  readonly focus?: string;
  readonly focusSource?: string;
}

export interface NodeRef {
  readonly id: string;
  /** The graph node's accessible name, `<Kind> <namespace>/<name>`. */
  readonly label: string;
  /** The label split in two, so links are named by `text` and never repeat a node's name. */
  readonly kind: string;
  readonly text: string;
  readonly state: Badge;
}

export interface EdgeLink {
  readonly id: string;
  /** The relation in words, from the inspected node's side: `certificate`, `attached to`… */
  readonly relation: string;
  readonly other: NodeRef;
  readonly state: Badge;
  readonly message?: string;
  readonly label?: string;
  /** Cross-namespace references: the ReferenceGrant that permits it, or why none does. */
  readonly grant?: { readonly id?: string; readonly text: string; readonly badge: Badge };
}

export interface InspectorModel {
  readonly id: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly label: string;
  readonly missing: boolean;
  readonly state: Badge;
  readonly stateMessage?: string;
  readonly owner?: NodeRef;
  readonly children: readonly NodeRef[];
  readonly facts: readonly { readonly label: string; readonly value: string }[];
  readonly yaml?: YamlExcerpt;
  readonly conditions: readonly ConditionGroup[];
  readonly certificate?: CertificateView;
  readonly diagnostics: readonly {
    readonly diagnostic: Diagnostic;
    readonly severity: Badge;
    readonly location: string;
  }[];
  readonly incoming: readonly EdgeLink[];
  readonly outgoing: readonly EdgeLink[];
}

const relations: Record<GraphEdge['type'], { readonly out: string; readonly in: string }> = {
  serves: { out: 'answered by', in: 'hostname' },
  certificate: { out: 'certificate', in: 'used by' },
  'client-ca': { out: 'client CA', in: 'client CA for' },
  attaches: { out: 'route', in: 'attached to' },
  parent: { out: 'attached to', in: 'ListenerSet' },
  backend: { out: 'backend', in: 'backend of' },
  policy: { out: 'upstream TLS', in: 'applies to' },
  ca: { out: 'CA bundle', in: 'CA bundle for' },
  grant: { out: 'permits use of', in: 'shared by' },
};

function contains(outer: SourceRange, inner: SourceRange): boolean {
  return outer.file === inner.file && outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Whether the Inspector of `node` lists a finding: one about the node (its state counts it) or
 * about one of its listeners. A finding that concerns no element (text that holds no object)
 * is listed where its text is.
 */
function concerns(d: Diagnostic, node: GraphNode, nodes: ReadonlyMap<string, GraphNode>): boolean {
  if (d.elements)
    return d.elements.some((id) => id === node.id || nodes.get(id)?.parent === node.id);
  return d.object === node.id || (!!node.range && !!d.range && contains(node.range, d.range));
}

/** Everything the Inspector shows about one graph node; undefined when it is not in the graph. */
export function toInspector(
  nodeId: string,
  result: InspectorInput,
  files: readonly SourceFile[],
  now: Date,
): InspectorModel | undefined {
  const nodes = nodeIndex(result.graph);
  const node = nodes.get(nodeId);
  if (!node) return undefined;
  const ref = (id: string): NodeRef => {
    const n = nodes.get(id);
    const label = n?.label ?? id;
    const space = label.indexOf(' ');
    return {
      id,
      label,
      kind: space > 0 ? label.slice(0, space) : '',
      text: space > 0 ? label.slice(space + 1) : label,
      state: n ? stateBadge(n.state) : badge('error', 'not found'),
    };
  };
  const edge = (e: GraphEdge, outgoing: boolean): EdgeLink => ({
    id: e.id,
    relation: outgoing ? relations[e.type].out : relations[e.type].in,
    other: ref(outgoing ? e.target : e.source),
    state: stateBadge(e.state),
    message: e.state.message,
    label: e.label,
    grant:
      e.grant === undefined
        ? undefined
        : e.grant === null
          ? {
              text: 'no ReferenceGrant permits this cross-namespace reference',
              badge: badge('error', 'not permitted'),
            }
          : {
              id: e.grant,
              text: ref(e.grant).text,
              badge: badge('ok', 'permitted by ReferenceGrant'),
            },
  });
  const status = toConditionGroups(result.status, node.id);
  const secret = result.certificates.find((c) => c.secret === node.id);
  return {
    id: node.id,
    kind: node.type,
    namespace: node.namespace,
    name: node.name,
    label: node.label,
    missing: !!node.missing,
    state: stateBadge(node.state),
    stateMessage: node.state.message,
    owner: node.parent ? ref(node.parent) : undefined,
    children: result.graph.nodes.filter((n) => n.parent === node.id).map((n) => ref(n.id)),
    facts: [...factsOf(node, result.serving), ...status.facts],
    // A Secret's YAML holds its private key: the certificate facts say what matters.
    yaml:
      node.range && node.type !== 'Secret'
        ? // The worker sends the focused node's text (the page need not read megabytes for it).
          result.focus === node.id && result.focusSource !== undefined
          ? sourceExcerpt(result.focusSource, node.range)
          : yamlExcerpt(files, node.range)
        : undefined,
    conditions: status.groups,
    certificate: secret ? toCertificateView(secret, now) : undefined,
    diagnostics: result.diagnostics
      .filter((d) => concerns(d, node, nodes))
      .map((d) => ({
        diagnostic: d,
        severity: severityBadge[d.severity],
        location: locationOf(d.range),
      })),
    incoming: result.graph.edges.filter((e) => e.target === node.id).map((e) => edge(e, false)),
    outgoing: result.graph.edges.filter((e) => e.source === node.id).map((e) => edge(e, true)),
  };
}

/** Short facts: the node's own summary, and for listeners what the serving map knows. */
function factsOf(node: GraphNode, serving: ServingMap): { label: string; value: string }[] {
  const facts =
    node.details.length > 0 ? [{ label: 'Summary', value: node.details.join(' · ') }] : [];
  if (node.type !== 'Listener') return facts;
  for (const g of serving.gateways)
    for (const p of g.ports)
      for (const h of p.hosts) {
        const l = h.listener;
        if (listenerId(l.owner, l.name) !== node.id) continue;
        facts.push({ label: 'Port', value: String(p.port) });
        facts.push({ label: 'Protocol', value: l.protocol });
        facts.push({
          label: 'Hostname',
          value: h.hostname === '*' ? 'any (none set)' : h.hostname,
        });
        if (l.tlsMode) facts.push({ label: 'TLS mode', value: l.tlsMode });
        if (h.certificates.length > 0)
          facts.push({
            label: 'Certificates',
            value: h.certificates.map((c) => `${c.namespace}/${c.name}`).join(', '),
          });
        if (l.clientValidation)
          facts.push({
            label: 'Client validation',
            value: `${l.clientValidation.mode}${l.clientValidation.caConfigMaps.length ? ` · CA ${l.clientValidation.caConfigMaps.join(', ')}` : ''}`,
          });
        return facts;
      }
  return facts;
}
