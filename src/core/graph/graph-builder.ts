/**
 * The graph being put together: nodes and edges by id (the first drawing of an id wins, except
 * a unit's own object, which replaces a placeholder), and the steps that draw them. A unit's
 * steps are kept (see graph-cache.ts) and taken again while the unit is unchanged.
 */
import type { KubeObject } from '../model/object';
import { countText } from '../model/count-text';
import { objectKey } from '../model/object';
import type { Secret } from '../model/gateway-api';
import type { SourceRange } from '../model/source';
import type { Refusal, ResolveContext } from '../resolve/context';
import { expiryState } from '../x509';
import { humanInstant } from '../time/human-instant';
import type { DrawStep, GraphCache, RangeSpec } from './graph-cache';
import { nodeBody, withRange } from './graph-cache';
import { edgeId } from './element-ids';
import { OK, worst } from './node-state';
import type { EdgeType, Graph, GraphEdge, GraphNode, NodeState, NodeType } from './types';

/** An object of the workspace (last definition of each key), with whether it was refused. */
export interface GraphObject {
  readonly object: KubeObject;
  readonly rejected: boolean;
}

export interface BuilderInput {
  readonly ctx: ResolveContext;
  /** Every object of the workspace (last definition of each key), with whether it was refused. */
  readonly objects: readonly GraphObject[];
  /** Why the API server would refuse the refused ones, by key. */
  readonly refused: ReadonlyMap<string, Refusal>;
  /** Source range of a field of an object; `key` names the question, to remember the answer. */
  readonly rangeOf: (at: RangeSpec, key: object) => SourceRange | undefined;
  /**
   * Per element id: the states of the findings that concern it, worst first (see
   * finding-elements.ts). Each element shows the worst of its own state and these.
   */
  readonly concerns: ReadonlyMap<string, readonly NodeState[]>;
}

function nodeLabel(type: string, ns: string, name: string): string {
  return ns ? `${type} ${ns}/${name}` : `${type} ${name}`;
}

export class GraphBuilder {
  readonly nodes = new Map<string, GraphNode>();
  private readonly edges = new Map<string, GraphEdge>();
  private readonly byKey: Map<string, GraphObject>;
  private recording?: DrawStep[];

  constructor(
    private readonly input: BuilderInput,
    private readonly cache: GraphCache,
  ) {
    this.byKey = new Map(input.objects.map((o) => [o.object.key, o]));
  }

  /** Draws a resolution unit: again from its kept steps, or anew (keeping the steps). */
  unit(key: object, draw: () => void): void {
    const steps = this.cache.units.get(key);
    if (steps) {
      for (const s of steps) this.take(s);
      return;
    }
    this.recording = [];
    draw();
    this.cache.units.set(key, this.recording);
    this.recording = undefined;
  }

  /** Takes one step of the unit being drawn. */
  step(s: DrawStep): void {
    this.recording?.push(s);
    this.take(s);
  }

  private take(s: DrawStep): void {
    switch (s.t) {
      case 'node': {
        if (!s.replace && this.nodes.has(s.node.id)) return;
        const range = s.at && this.input.rangeOf(s.at, s.at);
        this.nodes.set(s.node.id, withRange(s, s.node, range));
        return;
      }
      case 'listener': {
        if (this.nodes.has(s.node.id)) return;
        const range = this.input.rangeOf(s.at, s.at);
        const count = s.listener.attachedRoutes;
        if (s.counted?.count !== count)
          s.counted = {
            count,
            body: { ...s.node, details: [...s.node.details, countText(count, 'route')] },
          };
        this.nodes.set(s.node.id, withRange(s.counted, s.counted.body, range));
        return;
      }
      case 'attached': {
        // Attachments are found anew for each analysis; their edges are kept by id and label.
        const before = s.drawn;
        s.drawn = new Map();
        for (const a of s.listener.attachments) {
          const target = a.route.object.key;
          const label = a.hostnames.map((h) => h ?? '*').join(', ');
          const id = edgeId('attaches', s.id, target);
          const was = before?.get(id);
          const edge =
            was?.label === label
              ? was
              : makeEdge(id, 'attaches', s.id, target, OK, undefined, label);
          s.drawn.set(id, edge);
          this.add(edge);
        }
        return;
      }
      case 'ref':
        this.ref(s.kind, s.namespace, s.name);
        return;
      case 'grant': {
        const key = s.grant.key;
        if (!this.nodes.has(key)) {
          const drawing = this.cache.objectNode(s.grant, 'grant', () =>
            this.objectNode(s.grant, OK, s.details),
          );
          this.nodes.set(key, withRange(drawing, drawing.node, this.objectRange(s.grant)));
        }
        s.drawn ??= makeEdge(edgeId('grant', key, s.target), 'grant', key, s.target, OK);
        this.add(s.drawn);
        return;
      }
      case 'parent-edge': {
        const source = s.sources.find((id) => this.nodes.has(id));
        if (!source) return;
        if (s.drawn?.source !== source)
          s.drawn = { ...s.edge, id: edgeId(s.edge.type, source, s.edge.target), source };
        this.add(s.drawn);
        return;
      }
      case 'edge':
        this.add(s.edge);
        return;
    }
  }

  /** A node of an object, without its range (`rangeOf` adds it). */
  objectNode(o: KubeObject, state: NodeState, details: readonly string[]): GraphNode {
    const type = (o.kind === 'XListenerSet' ? 'ListenerSet' : o.kind) as NodeType;
    return {
      id: o.key,
      type,
      namespace: o.meta.namespace,
      name: o.meta.name,
      label: nodeLabel(type, o.meta.namespace, o.meta.name),
      details,
      state,
    };
  }

  /** The node of a referenced object: the object if present, else a placeholder marked missing. */
  private ref(kind: 'Secret' | 'Service' | 'ConfigMap', namespace: string, name: string): void {
    const id = objectKey(kind, namespace, name);
    if (this.nodes.has(id)) return;
    const present = this.byKey.get(id);
    if (present) this.present(present);
    else
      this.nodes.set(
        id,
        this.cache.placeholder(id, () => ({
          id,
          type: kind,
          namespace,
          name,
          label: nodeLabel(kind, namespace, name),
          details: ['not in the workspace'],
          state: {
            level: 'error',
            reason: 'NotFound',
            message: `${kind} ${namespace}/${name} is not in the workspace.`,
          },
          missing: true,
        })),
      );
  }

  /** The node of the object `key` of the workspace, drawn for itself (unless drawn already). */
  presentKey(key: string): void {
    const entry = this.byKey.get(key);
    if (entry && !this.nodes.has(key)) this.present(entry);
  }

  /** An object of the workspace drawn for itself: refused, a Secret with its certificate, or plain. */
  present(entry: GraphObject): void {
    const o = entry.object;
    const refusal = entry.rejected ? this.input.refused.get(o.key) : undefined;
    const why = entry.rejected
      ? `refused\u0000${refusal?.code}\u0000${refusal?.message}`
      : 'present';
    const drawing = this.cache.objectNode(o, why, () => {
      if (entry.rejected)
        return this.objectNode(o, refusedState(refusal), ['refused by the API server']);
      const { ctx } = this.input;
      const secret = o.kind === 'Secret' ? ctx.secret(o.meta.namespace, o.meta.name) : undefined;
      return this.objectNode(o, secretState(secret, ctx), secretDetails(secret, ctx));
    });
    this.nodes.set(o.key, withRange(drawing, drawing.node, this.objectRange(o)));
  }

  objectRange(o: KubeObject): SourceRange | undefined {
    return this.input.rangeOf({ object: o, path: [] }, o);
  }

  private add(edge: GraphEdge): void {
    if (this.edges.has(edge.id)) return;
    this.edges.set(edge.id, edge);
  }

  /**
   * The graph: every element with the findings about it (a Secret with what the listeners using
   * it found wrong with its content), hostnames with how they are served, in the order drawn.
   */
  finish(): Graph {
    for (const [id, states] of this.concerned()) {
      const n = this.nodes.get(id);
      if (n) {
        const body = nodeBody(n);
        let hit = this.cache.nodeFindings.get(body);
        if (!hit || !sameList(hit.states, states)) {
          hit = { states, body: withState(body, states) };
          this.cache.nodeFindings.set(body, hit);
        }
        this.nodes.set(id, withRange(hit, hit.body, n.range));
        continue;
      }
      const e = this.edges.get(id);
      if (!e) continue;
      let hit = this.cache.edgeFindings.get(e);
      if (!hit || !sameList(hit.states, states)) {
        hit = { states, edge: withState(e, states) };
        this.cache.edgeFindings.set(e, hit);
      }
      this.edges.set(id, hit.edge);
    }
    // A hostname shows the worst of how it is served (its serves edges).
    const served = new Map<string, NodeState[]>();
    for (const e of this.edges.values())
      if (e.type === 'serves' && e.state.level !== 'ok') {
        const list = served.get(e.source);
        if (list) list.push(e.state);
        else served.set(e.source, [e.state]);
      }
    for (const [id, states] of served) {
      const n = this.nodes.get(id);
      if (!n) continue;
      const body = nodeBody(n);
      let hit = this.cache.served.get(body);
      if (!hit || !sameList(hit.states, states)) {
        hit = { states, body: withState(body, states) };
        this.cache.served.set(body, hit);
      }
      this.nodes.set(id, withRange(hit, hit.body, n.range));
    }
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
  }

  /**
   * The findings by element, where a listener that is not drawn (one of a ListenerSet its
   * Gateway does not accept) hands its findings to its owner.
   */
  private concerned(): ReadonlyMap<string, readonly NodeState[]> {
    const { concerns } = this.input;
    let moved: Map<string, NodeState[]> | undefined;
    for (const [id, states] of concerns) {
      const hash = id.indexOf('#');
      if (hash < 0 || this.nodes.has(id) || this.edges.has(id)) continue;
      const owner = id.slice(0, hash);
      moved ??= new Map();
      moved.set(owner, [...(moved.get(owner) ?? concerns.get(owner) ?? []), ...states]);
    }
    if (!moved) return concerns;
    const out = new Map(concerns);
    for (const [id, states] of moved) out.set(id, states);
    return out;
  }
}

/** An element with the worst of its own state and its findings' (its own first among equals). */
function withState<T extends { readonly state: NodeState }>(
  element: T,
  states: readonly NodeState[],
): T {
  const own = element.state;
  const state = worst([own, ...states]);
  return state === own ? element : { ...element, state };
}

export function makeEdge(
  id: string,
  type: EdgeType,
  source: string,
  target: string,
  state: NodeState,
  grant?: string | null,
  label?: string,
): GraphEdge {
  const edge: { -readonly [K in keyof GraphEdge]: GraphEdge[K] } = {
    id,
    type,
    source,
    target,
    state,
  };
  if (grant !== undefined) edge.grant = grant;
  if (label !== undefined) edge.label = label;
  return edge;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A refused object: in error, with the code and message of why. */
function refusedState(refusal: Refusal | undefined): NodeState {
  return {
    level: 'error',
    reason: refusal?.code ?? 'Refused',
    message: `The API server would refuse this object: ${refusal?.message ?? 'validation failed'}`,
  };
}

function secretState(secret: Secret | undefined, ctx: ResolveContext): NodeState {
  const crt = secret?.data['tls.crt'];
  const leaf = crt ? ctx.options.certificates.chain(crt).certificates[0] : undefined;
  if (!leaf) return OK;
  const exp = expiryState(leaf, ctx.options.now);
  if (exp === 'expired' || exp === 'not-yet-valid')
    return {
      level: 'error',
      reason: exp === 'expired' ? 'Expired' : 'NotYetValid',
      message: `The certificate is ${exp === 'expired' ? 'expired since' : 'valid only from'} ${humanInstant(exp === 'expired' ? leaf.notAfter : leaf.notBefore)}.`,
    };
  if (exp === 'expiring')
    return {
      level: 'warning',
      reason: 'Expiring',
      message: `The certificate expires on ${humanInstant(leaf.notAfter)}.`,
    };
  return OK;
}

function secretDetails(secret: Secret | undefined, ctx: ResolveContext): string[] {
  if (!secret) return [];
  const crt = secret.data['tls.crt'];
  if (!crt) return [`type ${secret.secretType}`];
  const leaf = ctx.options.certificates.chain(crt).certificates[0];
  if (!leaf) return ['tls.crt unreadable'];
  const names = leaf.dnsNames.length
    ? leaf.dnsNames.slice(0, 3).join(', ') +
      (leaf.dnsNames.length > 3 ? ` +${leaf.dnsNames.length - 3}` : '')
    : (leaf.commonName ?? leaf.subject);
  const exp = expiryState(leaf, ctx.options.now);
  return [
    names,
    `${exp === 'valid' ? 'expires' : exp} ${leaf.notAfter.slice(0, 10)}`,
    `${leaf.keyAlgorithm}${leaf.keySize ? ` ${leaf.keySize}` : ''}`,
  ];
}
