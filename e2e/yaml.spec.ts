import { clickEditorLine, editorText, expect, importFiles, node, openFiles, test } from './support';
import type { Page } from '@playwright/test';

// Journeys through the YAML pane. The pane exposes one read-only accessor for tests,
// `window.__gwtlsEditor` (getValue, getMarkers: see src/ui/yaml/test-accessor.ts).

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await page.waitForFunction(() => window.__gwtlsEditor?.getValue());
});

/** Puts the cursor at the end of the first visible line that contains `text`. */
async function cursorAtEndOf(page: Page, text: string) {
  await clickEditorLine(page, page.locator('.view-line', { hasText: text }).first());
  await page.keyboard.press('End');
}

test('the first-start sample shows its YAML, byte for byte, in the editor labelled YAML', async ({
  page,
}) => {
  const sample = await (await page.request.get('/samples/guide-wildcard-tls.yaml')).text();
  await expect(page.getByRole('textbox', { name: 'YAML' })).toBeAttached();
  await expect(page.locator('.yaml-file-name')).toHaveText('guide-wildcard-tls.yaml');
  await expect(page.locator('.view-lines')).toContainText('kind: Gateway');
  expect(await editorText(page)).toBe(sample);
});

test('typing a listener name updates the graph; Undo and Redo in the toolbar undo and redo it', async ({
  page,
}) => {
  const original = await editorText(page);
  await expect(node(page, 'Listener foo-https')).toBeAttached();
  await cursorAtEndOf(page, '- name: foo-https');
  for (let i = 0; i < '-https'.length; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.insertText('2');
  expect(await editorText(page)).toContain('- name: foo2-https\n');
  await expect(node(page, 'Listener foo2-https')).toBeAttached({
    timeout: 1000,
  });

  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await editorText(page)).toBe(original);
  await expect(node(page, 'Listener foo-https')).toBeAttached();

  await page.getByRole('button', { name: 'Redo' }).click();
  expect(await editorText(page)).toContain('- name: foo2-https\n');
  await expect(node(page, 'Listener foo2-https')).toBeAttached();
});

test('a broken certificate reference gets an error marker; fixing it clears the marker', async ({
  page,
}) => {
  await expect(page.locator('.squiggly-error')).toHaveCount(0);
  await cursorAtEndOf(page, 'name: foo-example-com-cert');
  await page.keyboard.insertText('-gone');
  await expect(page.locator('.squiggly-error').first()).toBeVisible();
  const markers = await page.evaluate(() => window.__gwtlsEditor?.getMarkers());
  // The reference is lines 19–21 (`- kind: Secret` … `name: foo-example-com-cert-gone`).
  expect(
    markers?.some((m) => m.owner === 'gwtls' && m.severity === 8 && m.line >= 19 && m.line <= 21),
  ).toBe(true);
  for (let i = 0; i < '-gone'.length; i++) await page.keyboard.press('Backspace');
  await expect(page.locator('.squiggly-error')).toHaveCount(0);
});

test('text loaded over an edited file is one undoable edit', async ({ page }) => {
  const original = await editorText(page);
  await cursorAtEndOf(page, 'gatewayClassName: example');
  await page.keyboard.insertText('-edited');
  const edited = await editorText(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Wildcard and exact certificates, end to end' }).click();
  await expect.poll(() => editorText(page)).toBe(original);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await editorText(page)).toBe(edited);
  await expect(page.getByText('class example-edited')).toBeAttached();
});

test('invalid YAML while typing is marked', async ({ page }) => {
  await cursorAtEndOf(page, 'kind: Gateway');
  await page.keyboard.insertText(': [');
  await expect(page.locator('.squiggly-error').first()).toBeVisible();
  const markers = await page.evaluate(() => window.__gwtlsEditor?.getMarkers());
  expect(markers?.some((m) => m.owner === 'gwtls' && m.severity === 8)).toBe(true);
});

test('hover explains a field and completion offers the fields of a listener', async ({ page }) => {
  const field = page
    .locator('.view-line', { hasText: 'hostname: foo.example.com' })
    .locator('span', { hasText: 'hostname' })
    .first();
  // The language service may still be starting at the first hover: hover again until it answers.
  await expect(async () => {
    await page.mouse.move(0, 0);
    await field.hover();
    await expect(page.locator('.monaco-hover:not(.hidden)')).toContainText(
      'Hostname this listener serves',
      { timeout: 3000 },
    );
  }).toPass({ timeout: 20_000 });

  // Line 40 is the `http` listener's `port: 80` (below the fold: go there by keyboard).
  await cursorAtEndOf(page, 'kind: Gateway');
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < 40; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(page.locator('.view-line', { hasText: 'port: 80' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.suggest-widget')).toContainText('hostname');
  await expect(page.locator('.suggest-widget')).toContainText('tls');
  await page.keyboard.press('Escape');
});

test('the sample files show no schema warnings from the editor', async ({ page }) => {
  const samples = (await (await page.request.get('/samples/index.json')).json()) as {
    title: string;
    files: string[];
  }[];
  for (const sample of samples) {
    await page.getByRole('button', { name: 'Samples' }).click();
    await page.getByRole('menuitem', { name: sample.title }).click();
    await expect(page.locator('.yaml-file-name')).toHaveText(sample.files[0] ?? '');
    // monaco-yaml validates in its worker; give it a moment, then read its markers.
    await page.waitForTimeout(1000);
    const markers = await page.evaluate(() => window.__gwtlsEditor?.getMarkers());
    expect(
      markers?.filter((m) => m.owner === 'yaml'),
      sample.title,
    ).toEqual([]);
  }
  // The control: the same check sees a schema violation (troubleshooting.yaml, line 13 `port: 443x`).
  await cursorAtEndOf(page, 'port: 443');
  await page.keyboard.insertText('x');
  await expect
    .poll(async () => (await page.evaluate(() => window.__gwtlsEditor?.getMarkers())) ?? [])
    .toContainEqual(expect.objectContaining({ owner: 'yaml', line: 13 }));
});

test('in a 30,000-line file schema checks and completion work on the document being edited', async ({
  page,
}) => {
  // 2,500 Gateways of 12 lines each; one of them has a port that is not a number.
  const gateway = (i: number) =>
    [
      'apiVersion: gateway.networking.k8s.io/v1',
      'kind: Gateway',
      'metadata:',
      `  name: gw-${i}`,
      '  namespace: big',
      'spec:',
      '  gatewayClassName: example',
      '  listeners:',
      '  - name: https',
      '    protocol: HTTPS',
      `    port: ${i === 2000 ? '443x' : '443'}`,
    ].join('\n');
  const text = Array.from({ length: 2500 }, (_, i) => gateway(i)).join('\n---\n') + '\n';
  const bad = text.split('\n').indexOf('    port: 443x') + 1;
  expect(bad).toBe(2000 * 12 + 11);
  await importFiles(page, [{ name: 'big.yaml', text }]);
  await expect(page.locator('.yaml-file-name')).toHaveText('big.yaml');
  await expect(page.getByRole('note')).toHaveText('No folding: large file');
  const schemaLines = async () =>
    ((await page.evaluate(() => window.__gwtlsEditor?.getMarkers())) ?? [])
      .filter((m) => m.owner === 'yaml')
      .map((m) => m.line);
  await expect.poll(schemaLines, { timeout: 20_000 }).toEqual([bad]);

  // A line typed at the top moves the finding down with its document.
  await cursorAtEndOf(page, 'apiVersion: gateway.networking.k8s.io/v1');
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('# the big one\n');
  await expect.poll(schemaLines, { timeout: 20_000 }).toEqual([bad + 1]);

  // Completion comes while typing in the last document, as in a small file.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('End');
  await expect(page.locator('.view-line', { hasText: 'name: gw-2499' })).toBeVisible();
  await page.keyboard.press('Enter');
  await page.keyboard.type('hostn');
  await expect(page.locator('.suggest-widget')).toContainText('hostname', { timeout: 10_000 });
  await page.keyboard.press('Escape');
});

test('a CRLF file with a byte order mark stays byte-exact through loading and typing', async ({
  page,
}) => {
  const text =
    '\uFEFFapiVersion: v1\r\nkind: Secret\r\nmetadata:\r\n  name: crlf\r\ntype: Opaque\r\n';
  await importFiles(page, [{ name: 'crlf.yaml', text }]);
  await expect(page.locator('.yaml-file-name')).toHaveText('crlf.yaml');
  expect(await editorText(page)).toBe(text);
  await cursorAtEndOf(page, 'name: crlf');
  await page.keyboard.insertText('2');
  expect(await editorText(page)).toBe(text.replace('name: crlf', 'name: crlf2'));
  // The worker is sent edits (offsets past the byte order mark): it sees the same text.
  await expect(node(page, 'Secret default/crlf2')).toBeAttached();
  await page.keyboard.insertText('3');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('# note');
  const typed = text.replace('name: crlf', 'name: crlf23\r\n  # note');
  await expect.poll(() => editorText(page)).toBe(typed);
  await expect(node(page, 'Secret default/crlf23')).toBeAttached();
});

test('several files get tabs; pasting YAML into an empty file fills the workspace', async ({
  page,
}) => {
  await openFiles(page, [
    { name: 'empty.yaml', text: '' },
    { name: 'other.yaml', text: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n' },
  ]);
  const tabs = page.getByRole('tablist', { name: 'Files' }).getByRole('tab');
  await expect(tabs).toHaveText(['empty.yaml', 'other.yaml']);
  await page.getByRole('tab', { name: 'other.yaml' }).click();
  await expect(page.locator('.view-lines')).toContainText('kind: Namespace');
  await page.getByRole('tab', { name: 'empty.yaml' }).click();
  await expect(page.getByRole('tab', { name: 'empty.yaml' })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  const pasted = await (await page.request.get('/samples/guide-different-certs.yaml')).text();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  await clickEditorLine(page, page.locator('.yaml-editor .view-lines'));
  await page.keyboard.press('Control+V');
  await expect.poll(() => editorText(page, 'empty.yaml')).toBe(pasted);
  await expect(node(page, 'Listener bar-https')).toBeAttached();
});

test('moving the cursor in the YAML selects the node under it', async ({ page }) => {
  await cursorAtEndOf(page, '- name: wildcard-https');
  await expect(node(page, 'Listener wildcard-https')).toHaveClass(/selected/);
  await cursorAtEndOf(page, 'gatewayClassName: example');
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toHaveClass(/selected/);
});

test('keyboard users leave the editor with Tab after Ctrl+M', async ({ page }) => {
  const original = await editorText(page);
  await cursorAtEndOf(page, 'kind: Gateway');
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  const inEditor = await page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'));
  expect(inEditor).toBe(false);
  expect(await editorText(page)).toBe(original);
});

test('the editor follows the dark colour scheme', async ({ page }) => {
  await expect(page.locator('.monaco-editor.vs')).toBeVisible();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('.monaco-editor.vs-dark')).toBeVisible();
});
