/**
 * Fixture cases: each folder of `testdata/cases/` holds real YAML (`*.yaml`) and
 * `expected.json` (what must hold, and a line of prose saying what the case shows).
 * Only what `expected.json` lists is asserted: conditions by type (status and reason),
 * attachedRoutes and supportedKinds exactly, diagnostics by code and position, observedGeneration
 * when asked, SNI answers, and serving-map rows (with the hostnames each route serves there).
 * Coverage is written `coverage` or `coverage/reason` (`uncovered/no-subject-alt-name`).
 * Graph elements (nodes and edges by id) are written `ok`, `level/reason` or `not drawn`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from './index';
import type { Condition, StatusItem } from './index';

interface ExpectedListener {
  attachedRoutes?: number;
  supportedKinds?: string[];
  conditions?: Record<string, string>;
  absentConditions?: string[];
}
interface ExpectedStatus {
  conditions?: Record<string, string>;
  absentConditions?: string[];
  listeners?: Record<string, ExpectedListener>;
  listenerCount?: number;
  attachedListenerSets?: number;
  /** Route parents / policy ancestors by `namespace/name[#sectionName]`; null = no entry. */
  parents?: Record<string, Record<string, string> | null>;
  ancestors?: Record<string, Record<string, string> | null>;
  empty?: boolean;
  /** Every condition (object, listeners, parents, ancestors) carries this observedGeneration. */
  observedGeneration?: number;
}
interface ExpectedDiagnostic {
  code: string;
  file?: string;
  line?: number;
  column?: number;
  severity?: string;
  /** Words the message holds. */
  says?: string;
  /** Graph element ids the finding concerns (exactly). */
  elements?: string[];
}
interface Expected {
  description: string;
  now?: string;
  namespace?: string;
  status?: Record<string, ExpectedStatus>;
  diagnostics?: ExpectedDiagnostic[];
  /** Error codes allowed besides those listed in `diagnostics` (default: none). */
  allowOtherErrors?: boolean;
  absentDiagnostics?: string[];
  sni?: {
    gateway: string;
    port: number;
    host: string;
    listener: string | null;
    certificates?: string[];
    /** Each presented certificate's coverage of `host`. */
    coverage?: string[];
    /** Whether the answer works for a client: `ok` or `level/reason`. */
    state?: string;
  }[];
  /** Graph elements by id: `ok`, `level/reason`, or `not drawn`. */
  graph?: Record<string, string>;
  /** Serving map rows; `routes` lists the hostnames each route serves there (null = not served). */
  hosts?: {
    gateway: string;
    port: number;
    hostname: string;
    listener: string;
    coverage?: string[];
    /** Coverage of each route hostname, by `namespace/name` of the route. */
    routeCoverage?: Record<string, string[]>;
    routes?: Record<string, string[] | null>;
  }[];
}

const casesDir = join(import.meta.dirname, 'testdata', 'cases');

function condText(c: Condition): string {
  return `${c.status}/${c.reason}`;
}

function checkConditions(
  label: string,
  actual: readonly Condition[],
  want: Record<string, string> | undefined,
  absent?: string[],
) {
  for (const [type, value] of Object.entries(want ?? {})) {
    const c = actual.find((x) => x.type === type);
    expect(c ? condText(c) : 'missing', `${label} ${type}`).toBe(value);
  }
  for (const type of absent ?? [])
    expect(
      actual.find((x) => x.type === type),
      `${label} ${type} absent`,
    ).toBeUndefined();
}

function coverageText(c: { coverage?: string; coverageReason?: string }): string {
  return c.coverageReason ? `${c.coverage ?? '-'}/${c.coverageReason}` : (c.coverage ?? '-');
}

function statusKey(s: StatusItem): string {
  return `${s.kind}/${s.metadata.namespace}/${s.metadata.name}`;
}

for (const name of readdirSync(casesDir).sort()) {
  const dir = join(casesDir, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));

  describe(`fixture ${name}: ${expected.description}`, () => {
    const analysis = analyzeWorkspace(files, {
      now: new Date(expected.now ?? '2027-06-01T00:00:00Z'),
      defaultNamespace: expected.namespace,
    });
    const byKey = new Map(analysis.status.map((s) => [statusKey(s), s]));

    for (const [key, want] of Object.entries(expected.status ?? {})) {
      it(`status of ${key}`, () => {
        const item = byKey.get(key);
        expect(item, `${key} in status output`).toBeDefined();
        const st = (item as StatusItem).status as Record<string, unknown>;
        if (want.empty) expect(st).toEqual({});
        checkConditions(
          key,
          (st.conditions ?? []) as Condition[],
          want.conditions,
          want.absentConditions,
        );
        if (want.observedGeneration !== undefined) {
          const nested = ['listeners', 'parents', 'ancestors'].flatMap(
            (f) => (st[f] ?? []) as { conditions: Condition[] }[],
          );
          const all = [
            ...((st.conditions ?? []) as Condition[]),
            ...nested.flatMap((n) => n.conditions),
          ];
          expect(all.length, `${key} has conditions`).toBeGreaterThan(0);
          for (const c of all)
            expect(c.observedGeneration, `${key} ${c.type} observedGeneration`).toBe(
              want.observedGeneration,
            );
        }
        if (want.attachedListenerSets !== undefined)
          expect(st.attachedListenerSets).toBe(want.attachedListenerSets);
        const listeners = (st.listeners ?? []) as {
          name: string;
          attachedRoutes: number;
          supportedKinds: { kind: string }[];
          conditions: Condition[];
        }[];
        if (want.listenerCount !== undefined) expect(listeners.length).toBe(want.listenerCount);
        for (const [ln, wl] of Object.entries(want.listeners ?? {})) {
          const l = listeners.find((x) => x.name === ln);
          expect(l, `listener ${ln}`).toBeDefined();
          if (!l) continue;
          if (wl.attachedRoutes !== undefined)
            expect(l.attachedRoutes, `listener ${ln} attachedRoutes`).toBe(wl.attachedRoutes);
          if (wl.supportedKinds)
            expect(
              l.supportedKinds.map((k) => k.kind).sort(),
              `listener ${ln} supportedKinds`,
            ).toEqual([...wl.supportedKinds].sort());
          checkConditions(`listener ${ln}`, l.conditions, wl.conditions, wl.absentConditions);
        }
        for (const [field, entries] of [
          ['parents', want.parents],
          ['ancestors', want.ancestors],
        ] as const) {
          const list = (st[field] ?? []) as {
            parentRef?: Record<string, unknown>;
            ancestorRef?: Record<string, unknown>;
            conditions: Condition[];
          }[];
          for (const [ref, conds] of Object.entries(entries ?? {})) {
            const [nsName, section] = ref.split('#');
            const entry = list.find((p) => {
              const r = (p.parentRef ?? p.ancestorRef) as Record<string, unknown>;
              const ns =
                (r.namespace as string | undefined) ?? (item as StatusItem).metadata.namespace;
              return (
                `${ns}/${r.name as string}` === nsName &&
                (section === undefined || r.sectionName === section)
              );
            });
            if (conds === null) expect(entry, `${field} ${ref} absent`).toBeUndefined();
            else {
              expect(entry, `${field} ${ref}`).toBeDefined();
              if (entry) checkConditions(`${field} ${ref}`, entry.conditions, conds);
            }
          }
        }
      });
    }

    if (expected.diagnostics || !expected.allowOtherErrors) {
      it('diagnostics', () => {
        const actual = analysis.diagnostics;
        for (const d of expected.diagnostics ?? []) {
          const hit = actual.find(
            (a) =>
              a.code === d.code &&
              (d.file === undefined || a.range?.file === d.file) &&
              (d.line === undefined || a.range?.line === d.line) &&
              (d.column === undefined || a.range?.column === d.column) &&
              (d.severity === undefined || a.severity === d.severity) &&
              (d.says === undefined || a.message.includes(d.says)) &&
              (d.elements === undefined ||
                JSON.stringify(a.elements ?? []) === JSON.stringify(d.elements)),
          );
          expect(
            hit,
            `diagnostic ${JSON.stringify(d)} among ${JSON.stringify(actual.map((a) => `${a.code}@${a.range?.line}:${a.range?.column}`))}`,
          ).toBeDefined();
        }
        if (!expected.allowOtherErrors) {
          const wanted = new Set((expected.diagnostics ?? []).map((d) => d.code));
          const unexpected = actual.filter((a) => a.severity === 'error' && !wanted.has(a.code));
          expect(
            unexpected.map((a) => `${a.code}@${a.range?.file}:${a.range?.line}: ${a.message}`),
          ).toEqual([]);
        }
        for (const code of expected.absentDiagnostics ?? [])
          expect(actual.filter((a) => a.code === code).map((a) => a.message)).toEqual([]);
      });
    }

    if (expected.graph)
      it('graph', () => {
        const g = analysis.graph();
        for (const [id, want] of Object.entries(expected.graph ?? {})) {
          const x = g.nodes.find((n) => n.id === id) ?? g.edges.find((e) => e.id === id);
          const got = !x
            ? 'not drawn'
            : x.state.level === 'ok'
              ? 'ok'
              : `${x.state.level}/${x.state.reason}`;
          expect(got, id).toBe(want);
        }
      });

    for (const q of expected.sni ?? []) {
      it(`sni ${q.gateway}:${q.port} ${q.host || '(no SNI)'}`, () => {
        const [ns, gw] = q.gateway.split('/') as [string, string];
        const answer = analysis.sni({ namespace: ns, name: gw }, q.port, q.host);
        expect(answer?.listener ?? null).toBe(q.listener);
        if (q.certificates)
          expect(answer?.certificates.map((c) => `${c.namespace}/${c.name}`)).toEqual(
            q.certificates,
          );
        if (q.coverage) expect(answer?.certificates.map(coverageText)).toEqual(q.coverage);
        if (q.state) {
          const st = answer?.state;
          expect(st?.level === 'ok' ? 'ok' : `${st?.level}/${st?.reason}`).toBe(q.state);
        }
      });
    }

    for (const h of expected.hosts ?? []) {
      it(`hosts ${h.gateway}:${h.port} ${h.hostname}`, () => {
        const g = analysis.serving.gateways.find(
          (x) => `${x.gateway.namespace}/${x.gateway.name}` === h.gateway,
        );
        const entry = g?.ports
          .find((p) => p.port === h.port)
          ?.hosts.find((e) => e.hostname === h.hostname);
        expect(entry?.listener.name).toBe(h.listener);
        if (h.coverage) expect(entry?.certificates.map(coverageText)).toEqual(h.coverage);
        for (const [ref, want] of Object.entries(h.routeCoverage ?? {}))
          expect(
            entry?.routes
              .find((r) => `${r.namespace}/${r.name}` === ref)
              ?.hostnames.map(coverageText),
            `route ${ref} coverage`,
          ).toEqual(want);
        for (const [ref, names] of Object.entries(h.routes ?? {})) {
          const served = entry?.routes.find((r) => `${r.namespace}/${r.name}` === ref);
          if (names === null) expect(served, `route ${ref} not served`).toBeUndefined();
          else
            expect(
              served?.hostnames.map((x) => x.hostname).sort(),
              `route ${ref} hostnames`,
            ).toEqual([...names].sort());
        }
      });
    }
  });
}
