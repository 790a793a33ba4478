import type { Diagnostic } from '../model/diagnostic';
import { compareDiagnostics } from '../model/diagnostic';
import type { Finding } from '../model/finding';
import type { KubeObject } from '../model/object';
import type { SourceFile, SourceRange } from '../model/source';
import { STATUS_KINDS } from '../model/status';
import type { StatusItem } from '../model/status';
import { DocumentCache, fileRange, locateInFile, parseFile } from '../parse/parse-file';
import type { TextChange } from '../parse/parse-file';
import type { FileDocument, ParsedFile } from '../parse/parse-file';
import { ResolveContext } from '../resolve/context';
import type { Refusal } from '../resolve/context';
import { UnitCache } from '../resolve/unit-cache';
import type { BackendTLSPolicy, Gateway, Route } from '../model/gateway-api';
import { resolveGateways } from '../resolve/gateways';
import { reportListeners } from '../resolve/listener-findings';
import { resolvePolicies } from '../resolve/backend-tls';
import { ReachIndex } from '../resolve/reach-index';
import { changedDocumentKeys, parentKeys } from './changed-keys';
import type {
  ResolvedGateway,
  ResolvedListener,
  ResolvedListenerSet,
  ResolvedPolicy,
  ResolvedRoute,
} from '../resolve/resolved';
import { indexParents, resolveRoutes } from '../resolve/routes';
import { GraphCache } from '../graph/graph-cache';
import { toGraph } from '../graph/to-graph';
import type { Graph, NodeState } from '../graph/types';
import { findingElements } from '../graph/finding-elements';
import type { ElementLookup } from '../graph/finding-elements';
import { lookupSni } from '../serve/sni';
import { buildServingMap } from '../serve/serving-map';
import { ServingCache } from '../serve/serving-map';
import type { ServingMap, SniAnswer } from '../serve/types';
import {
  gatewayStatus,
  listenerSetStatus,
  policyStatus,
  routeStatus,
} from '../status/build-status';
import { CertificateCache } from '../x509';
import { reportCertificates } from './certificate-findings';
import { CertificateFactsCache, secretCertificates } from './certificate-facts';
import type { SecretCertificate } from './certificate-facts';
import { ObjectCollector } from './collect-objects';
import { KeptOrder } from './kept-order';
import { DocumentObjectsCache } from './document-objects';

export interface AnalyzeOptions {
  /** Namespace for namespaced objects that name none (default `default`). */
  readonly defaultNamespace?: string;
  /**
   * The instant certificate validity is judged at. The core never reads a clock: each host
   * passes it from its one clock module (the page, the CLI), and tests pass a fixed instant.
   */
  readonly now: Date;
  /**
   * Where each edited file changed since the previous analysis, when the host knows (an editor
   * does): spares comparing megabytes of text to find it. Absent files are compared.
   */
  readonly changes?: Readonly<Record<string, TextChange>>;
  /**
   * While a document does not parse, resolve with its last good version (an editor: the graph
   * keeps its objects while someone types). Its syntax errors are reported all the same.
   */
  readonly keepLastGood?: boolean;
}

function newUnits() {
  return {
    gateways: new UnitCache<Gateway, ResolvedGateway>(),
    routes: new UnitCache<Route, ResolvedRoute>(),
    policies: new UnitCache<BackendTLSPolicy, ResolvedPolicy>(),
    listenerFindings: new UnitCache<ResolvedGateway, true>(),
  };
}

/** An object of the input, as the UI and CLI list it. */
export interface ObjectInfo {
  readonly key: string;
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly range: SourceRange;
  /** The API server would refuse it; it takes no part in resolution. */
  readonly rejected: boolean;
}

/** Everything the core computes for a workspace. */
export interface Analysis {
  /** Milliseconds spent in each phase (parse, objects, resolve, serving, status, diagnostics). */
  readonly timings: Readonly<Record<string, number>>;
  readonly files: readonly ParsedFile[];
  readonly objects: readonly ObjectInfo[];
  readonly status: readonly StatusItem[];
  readonly diagnostics: readonly Diagnostic[];
  readonly serving: ServingMap;
  readonly gateways: readonly ResolvedGateway[];
  readonly listenerSets: readonly ResolvedListenerSet[];
  readonly routes: readonly ResolvedRoute[];
  readonly policies: readonly ResolvedPolicy[];
  /** SNI lookup; undefined when the Gateway is not in the workspace. */
  sni(
    gateway: { namespace: string; name: string },
    port: number,
    host: string,
  ): SniAnswer | undefined;
  /** Certificate facts of every Secret holding a certificate (computed on first use). */
  certificates(): readonly SecretCertificate[];
  /** The workspace as nodes and edges (computed on first use). */
  graph(): Graph;
  /** Source range of a field of an object. */
  locate(object: KubeObject, path: readonly (string | number)[]): SourceRange | undefined;
}

/**
 * Analyses workspaces, remembering parsed documents, validated objects and certificates
 * between calls, so that after an edit only the changed documents are parsed and read again.
 */
export class Analyzer {
  private readonly documents = new DocumentCache();
  private readonly objects = new ObjectCollector(new DocumentObjectsCache());
  private readonly certificates = new CertificateCache();
  private files = new Map<string, ParsedFile>();
  private units = newUnits();
  private reach = new ReachIndex();
  private readonly statusOf = new WeakMap<object, StatusItem>();
  /** What the last analysis resolved, to tell what changed since. */
  private previous = {
    duplicates: false,
    parents: new Map<string, unknown>() as ReadonlyMap<string, unknown>,
  };
  private readonly statusOrder = new KeptOrder();
  private readonly countedStatusOf = new WeakMap<object, { counts: number[]; item: StatusItem }>();
  private readonly serving = new ServingCache();
  private readonly certificateFindings = new WeakMap<
    ResolvedGateway,
    { readonly inputs: readonly unknown[]; readonly findings: readonly Finding[] }
  >();
  private readonly diagnosticOf = new WeakMap<
    Finding,
    { doc: FileDocument | undefined; elements: readonly string[]; value: Diagnostic }
  >();
  /** The graph elements each finding concerns, and the state it gives them. */
  private readonly elementsOf = new WeakMap<Finding, readonly string[]>();
  private readonly findingStateOf = new WeakMap<Finding, NodeState>();
  private readonly objectInfoOf = new WeakMap<KubeObject, { doc: unknown; value: ObjectInfo }>();
  /** Graph node ranges by the question that found them (see `toGraph`'s `rangeOf`). */
  private readonly graphRangeOf = new WeakMap<
    object,
    { doc: FileDocument | undefined; value: SourceRange | undefined }
  >();
  private readonly graphCache = new GraphCache();
  private readonly certificateFacts = new CertificateFactsCache();
  /** Analyses since creation (one per call). */
  runs = 0;

  /** How many resolution units were computed and reused, since creation. */
  cacheStats(): { hits: number; misses: number } {
    const u = Object.values(this.units);
    return { hits: u.reduce((n, c) => n + c.hits, 0), misses: u.reduce((n, c) => n + c.misses, 0) };
  }

  /** Per graph element: the states the findings about it give it (info findings give none). */
  private concerns(
    lists: readonly (readonly Finding[])[],
    elementsOf: (f: Finding) => readonly string[],
  ): Map<string, NodeState[]> {
    const out = new Map<string, NodeState[]>();
    for (const list of lists)
      for (const f of list) {
        if (f.severity === 'info') continue;
        const ids = elementsOf(f);
        if (ids.length === 0) continue;
        let state = this.findingStateOf.get(f);
        if (!state) {
          state = { level: f.severity, reason: f.code, message: f.message };
          this.findingStateOf.set(f, state);
        }
        for (const id of ids) {
          const states = out.get(id);
          if (states) states.push(state);
          else out.set(id, [state]);
        }
      }
    for (const states of out.values()) if (states.length > 1) states.sort(compareStates);
    return out;
  }

  analyze(sources: readonly SourceFile[], options: AnalyzeOptions): Analysis {
    const clock = { t: performance.now() };
    const timings: Record<string, number> = {};
    const lap = (phase: string) => {
      const t = performance.now();
      timings[phase] = t - clock.t;
      clock.t = t;
    };
    const defaultNamespace = options.defaultNamespace || 'default';
    const now = options.now;
    const files: ParsedFile[] = [];
    const nextFiles = new Map<string, ParsedFile>();
    for (const source of sources) {
      const prev = this.files.get(source.path);
      // The same text object is the same file; any other text is compared once, in parseFile.
      const change =
        options.changes && Object.hasOwn(options.changes, source.path)
          ? options.changes[source.path]
          : undefined;
      const file =
        prev && prev.source === source ? prev : parseFile(source, this.documents, prev, change);
      nextFiles.set(source.path, file);
      files.push(file);
    }
    this.files = nextFiles;
    this.documents.retain(
      () => files.flatMap((f) => f.documents.map((d) => d.parsed)),
      files.reduce((n, f) => n + f.documents.length, 0),
    );
    lap('parse');

    const { findings, all, live, resources, ...collected } = this.objects.collect(
      files,
      defaultNamespace,
      options.keepLastGood,
    );
    this.runs++;
    // Objects the API server would refuse, and why (the first error that refuses each).
    const refused = new Map<string, Refusal>();
    for (const f of findings)
      if (f.rejects && f.object && !refused.has(f.object))
        refused.set(f.object, { code: f.code, message: f.message });
    if (collected.duplicates) for (const e of live) if (!e.rejected) refused.delete(e.object.key);
    lap('objects');
    const ctx = new ResolveContext(resources, { now, certificates: this.certificates, refused });
    lap('context');
    // Units are reused unless a lookup they made now answers differently: resources that
    // appeared or went, parents resolved anew, routes reaching a Service differently.
    // With duplicate objects (rare), which definition wins can change anywhere: start afresh.
    if (collected.duplicates || this.previous.duplicates) {
      this.units = newUnits();
      this.reach = new ReachIndex();
    }
    this.previous.duplicates = collected.duplicates;
    const changed = changedDocumentKeys(collected.out, collected.in);
    this.units.gateways.invalidate(changed.keys);
    const { gateways, orphanListenerSets } = resolveGateways(ctx, this.units.gateways);
    lap('gateways');
    this.previous.parents = parentKeys(
      this.previous.parents,
      gateways,
      orphanListenerSets,
      changed.keys,
    );
    this.units.routes.invalidate(changed.keys);
    const routes = resolveRoutes(
      ctx,
      indexParents(gateways, orphanListenerSets),
      this.units.routes,
    );
    lap('routes');
    this.reach.update(routes, changed.keys);
    this.units.policies.invalidate(changed.keys);
    const policies = resolvePolicies(ctx, routes, this.units.policies, this.reach);
    lap('policies');
    this.units.listenerFindings.invalidate(changed.keys);
    reportListeners(ctx, gateways, this.units.listenerFindings);
    reportCertificates(ctx, gateways, this.certificateFindings);
    lap('resolve');
    const serving = buildServingMap(ctx, gateways, routes, policies, this.serving);
    lap('serving');
    const listenerSets = [...gateways.flatMap((g) => g.listenerSets), ...orphanListenerSets];

    const computed = new Map<KubeObject, StatusItem>();
    // Gateway and ListenerSet status also depend on attachedRoutes, counted anew each time.
    const counted = <T extends object>(
      key: T,
      listeners: readonly ResolvedListener[],
      build: (k: T) => StatusItem,
    ) => {
      const counts = listeners.map((l) => l.attachedRoutes);
      const hit = this.countedStatusOf.get(key);
      if (hit && hit.counts.length === counts.length && hit.counts.every((c, i) => c === counts[i]))
        return hit.item;
      const item = build(key);
      this.countedStatusOf.set(key, { counts, item });
      return item;
    };
    for (const g of gateways)
      computed.set(g.gateway.object, counted(g, g.listeners, gatewayStatus));
    for (const s of listenerSets)
      computed.set(s.listenerSet.object, counted(s, s.listeners, listenerSetStatus));
    // Route and policy results reused from the last analysis keep their status items too.
    const cached = <T extends object>(key: T, build: (k: T) => StatusItem): StatusItem => {
      let item = this.statusOf.get(key);
      if (!item) {
        item = build(key);
        this.statusOf.set(key, item);
      }
      return item;
    };
    for (const r of routes) computed.set(r.route.object, cached(r, routeStatus));
    for (const p of policies) computed.set(p.policy.object, cached(p, policyStatus));
    const listed: StatusItem[] = [];
    for (const { object: o, hasStatus } of live) {
      if (!hasStatus) continue;
      listed.push(
        computed.get(o) ?? {
          apiVersion: o.apiVersion,
          kind: o.kind,
          metadata: { name: o.meta.name, namespace: o.meta.namespace },
          status: {},
        },
      );
    }
    // Listed by kind, namespace and name; the order is kept while the same objects are listed.
    const status = this.statusOrder.sort(listed, sortKey);
    lap('status');

    const fileByPath = new Map(files.map((f) => [f.source.path, f]));
    const rangeOf = (
      origin: Finding['origin'],
      path: readonly (string | number)[],
      part?: Finding['part'],
      offsets?: Finding['offsets'],
    ) => {
      const f = fileByPath.get(origin.file);
      const doc = f?.documents[origin.doc];
      if (!f || !doc) return undefined;
      if (offsets) return fileRange(f, doc.start + offsets.start, doc.start + offsets.end);
      return locateInFile(f, doc, [...origin.base, ...path], part);
    };
    // Ranges only change when a document moves: a finding (or object) seen in the same
    // FileDocument keeps the diagnostic (or ObjectInfo) made last time.
    const docOf = (origin: Finding['origin']) => fileByPath.get(origin.file)?.documents[origin.doc];
    // The graph elements a finding concerns (kept with the finding: the same finding is about
    // the same object). A GatewayClass's findings concern its Gateways, which change apart.
    const lookup: ElementLookup = {
      objectsOf: (f) => {
        const entries = this.objects.entriesAt(f.origin.file, f.origin.doc);
        if (f.object || !f.offsets || entries.length < 2) return entries;
        const doc = docOf(f.origin);
        if (!doc) return entries;
        const at = doc.start + f.offsets.start;
        return entries.filter((e) => {
          const r = rangeOf(e.object.origin, []);
          return r !== undefined && r.start <= at && at < r.end;
        });
      },
      gatewaysOfClass: (name) =>
        ctx.gateways.filter((g) => g.gatewayClassName === name).map((g) => g.object.key),
    };
    const elementsOf = (x: Finding): readonly string[] => {
      let ids = this.elementsOf.get(x);
      if (!ids) {
        ids = findingElements(x, lookup);
        if (!x.object?.startsWith('GatewayClass/')) this.elementsOf.set(x, ids);
      }
      return ids;
    };
    const diagnostics: Diagnostic[] = [];
    for (const list of [findings, ctx.findings])
      for (const x of list) {
        const doc = docOf(x.origin);
        const elements = elementsOf(x);
        const hit = this.diagnosticOf.get(x);
        if (hit && hit.doc === doc && hit.elements === elements) {
          diagnostics.push(hit.value);
          continue;
        }
        // Same document text, moved by an edit above it: shift the range, do not locate again.
        const moved = hit && hit.elements === elements && movedRange(hit.value.range, hit.doc, doc);
        if (hit && moved) {
          const value = { ...hit.value, range: moved };
          this.diagnosticOf.set(x, { doc, elements, value });
          diagnostics.push(value);
          continue;
        }
        const value: Diagnostic = {
          code: x.code,
          severity: x.severity,
          message: x.message,
          range: rangeOf(x.origin, x.path, x.part, x.offsets),
          ...(x.object ? { object: x.object } : {}),
          ...(elements.length ? { elements } : {}),
        };
        this.diagnosticOf.set(x, { doc, elements, value });
        diagnostics.push(value);
      }
    diagnostics.sort(compareDiagnostics);
    lap('diagnostics');

    let objects: ObjectInfo[] | undefined;
    const objectInfos = (): ObjectInfo[] =>
      (objects ??= all.map(({ object: o, rejected }) => {
        const doc = docOf(o.origin);
        const hit = this.objectInfoOf.get(o);
        if (hit && hit.doc === doc && hit.value.rejected === rejected) return hit.value;
        const value: ObjectInfo = {
          key: o.key,
          apiVersion: o.apiVersion,
          kind: o.kind,
          namespace: o.meta.namespace,
          name: o.meta.name,
          range: rangeOf(o.origin, []) as SourceRange,
          rejected,
        };
        this.objectInfoOf.set(o, { doc, value });
        return value;
      }));

    let graph: Graph | undefined;
    let certificates: SecretCertificate[] | undefined;
    return {
      timings,
      files,
      get objects() {
        return objectInfos();
      },
      status,
      diagnostics,
      serving,
      gateways,
      listenerSets,
      routes,
      policies,
      sni(ref, port, host) {
        const g = gateways.find(
          (x) =>
            x.gateway.object.meta.namespace === ref.namespace &&
            x.gateway.object.meta.name === ref.name,
        );
        return g ? lookupSni(g, port, host, now) : undefined;
      },
      locate(object, path) {
        return rangeOf(object.origin, path);
      },
      certificates: () => {
        certificates ??= secretCertificates(ctx, this.certificateFacts);
        return certificates;
      },
      graph: () => {
        graph ??= toGraph(
          {
            ctx,
            concerns: this.concerns([findings, ctx.findings], elementsOf),
            gateways,
            listenerSets,
            routes,
            policies,
            objects: live,
            refused,
            // A range is found again only when its document changed; a document moved by an
            // edit above it has its ranges shifted (the same range while it did not move).
            rangeOf: ({ object, path }, key) => {
              const doc = docOf(object.origin);
              const hit = this.graphRangeOf.get(key);
              if (hit && hit.doc === doc) return hit.value;
              const value =
                (hit && movedRange(hit.value, hit.doc, doc)) ?? rangeOf(object.origin, path);
              this.graphRangeOf.set(key, { doc, value });
              return value;
            },
          },
          this.graphCache,
        );
        return graph;
      },
    };
  }
}

const levelRank: Record<NodeState['level'], number> = { error: 0, warning: 1, ok: 2 };

/** Findings in a fixed order (worst first, then by code and message), whatever found them first. */
function compareStates(a: NodeState, b: NodeState): number {
  const r = levelRank[a.level] - levelRank[b.level];
  if (r !== 0) return r;
  const ra = a.reason ?? '';
  const rb = b.reason ?? '';
  if (ra !== rb) return ra < rb ? -1 : 1;
  const ma = a.message ?? '';
  const mb = b.message ?? '';
  return ma < mb ? -1 : ma > mb ? 1 : 0;
}

/**
 * A range found in document `before`, in `doc` when that is the same document text moved by an
 * edit above it (undefined otherwise: the range must be found again).
 */
function movedRange(
  range: SourceRange | undefined,
  before: FileDocument | undefined,
  doc: FileDocument | undefined,
): SourceRange | undefined {
  if (!range || !before || !doc || before.parsed !== doc.parsed || before.file !== doc.file)
    return undefined;
  return shiftRange(range, doc.start - before.start, doc.firstLine - before.firstLine);
}

/** A range moved by `offset` characters and `lines` lines (its document moved, unchanged). */
function shiftRange(r: SourceRange, offset: number, lines: number): SourceRange {
  // Written out (not spread): this runs for every object below an edit.
  return {
    file: r.file,
    start: r.start + offset,
    end: r.end + offset,
    line: r.line + lines,
    column: r.column,
    endLine: r.endLine + lines,
    endColumn: r.endColumn,
  };
}

const sortKeys = new WeakMap<StatusItem, string>();

/** Status items are listed by kind (in `STATUS_KINDS` order), then namespace, then name. */
function sortKey(s: StatusItem): string {
  let k = sortKeys.get(s);
  if (k === undefined) {
    k = `${String(STATUS_KINDS.indexOf(s.kind)).padStart(2, '0')}\u0000${s.metadata.namespace}\u0000${s.metadata.name}`;
    sortKeys.set(s, k);
  }
  return k;
}

/** One-shot analysis of a workspace. */
export function analyzeWorkspace(
  sources: readonly SourceFile[],
  options: AnalyzeOptions,
): Analysis {
  return new Analyzer().analyze(sources, options);
}
