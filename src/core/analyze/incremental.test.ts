/**
 * The incremental path must give exactly what a fresh analysis gives: a warm Analyzer is fed a
 * sequence of edited workspaces and compared, after every edit, with a new Analyzer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Analyzer } from './analyzer';
import type { Analysis } from './analyzer';
import { nodeBody } from '../graph/graph-cache';

const casesDir = join(import.meta.dirname, '..', 'testdata', 'cases');
const now = new Date('2027-06-01T00:00:00Z');
const workspaces = readdirSync(casesDir)
  .sort()
  .map((name) =>
    readdirSync(join(casesDir, name))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => readFileSync(join(casesDir, name, f), 'utf8'))
      .join('---\n'),
  );

function meaning(a: Analysis) {
  return {
    status: a.status,
    diagnostics: a.diagnostics,
    serving: a.serving,
    objects: a.objects,
    graph: a.graph(),
    certificates: a.certificates(),
  };
}

/** One edit of a text: drop, duplicate or alter a line, or replace everything. */
const edit = fc.oneof(
  fc.record({ type: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('dup' as const), at: fc.nat() }),
  fc.record({
    type: fc.constant('alter' as const),
    at: fc.nat(),
    text: fc.constantFrom('x', '443', ' a.example.com', 'Same', 'All', '"', ': ', '-'),
  }),
  fc.record({ type: fc.constant('swap' as const), to: fc.nat() }),
);

/** The edited text, and where it changed (offsets in the old text) as an editor would say. */
function apply(
  text: string,
  e: { type: string; at?: number; text?: string; to?: number },
): { text: string; change?: { start: number; end: number } } {
  if (e.type === 'swap') return { text: workspaces[(e.to ?? 0) % workspaces.length] ?? text };
  const lines = text.split('\n');
  const i = (e.at ?? 0) % Math.max(1, lines.length);
  const lineStart = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0);
  const old = lines[i] ?? '';
  let change: { start: number; end: number };
  if (e.type === 'drop') {
    const last = i === lines.length - 1 && i > 0;
    lines.splice(i, 1);
    // The last line goes with the newline before it; any other with the one after it.
    change = last
      ? { start: lineStart - 1, end: text.length }
      : { start: lineStart, end: lineStart + old.length + 1 };
  } else if (e.type === 'dup') {
    lines.splice(i, 0, old);
    change = { start: lineStart, end: lineStart };
  } else {
    lines[i] = `${old}${e.text ?? ''}`;
    change = { start: lineStart + old.length, end: lineStart + old.length };
  }
  return { text: lines.join('\n'), change };
}

describe('incremental analysis', () => {
  it('equals a fresh analysis after every edit', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (start, edits, hints) => {
          const warm = new Analyzer();
          let text = workspaces[start % workspaces.length] ?? '';
          warm.analyze([{ path: 'w.yaml', text }], { now });
          for (const e of edits) {
            const next = apply(text, e as never);
            text = next.text;
            // With hints the analyzer is told where the text changed, as the editor tells it.
            const changes = hints && next.change ? { 'w.yaml': next.change } : undefined;
            const inc = warm.analyze([{ path: 'w.yaml', text }], { now, changes });
            const fresh = new Analyzer().analyze([{ path: 'w.yaml', text }], { now });
            expect(meaning(inc)).toEqual(meaning(fresh));
          }
        },
      ),
      { numRuns: 80 },
    );
  }, 180_000);

  it('reuses resolution of everything an edit does not touch', () => {
    const text =
      workspaces.find((w) => w.includes('kind: HTTPRoute') && /hostname: \S/.test(w)) ?? '';
    const warm = new Analyzer();
    warm.analyze([{ path: 'w.yaml', text }], { now });
    const units = warm.cacheStats();
    const edited = text.replace(/hostname: (\S+)/, 'hostname: edited.$1');
    expect(edited).not.toBe(text);
    const a = warm.analyze([{ path: 'w.yaml', text: edited }], { now });
    expect(meaning(a)).toEqual(
      meaning(new Analyzer().analyze([{ path: 'w.yaml', text: edited }], { now })),
    );
    const after = warm.cacheStats();
    // Something was reused: fewer units computed than on the first run.
    expect(after.misses - units.misses).toBeLessThan(units.misses);
  });
});

describe('keeping the last good version while typing', () => {
  it('resolves a document that stops parsing with its last good version, and reports the error', () => {
    const gw =
      'apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  gatewayClassName: c\n  listeners:\n  - {name: http, port: 80, protocol: HTTP}\n';
    const warm = new Analyzer();
    warm.analyze([{ path: 'w.yaml', text: gw }], { now, keepLastGood: true });
    const broken = gw.replace('listeners:', 'listeners: [');
    const a = warm.analyze([{ path: 'w.yaml', text: broken }], { now, keepLastGood: true });
    expect(a.status.map((s) => s.metadata.name)).toEqual(['gw']);
    expect(a.diagnostics.some((d) => d.code.startsWith('YAML_') && d.severity === 'error')).toBe(
      true,
    );
    // Without the option (the CLI), the broken document holds nothing.
    expect(new Analyzer().analyze([{ path: 'w.yaml', text: broken }], { now }).status).toEqual([]);
    // Fixed again: the new text counts.
    const fixed = gw.replace('name: http', 'name: web');
    const b = warm.analyze([{ path: 'w.yaml', text: fixed }], { now, keepLastGood: true });
    expect(b.graph().nodes.map((n) => n.label)).toContain('Listener web');
  });
});

describe('incremental graph', () => {
  it('draws again only what an edit touched: other nodes and edges are the same objects', () => {
    const text = workspaces.find((w) => (w.match(/kind: HTTPRoute/g) ?? []).length >= 2) ?? '';
    const extra = (data: string) => ({
      path: 'extra.yaml',
      text: `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: unrelated, namespace: elsewhere}\ndata: {a: "${data}"}\n`,
    });
    const warm = new Analyzer();
    const before = warm.analyze([{ path: 'w.yaml', text }, extra('1')], { now }).graph();
    // An edit in another file that nothing refers to: the graph is drawn from what was kept.
    const files = [{ path: 'w.yaml', text }, extra('2')];
    const after = warm.analyze(files, { now }).graph();
    expect(after).toEqual(new Analyzer().analyze(files, { now }).graph());
    const was = new Map(before.nodes.map((n) => [n.id, n]));
    expect(after.nodes.filter((n) => was.get(n.id) !== n)).toEqual([]);
    const edges = new Set(before.edges);
    expect(after.edges.filter((e) => !edges.has(e))).toEqual([]);
  });

  it('keeps the body of every node whose text only moved: a line typed in the first document', () => {
    const text = workspaces.find((w) => (w.match(/kind: Secret/g) ?? []).length >= 2) ?? '';
    const warm = new Analyzer();
    const before = warm.analyze([{ path: 'w.yaml', text }], { now }).graph();
    const moved = `# a comment\n${text}`;
    const after = warm
      .analyze([{ path: 'w.yaml', text: moved }], {
        now,
        changes: { 'w.yaml': { start: 0, end: 0 } },
      })
      .graph();
    expect(after).toEqual(
      new Analyzer().analyze([{ path: 'w.yaml', text: moved }], { now }).graph(),
    );
    const was = new Map(before.nodes.map((n) => [n.id, n]));
    // The first document is read again (its text changed); every later one only moved.
    const firstEnd = text.indexOf('\n---');
    const ranged = after.nodes.filter((n) => (was.get(n.id)?.range?.start ?? -1) > firstEnd);
    expect(ranged.length).toBeGreaterThan(3);
    for (const n of ranged) {
      const old = was.get(n.id);
      expect(n.range?.line, n.id).toBe((old?.range?.line ?? 0) + 1);
      expect(nodeBody(n), n.id).toBe(nodeBody(old!));
      expect(nodeBody(n).range, n.id).toBeUndefined();
    }
  });
});
