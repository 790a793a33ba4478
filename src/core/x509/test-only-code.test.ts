import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// `testdata/generate.ts` makes certificates with WebCrypto for the tests. The core tsconfig
// excludes `**/testdata`, but tsc still compiles an excluded file that something imports, and a
// bundler would ship it; so no code outside the tests may import from a `testdata` folder.
const root = new URL('../../../', import.meta.url);
const scanned = ['src', 'scripts'];
const isTest = (path: string): boolean =>
  /\.(test|spec)\.[cm]?[jt]sx?$/.test(path) || path.split('/').includes('testdata');
const isCode = (path: string): boolean => /\.[cm]?[jt]sx?$/.test(path);
const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function nonTestFiles(): string[] {
  return scanned.flatMap((folder) =>
    readdirSync(new URL(folder, root), { recursive: true, encoding: 'utf8' })
      .map((path) => `${folder}/${path}`)
      .filter((path) => isCode(path) && !isTest(path) && !path.includes('node_modules')),
  );
}

describe('test-only code stays out of the product', () => {
  test('no non-test module imports from a testdata folder', () => {
    const files = nonTestFiles();
    expect(files).toContain('src/core/x509/read-certificate.ts');
    const offenders = files.flatMap((path) =>
      [...readFileSync(new URL(path, root), 'utf8').matchAll(specifiers)]
        .map((m) => m[1] ?? '')
        .filter((specifier) => specifier.split('/').includes('testdata'))
        .map((specifier) => `${path} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});
