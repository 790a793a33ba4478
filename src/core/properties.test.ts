/** Properties of the whole core: order independence, byte-exact export, determinism. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeWorkspace, exportWorkspace } from './index';
import type { Analysis } from './index';
import { splitDocuments } from './parse/split-documents';

const casesDir = join(import.meta.dirname, 'testdata', 'cases');
const now = new Date('2027-06-01T00:00:00Z');

/** Every fixture case as a list of its YAML documents (each ending with a newline). */
const cases = readdirSync(casesDir)
  .sort()
  .map((name) => {
    const docs: string[] = [];
    for (const f of readdirSync(join(casesDir, name))
      .filter((x) => /\.ya?ml$/.test(x))
      .sort()) {
      const text = readFileSync(join(casesDir, name, f), 'utf8');
      for (const s of splitDocuments(text)) {
        const d = text
          .slice(s.start, s.end)
          .replace(/^---[^\n]*\n/, '')
          .replace(/\n?$/, '\n');
        if (d.trim() && !/^(\s*#.*\n)*\s*$/.test(d)) docs.push(d);
      }
    }
    return { name, docs };
  })
  .filter((c) => c.docs.length > 1);

function meaning(a: Analysis) {
  return {
    status: a.status,
    diagnostics: a.diagnostics
      .map((d) => `${d.severity} ${d.code} ${d.object ?? ''} ${d.message}`)
      .sort(),
    serving: a.serving,
  };
}

describe('document order changes nothing', () => {
  it.each(cases.map((c) => [c.name, c.docs] as const))('%s', (_name, docs) => {
    const base = analyzeWorkspace([{ path: 'w.yaml', text: docs.join('---\n') }], { now });
    if (base.diagnostics.some((d) => d.code === 'DUPLICATE_OBJECT')) return; // order decides which wins
    const want = meaning(base);
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...docs.keys()], { minLength: docs.length, maxLength: docs.length }),
        (order) => {
          const text = order.map((i) => docs[i]).join('---\n');
          expect(meaning(analyzeWorkspace([{ path: 'w.yaml', text }], { now }))).toEqual(want);
        },
      ),
      { numRuns: 8 },
    );
  });
});

describe('export', () => {
  it('gives back one unedited file byte for byte', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', ':', ' ', '\n', '\r\n', '-', '#', '"', '\uFEFF', 'é', '\t'),
        }),
        (text) => {
          expect(exportWorkspace([{ path: 'f.yaml', text }])).toBe(text);
        },
      ),
    );
  });

  it('keeps every file of a workspace, in order, as separate documents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a: 1', 'b: 2\n', '---\nc: 3\n', '# only a comment\n', ''), {
          minLength: 2,
          maxLength: 5,
        }),
        (texts) => {
          const files = texts.map((text, i) => ({ path: `f${i}.yaml`, text }));
          const out = exportWorkspace(files);
          for (const t of texts) expect(out).toContain(t.replace(/^---\n/, ''));
          const a = analyzeWorkspace([{ path: 'all.yaml', text: out }], { now });
          expect(a.diagnostics.filter((d) => d.code.startsWith('YAML_'))).toEqual([]);
        },
      ),
    );
  });
});

describe('analysis is deterministic', () => {
  it('gives the same result twice and on a warm analyzer', () => {
    const c = cases[0];
    if (!c) return;
    const files = [{ path: 'w.yaml', text: c.docs.join('---\n') }];
    expect(meaning(analyzeWorkspace(files, { now }))).toEqual(
      meaning(analyzeWorkspace(files, { now })),
    );
  });
});
