// Sums every runner's results into the one line CI reads: "N passed, N failed".
// A runner whose report is missing counts as one failure; exit 1 on any failure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, stepsPassed, stepsFailed] = process.argv.slice(2);
let passed = Number(stepsPassed);
let failed = Number(stepsFailed);
const read = (name) => {
  const p = join(dir, name);
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : undefined;
};
const vitest = read('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
} else failed += 1;
const pw = read('playwright.json');
if (pw) {
  passed += pw.stats.expected + pw.stats.flaky;
  failed += pw.stats.unexpected;
} else failed += 1;
const corpus = read('corpus.json');
if (corpus) {
  passed += corpus.passed;
  failed += corpus.failed;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
