// The fast path against yaml on the real-world corpus in ../shared/corpus (see its SOURCES.md).
// The corpus is not in the repository, so this is skipped where it is missing (CI).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFastParse } from './fast-parse-check';
import { splitDocuments } from './split-documents';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const corpus = join(repoRoot, '..', 'shared', 'corpus');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'not-yaml' ? [] : yamlFiles(path);
    return /\.(ya?ml|ya?ml\.j2|tmpl)$/.test(name) ? [path] : [];
  });
}

describe.skipIf(!existsSync(corpus))('fastParse on the real-world corpus', () => {
  it('equals yaml on every document it takes', () => {
    let documents = 0;
    let fast = 0;
    const mismatches: string[] = [];
    const files = yamlFiles(corpus);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const span of splitDocuments(text)) {
        const check = checkFastParse(text.slice(span.start, span.end));
        documents++;
        if (check.taken) fast++;
        if (check.mismatch)
          mismatches.push(`${file.slice(corpus.length + 1)} @${span.start}: ${check.mismatch}`);
      }
    }
    console.log(
      `fast path: ${fast} of ${documents} documents in ${files.length} files (${((100 * fast) / documents).toFixed(1)}%)`,
    );
    expect(mismatches).toEqual([]);
  }, 300_000); // every path of 2,000+ documents is located twice; slow on a busy machine
});
