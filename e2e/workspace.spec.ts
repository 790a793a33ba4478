import type { Page } from '@playwright/test';
import { clickEditorLine, editorText, expect, importFiles, node, ready, test } from './support';

// Workspace commands: Import adds files, Open… replaces the workspace after asking, Samples
// has an empty workspace, tabs add, rename and close files; Undo takes each back. And
// completion starts a document in an empty one.

const SAMPLE = 'guide-wildcard-tls.yaml';

const service = (name: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n  namespace: extra\nspec:\n  ports:\n  - port: 80\n`;

const notice = (page: Page) => page.locator('.status-bar').getByRole('status');
const tabs = (page: Page) => page.getByRole('tablist', { name: 'Files' }).getByRole('tab');

test.beforeEach(async ({ page }) => {
  await ready(page);
  await expect(tabs(page)).toHaveText([SAMPLE]);
});

test('Import adds files to the workspace; Undo takes them away, Redo brings them back', async ({
  page,
}) => {
  const sample = await editorText(page);
  await importFiles(page, [
    { name: 'one.yaml', text: service('one') },
    { name: 'two.yaml', text: service('two') },
  ]);
  await expect(tabs(page)).toHaveText([SAMPLE, 'one.yaml', 'two.yaml']);
  await expect(page.getByRole('tab', { name: 'one.yaml' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(notice(page)).toHaveText('Imported 2 files.');
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(node(page, 'Service extra/one')).toBeAttached();
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toBeAttached();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE]);
  await expect(notice(page)).toHaveText('Undone: the import of 2 files.');
  await expect(node(page, 'Service extra/one')).toHaveCount(0);
  expect(await editorText(page)).toBe(sample);

  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE, 'one.yaml', 'two.yaml']);
});

test('files dropped on the page are imported: added, and a same name asks', async ({ page }) => {
  const drop = (name: string, text: string) =>
    page.evaluate(
      ([n, t]) => {
        const data = new DataTransfer();
        data.items.add(new File([t], n, { type: 'application/yaml' }));
        document.body.dispatchEvent(
          new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
        );
      },
      [name, text] as const,
    );
  await drop('dropped.yaml', service('dropped'));
  await expect(tabs(page)).toHaveText([SAMPLE, 'dropped.yaml']);
  await expect(notice(page)).toHaveText('Imported dropped.yaml.');
  await drop('dropped.yaml', service('dropped-again'));
  await page
    .getByRole('alertdialog', { name: 'A file with the same name' })
    .getByRole('button', { name: 'Keep both' })
    .click();
  await expect(tabs(page)).toHaveText([SAMPLE, 'dropped.yaml', 'dropped (2).yaml']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE]);
});

test('Import of a file with a name the workspace has asks: keep both, or replace', async ({
  page,
}) => {
  const sample = await editorText(page);
  const text = service('again');
  await importFiles(page, [{ name: SAMPLE, text }]);
  const dialog = page.getByRole('alertdialog', { name: 'A file with the same name' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('guide-wildcard-tls (2).yaml');
  await expect(dialog.getByRole('button', { name: 'Replace' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(dialog).toBeHidden();
  await expect(tabs(page)).toHaveText([SAMPLE, 'guide-wildcard-tls (2).yaml']);
  expect(await editorText(page)).toBe(text);
  expect(await editorText(page, SAMPLE)).toBe(sample);

  await importFiles(page, [{ name: SAMPLE, text }]);
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE, 'guide-wildcard-tls (2).yaml']);
  await expect.poll(() => editorText(page, SAMPLE)).toBe(text);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => editorText(page, SAMPLE)).toBe(sample);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE]);

  // Escape cancels: nothing changes.
  await importFiles(page, [{ name: SAMPLE, text }]);
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(tabs(page)).toHaveText([SAMPLE]);
  expect(await editorText(page)).toBe(sample);
});

test('Open… replaces the workspace after asking; Cancel keeps it; Undo brings it back', async ({
  page,
}) => {
  const sample = await editorText(page);
  const pick = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (
      await chooser
    ).setFiles([
      { name: 'other.yaml', mimeType: 'application/yaml', buffer: Buffer.from(service('other')) },
    ]);
  };
  const dialog = page.getByRole('alertdialog', { name: 'Replace the workspace?' });

  await pick();
  await expect(dialog).toContainText('Open replaces the 1 file of the workspace with other.yaml');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(tabs(page)).toHaveText([SAMPLE]);

  await pick();
  await dialog.getByRole('button', { name: 'Replace workspace' }).click();
  await expect(tabs(page)).toHaveText(['other.yaml']);
  await expect(node(page, 'Service extra/other')).toBeAttached();
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE]);
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toBeAttached();
  expect(await editorText(page)).toBe(sample);
});

test('Samples → Empty workspace leaves one empty file; Ctrl+Z outside the editor brings the sample back', async ({
  page,
}) => {
  const sample = await editorText(page);
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Empty workspace' }).click();
  await expect(tabs(page)).toHaveText(['workspace.yaml']);
  expect(await editorText(page)).toBe('');
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toHaveCount(0);

  await page.getByRole('button', { name: 'Samples' }).focus();
  await page.keyboard.press('Control+Z');
  await expect(tabs(page)).toHaveText([SAMPLE]);
  await expect.poll(() => editorText(page)).toBe(sample);
  await page.keyboard.press('Control+Shift+Z');
  await expect(tabs(page)).toHaveText(['workspace.yaml']);
});

test('files are added, renamed and closed in the tabs; Undo reopens a closed one', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'New file' }).click();
  const name = page.getByRole('textbox', { name: 'Rename untitled.yaml' });
  await expect(name).toBeFocused();
  await page.keyboard.type('routes');
  await page.keyboard.press('Enter');
  await expect(tabs(page)).toHaveText([SAMPLE, 'routes.yaml']);
  // Typing goes to the new file.
  await page.keyboard.type('# routes');
  await expect.poll(() => editorText(page, 'routes.yaml')).toBe('# routes');

  // F2 renames the selected tab; a name taken is refused, Escape leaves it as it was.
  const tab = page.getByRole('tab', { name: 'routes.yaml' });
  await tab.focus();
  await page.keyboard.press('F2');
  const field = page.getByRole('textbox', { name: 'Rename routes.yaml' });
  await field.fill(SAMPLE);
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(`There is a file named ${SAMPLE} already.`);
  await page.keyboard.press('Escape');
  await expect(tabs(page)).toHaveText([SAMPLE, 'routes.yaml']);

  // A double click renames too.
  await page.getByRole('tab', { name: 'routes.yaml' }).dblclick();
  await page.getByRole('textbox', { name: 'Rename routes.yaml' }).fill('http-routes.yaml');
  await page.keyboard.press('Enter');
  await expect(tabs(page)).toHaveText([SAMPLE, 'http-routes.yaml']);
  await expect(page.getByRole('tab', { name: 'http-routes.yaml' })).toBeFocused();
  expect(await editorText(page, 'http-routes.yaml')).toBe('# routes');

  await page.getByRole('button', { name: 'Close http-routes.yaml' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE, 'http-routes.yaml']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(tabs(page)).toHaveText([SAMPLE, 'routes.yaml']);
});

test('in an empty document, completion starts a Gateway that has no findings', async ({ page }) => {
  await page.getByRole('button', { name: 'Samples' }).click();
  await page.getByRole('menuitem', { name: 'Empty workspace' }).click();
  await expect(tabs(page)).toHaveText(['workspace.yaml']);
  await clickEditorLine(page, page.locator('.yaml-editor .view-lines'));
  await page.keyboard.press('Control+Space');
  const list = page.locator('.suggest-widget');
  const entry = list.getByText('Gateway — gateway.networking.k8s.io/v1', { exact: true });
  await expect(entry).toBeVisible({ timeout: 10_000 });
  await expect(list).toContainText('HTTPRoute — gateway.networking.k8s.io/v1');
  await expect(list).not.toContainText('object(');
  await entry.click();
  await page.keyboard.press('Escape'); // leave the snippet's tab stops
  const text = (await editorText(page)) ?? '';
  expect(text).toContain('kind: Gateway\n');
  expect(text).toContain('    port: 80\n');

  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(node(page, 'Gateway default/example-gateway')).toBeAttached();
  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('No problems in the workspace.');
  // The schema check (monaco-yaml) runs in its worker: give it a moment, then no markers at all.
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.__gwtlsEditor?.getMarkers())).toEqual([]);
});
