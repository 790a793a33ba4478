// npm run corpus: every real-world manifest of ../shared/corpus through the built core.
// Each file must be analysed without throwing, in bounded time, and come back byte-identical
// from export; valid YAML files must not get YAML syntax errors. Skips when the corpus is absent.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.CORPUS_DIR ?? join(root, '..', 'shared', 'corpus');
const jsonOut = process.argv.includes('--json')
  ? process.argv[process.argv.indexOf('--json') + 1]
  : undefined;
if (!existsSync(corpus)) {
  console.log(`corpus skipped: ${corpus} does not exist`);
  process.exit(0);
}
const { Analyzer, exportWorkspace } = await import(join(root, 'dist-cli', 'core.mjs'));

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ya?ml|json|j2|tmpl)$/i.test(name)) files.push(p);
  }
})(corpus);

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { ignoreBOM: true });
let passed = 0;
const failures = [];
const codes = new Map();
let objects = 0;
let statusItems = 0;
let slowest = { ms: 0, file: '' };
const t0 = performance.now();
for (const p of files) {
  const rel = relative(corpus, p);
  const bytes = readFileSync(p);
  let text;
  let invalidUtf8 = false;
  try {
    text = strict.decode(bytes);
  } catch {
    text = lenient.decode(bytes);
    invalidUtf8 = true;
  }
  try {
    const t = performance.now();
    const a = new Analyzer().analyze([{ path: rel, text, invalidUtf8 }], {
      now: new Date('2027-01-01T00:00:00Z'),
    });
    const ms = performance.now() - t;
    if (ms > slowest.ms) slowest = { ms, file: rel };
    objects += a.objects.length;
    statusItems += a.status.length;
    for (const d of a.diagnostics)
      codes.set(`${d.severity} ${d.code}`, (codes.get(`${d.severity} ${d.code}`) ?? 0) + 1);
    const problems = [];
    const out = exportWorkspace([{ path: rel, text }]);
    if (!invalidUtf8 && !Buffer.from(out, 'utf8').equals(bytes))
      problems.push('export is not byte-identical');
    const valid = !rel.startsWith('not-yaml/');
    const syntax = a.diagnostics.filter(
      (d) => d.code.startsWith('YAML_') && d.severity === 'error',
    );
    if (valid && syntax.length)
      problems.push(
        `YAML errors on a valid file: ${syntax.map((d) => `${d.code}@${d.range?.line}`).join(', ')}`,
      );
    if (ms > 10_000) problems.push(`took ${ms.toFixed(0)} ms`);
    if (problems.length) failures.push(`${rel}: ${problems.join('; ')}`);
    else passed++;
  } catch (e) {
    failures.push(`${rel}: threw ${e instanceof Error ? e.stack : e}`);
  }
}
const total = performance.now() - t0;
console.log(
  `corpus: ${files.length} files, ${objects} objects, ${statusItems} status items, ${total.toFixed(0)} ms (slowest ${slowest.file} ${slowest.ms.toFixed(0)} ms)`,
);
console.log('diagnostics by code:');
for (const [k, v] of [...codes].sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(v).padStart(5)} ${k}`);
for (const f of failures) console.log(`FAIL ${f}`);
console.log(`corpus: ${passed} passed, ${failures.length} failed`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ passed, failed: failures.length }));
process.exit(failures.length ? 1 : 0);
