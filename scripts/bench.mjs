// npm run bench: measures gwtls on a synthetic 10,000-object workspace (see bench/generate.mjs).
//  1. `gwtls status` as a whole process vs. a process that only parses the file with `yaml`.
//  2. The incremental path the worker uses: one-field edits re-analysed by a warm Analyzer.
// Reports medians and ratios measured in this run; it asserts nothing about milliseconds.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench-out');
const runs = Number(process.env.BENCH_RUNS ?? 7);
mkdirSync(out, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x) => `${x.toFixed(1)} ms`;

if (!existsSync(join(root, 'dist-cli', 'gwtls.mjs')) || process.env.BENCH_BUILD !== '0') {
  execFileSync('npx', ['vite', 'build', '-c', 'vite.cli.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const file = join(out, 'workspace-10k.yaml');
if (!existsSync(file)) {
  const { generateWorkspace } = await import('./bench/generate.mjs');
  const t = performance.now();
  const w = await generateWorkspace(1);
  writeFileSync(file, w.text);
  writeFileSync(join(out, 'workspace-10k.counts.json'), JSON.stringify(w.counts, null, 2));
  console.log(`generated ${file} in ${ms(performance.now() - t)}`);
}
const text = readFileSync(file, 'utf8');
const counts = JSON.parse(readFileSync(join(out, 'workspace-10k.counts.json'), 'utf8'));
const objects = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`workspace: ${objects} objects, ${(text.length / 1e6).toFixed(2)} MB`);

// 1. Whole processes, alternated so machine noise hits both alike.
const yamlOnly = join(out, 'yaml-only.mjs');
writeFileSync(
  yamlOnly,
  `import { readFileSync } from 'node:fs';\nimport { parseAllDocuments } from ${JSON.stringify(join(root, 'node_modules/yaml/dist/index.js'))};\nparseAllDocuments(readFileSync(process.argv[2], 'utf8'));\n`,
);
const time = (args) => {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - t;
};
const base = [];
const status = [];
for (let i = 0; i < runs; i++) {
  base.push(time([yamlOnly, file]));
  status.push(time([join(root, 'dist-cli', 'gwtls.mjs'), 'status', file, '--output', 'json']));
}
const ratio = median(status) / median(base);
console.log(`\nwhole process, median of ${runs}:`);
console.log(`  yaml parseAllDocuments only : ${ms(median(base))}`);
console.log(`  gwtls status --output json  : ${ms(median(status))}`);
console.log(`  ratio                       : ${ratio.toFixed(2)}x (goal <= 1.5x)`);

// 2. Incremental: a warm Analyzer, then one-field edits in different documents. Texts are
// copied flat first, as they arrive in the worker (structured clone); each edit is timed with
// and without telling the analyzer where the text changed (an editor knows; a file reload
// does not).
const { Analyzer } = await import(join(root, 'dist-cli', 'core.mjs'));
const now = new Date('2027-01-01T00:00:00Z');
const targets = [
  ['hostname: www.app7.example.com', 'hostname: www2.app7.example.com'],
  ['value: /api/v1/3', 'value: /api/v9/3'],
  ['hostname: svc10.team-10.svc.cluster.local', 'hostname: svc10b.team-10.svc.cluster.local'],
  ['  - name: gw42-api\n', '  - name: gw42-www\n'],
  ['    tier: edge\n', '    tier: internal\n'],
];
function editRun(withHints, forPage = false) {
  const analyzer = new Analyzer();
  let t0 = performance.now();
  analyzer.analyze([{ path: 'workspace.yaml', text }], { now });
  const cold = performance.now() - t0;
  const times = [];
  let current = text;
  for (let i = 0; i < Math.max(runs * 6, 30); i++) {
    // Each edit is applied, then undone by the next one.
    const [from, to] = targets[Math.floor(i / 2) % targets.length];
    const [a, b] = i % 2 === 0 ? [from, to] : [to, from];
    const at = current.indexOf(a);
    if (at === -1) throw new Error(`edit target not found: ${a}`);
    current = structuredClone(current.slice(0, at) + b + current.slice(at + a.length));
    const changes = withHints ? { 'workspace.yaml': { start: at, end: at + a.length } } : undefined;
    t0 = performance.now();
    const analysis = analyzer.analyze([{ path: 'workspace.yaml', text: current }], {
      now,
      changes,
    });
    // What the worker also builds for the page on every edit: the graph and certificate facts.
    if (forPage) {
      analysis.graph();
      analysis.certificates();
    }
    times.push(performance.now() - t0);
  }
  return { cold, times };
}
const plain = editRun(false);
const hinted = editRun(true);
const page = editRun(false, true);
console.log(`\nincremental (warm Analyzer, ${plain.times.length} one-field edits):`);
console.log(`  first full analysis                      : ${ms(plain.cold)}`);
console.log(
  `  after an edit, median / p95              : ${ms(median(plain.times))} / ${ms(p95(plain.times))} (goal <= 50 ms)`,
);
console.log(
  `  same, told where the text changed        : ${ms(median(hinted.times))} / ${ms(p95(hinted.times))}`,
);
console.log(
  `  with the graph and certificates the page : ${ms(median(page.times))} / ${ms(p95(page.times))}`,
);
const edits = plain.times;
const cold = plain.cold;

writeFileSync(
  join(out, 'results.json'),
  JSON.stringify(
    {
      objects,
      bytes: text.length,
      runs,
      yamlOnlyMs: median(base),
      statusMs: median(status),
      ratio,
      coldMs: cold,
      editMedianMs: median(edits),
      editP95Ms: p95(edits),
      hintedMedianMs: median(hinted.times),
      hintedP95Ms: p95(hinted.times),
      forPageMedianMs: median(page.times),
      forPageP95Ms: p95(page.times),
    },
    null,
    2,
  ),
);
