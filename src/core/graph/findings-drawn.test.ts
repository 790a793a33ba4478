/**
 * Every finding code the core can emit is drawn on at least one graph element: each finding
 * names the elements it concerns (`Diagnostic.elements`), each of them is in the graph, and
 * each shows the finding's severity or worse. The codes are read from the core's source, so a
 * new code fails here until a fixture case or an input of testdata/finding-inputs.ts raises it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analyzer } from '../analyze/analyzer';
import type { Diagnostic, SourceFile } from '../index';
import { findingInputs } from '../testdata/finding-inputs';

const coreDir = join(import.meta.dirname, '..');
const casesDir = join(coreDir, 'testdata', 'cases');

/** UPPER_SNAKE string literals of the core's source that are not finding codes, and why. */
const notCodes: Record<string, string> = {
  QUOTE_SINGLE: 'a YAML scalar style',
  QUOTE_DOUBLE: 'a YAML scalar style',
  BLOCK_LITERAL: 'a YAML scalar style',
  BLOCK_FOLDED: 'a YAML scalar style',
  DUPLICATE_KEY: "the yaml library's error code, reported as YAML_DUPLICATE_KEY",
  // Problems of certificate facts (the Inspector's certificate section): a Secret whose data
  // cannot be read is the finding CERT_MALFORMED or CERT_KEY_MALFORMED, which say why.
  CERT_EMPTY: 'a certificate fact',
  CERT_NOT_PEM: 'a certificate fact',
  KEY_NOT_PEM: 'a certificate fact',
  KEY_MALFORMED: 'a certificate fact',
  KEY_ENCRYPTED: 'a certificate fact',
  FIELD_TOO_DEEP: 'a guard of the schema walk: no schema nests that deep, so no input reaches it',
};

/** Codes made from a template (`${prefix}_FILTER_REPEATED`): the values of each variable. */
const templateValues: Record<string, readonly string[]> = { prefix: ['HTTPROUTE', 'GRPCROUTE'] };

/**
 * Findings about a document that holds no object: there is nothing to draw them on (Problems
 * and the editor show them at their line).
 */
const aboutNoObject: Record<string, string> = {
  NOT_AN_OBJECT: 'a document without apiVersion and kind',
  MISSING_KIND: 'a document without a kind is no object',
  MISSING_API_VERSION: 'a document without an apiVersion is no object',
  MISSING_NAME: 'an object without a name cannot be named in the graph',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'testdata' ? [] : sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Every code the core's source names, templates expanded. */
function codesInSource(): { codes: Set<string>; unknownTemplates: string[] } {
  const codes = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const f of sourceFiles(coreDir)) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g))
      if (!Object.hasOwn(notCodes, m[1] as string)) codes.add(m[1] as string);
    for (const m of text.matchAll(/`\$\{(\w+)\}(_[A-Z0-9_]+)`/g)) {
      const values = templateValues[m[1] as string];
      if (!values) unknownTemplates.push(`${f}: ${m[0]}`);
      for (const v of values ?? []) codes.add(`${v}${m[2]}`);
    }
  }
  return { codes, unknownTemplates };
}

function caseFiles(name: string): SourceFile[] {
  const dir = join(casesDir, name);
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const rank = { ok: 0, info: 0, warning: 1, error: 2 } as const;

interface Raised {
  readonly d: Diagnostic;
  /** The level each of `d.elements` is drawn at (undefined: not drawn). */
  readonly drawn: readonly (string | undefined)[];
  readonly where: string;
}

/** Findings by code, each with what the graph drew for the elements it concerns. */
function raisedFindings(): Map<string, Raised[]> {
  const out = new Map<string, Raised[]>();
  const runs = [
    ...readdirSync(casesDir).map((name) => {
      const expected = JSON.parse(readFileSync(join(casesDir, name, 'expected.json'), 'utf8'));
      return { where: `case ${name}`, steps: [caseFiles(name)], now: expected.now as string };
    }),
    ...findingInputs.map((i) => ({ where: `input for ${i.code}`, steps: i.steps, now: i.now })),
  ];
  for (const { where, steps, now } of runs) {
    const analyzer = new Analyzer();
    const options = { now: new Date(now ?? '2027-06-01T00:00:00Z'), keepLastGood: true };
    const analysis = steps.map((files) => analyzer.analyze(files, options)).at(-1);
    if (!analysis) continue;
    const g = analysis.graph();
    const level = new Map<string, string>();
    for (const n of g.nodes) level.set(n.id, n.state.level);
    for (const e of g.edges) level.set(e.id, e.state.level);
    for (const d of analysis.diagnostics) {
      const list = out.get(d.code) ?? [];
      list.push({ d, drawn: (d.elements ?? []).map((id) => level.get(id)), where });
      out.set(d.code, list);
    }
  }
  return out;
}

describe('every finding is drawn on the graph', () => {
  const raised = raisedFindings();
  const { codes, unknownTemplates } = codesInSource();

  it('reads every code of the core', () => {
    expect(unknownTemplates).toEqual([]);
    expect(codes.size).toBeGreaterThan(100);
  });

  it('every code is raised by a fixture case or an input', () => {
    expect([...codes].filter((c) => !raised.has(c)).sort()).toEqual([]);
  });

  it('each input raises the code it is for', () => {
    expect(
      findingInputs
        .filter((i) => !raised.get(i.code)?.some((r) => r.where === `input for ${i.code}`))
        .map((i) => i.code),
    ).toEqual([]);
  });

  for (const code of [...codes].sort())
    it(`${code} is drawn on the elements it concerns, at its severity or worse`, () => {
      const found = raised.get(code) ?? [];
      expect(found.length, `${code} is raised`).toBeGreaterThan(0);
      if (Object.hasOwn(aboutNoObject, code)) {
        expect(found.every((f) => f.d.elements === undefined)).toBe(true);
        return;
      }
      expect(
        found.some((f) => f.drawn.length > 0),
        `${code} concerns an element`,
      ).toBe(true);
      for (const { d, drawn, where } of found)
        drawn.forEach((l, i) => {
          const id = d.elements?.[i];
          expect(l, `${where}: ${id} is drawn`).toBeDefined();
          expect(
            rank[l as keyof typeof rank] >= rank[d.severity],
            `${where}: ${id} is ${l}, the ${d.code} finding ${d.severity}`,
          ).toBe(true);
        });
    });
});
