/**
 * The guard of "tests pass on any day": nothing reads the real clock but one module per host —
 * the page's `src/ui/clock.ts` and the CLI's `src/cli/main.ts`. The core and the worker are
 * handed the instant; tests, journeys, benchmarks and the build use fixed instants. (A CI step
 * also runs the unit tests with the process clock moved 400 days and 5 years ahead.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../', import.meta.url);
const scanned = ['src', 'scripts', 'e2e'];
const clockModules = ['src/ui/clock.ts', 'src/cli/main.ts'];
/** This guard names every read in its own examples. */
const self = 'scripts/clock-reads.test.ts';

const D = 'Date';
const reads: [string, RegExp][] = [
  ['new Date()', new RegExp(`\\bnew\\s+${D}\\s*\\(\\s*\\)`)],
  ['new Date without arguments', new RegExp(`\\bnew\\s+${D}\\b(?!\\s*\\()`)],
  ['Date.now()', new RegExp(`\\b${D}\\s*\\.\\s*now\\b`)],
  ['Date() called as a function', new RegExp(`(?<![\\w.]|new\\s+)\\b${D}\\s*\\(\\s*\\)`)],
  ['Temporal.Now', /\bTemporal\s*\.\s*Now\b/],
  ['performance.timeOrigin', /\bperformance\s*\.\s*timeOrigin\b/],
];

function codeFiles(): string[] {
  return scanned.flatMap((folder) =>
    readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
      .map((path) => `${folder}/${path}`)
      .filter((path) => /\.[cm]?[jt]sx?$/.test(path) && !path.includes('node_modules')),
  );
}

/** Comments name these reads to explain their absence; only code counts. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

export function clockReads(path: string, text: string): string[] {
  const code = withoutComments(text);
  return reads.filter(([, re]) => re.test(code)).map(([what]) => `${path}: ${what}`);
}

describe('the real clock is read in one module per host', () => {
  it('and nowhere else', () => {
    const files = codeFiles();
    expect(files).toContain('src/core/analyze/analyzer.ts');
    expect(files).toContain('e2e/support.ts');
    const offenders = files
      .filter((path) => !clockModules.includes(path) && path !== self)
      .flatMap((path) => clockReads(path, readFileSync(new URL(path, root), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the clock modules are where the hosts read it', () => {
    for (const path of clockModules)
      expect(clockReads(path, readFileSync(new URL(path, root), 'utf8')), path).not.toEqual([]);
  });

  it('finds every form of a read', () => {
    const found = (code: string) => clockReads('x.ts', code).length > 0;
    for (const code of [
      `const t = new ${D}();`,
      `const t = new ${D};`,
      `const t = ${D}.now();`,
      `const s = ${D}();`,
      `const n = Temporal.Now.instant();`,
      `const t0 = performance.timeOrigin;`,
      `at(new  ${D}( ))`,
    ])
      expect(found(code), code).toBe(true);
    for (const code of [
      `new ${D}('2027-01-01T00:00:00Z')`,
      `new ${D}(t)`,
      `${D}.parse(s)`,
      `// new ${D}() in a comment`,
      `/* ${D}.now() */ x`,
      `performance.now()`,
      `class My${D}() {}`,
    ])
      expect(found(code), code).toBe(false);
  });
});
