import { readFileSync } from 'node:fs';
import { editorText, expect, node, openFiles, ready, test } from './support';

// A person's paths through the whole app: start, import, export, break, click, look up, reload.

test('first start opens a sample: graph, YAML and hosts, with nothing but the app requested', async ({
  page,
}) => {
  await ready(page);
  await expect(node(page, 'Listener foo-https')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Hosts' })).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('table').getByRole('columnheader', { name: 'Hostname' }),
  ).toBeVisible();
  await expect(page.getByText('Resolver ready')).toBeVisible();
});

test('a first start draws the sample while the resolver is still loading', async ({ page }) => {
  // Hold the resolver worker's code back: the graph comes from the analysis made at build
  // time, then the worker answers for the same text.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/resolver.worker*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(node(page, 'Listener foo-https')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Resolver ready')).toHaveCount(0);
  await expect(page.locator('.status-bar')).toContainText('analysed ahead of time');
  release();
  await expect(page.getByText('Resolver ready')).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('.status-bar')).toContainText('analysed in');
});

test('open a file, export it: the same bytes come back', async ({ page }) => {
  await ready(page);
  // CRLF, comments, quoting, an anchor, a document the tool does not know, no final newline.
  const text =
    '# edge\r\napiVersion: gateway.networking.k8s.io/v1\r\nkind: Gateway\r\nmetadata:\r\n  name: "edge"   # quoted\r\nspec:\r\n  gatewayClassName: &c example\r\n  listeners:\r\n  - {name: http, port: 80, protocol: HTTP}\r\n---\r\nsomething: else\r\nclass: *c';
  const bytes = Buffer.from(`\uFEFF${text}`);
  // Open replaces the workspace: the export is the one file, as it was read.
  await openFiles(page, [{ name: 'edge.yaml', bytes }]);
  await expect(node(page, 'Gateway default/edge')).toBeAttached();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  const file = await (await download).path();
  expect(readFileSync(file)).toEqual(bytes);
  expect((await download).suggestedFilename()).toBe('edge.yaml');
});

test('a broken certificate reference shows as an error edge, a problem and a marker', async ({
  page,
}) => {
  await ready(page);
  const text = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: shop, namespace: web}
spec:
  gatewayClassName: example
  listeners:
  - name: https
    port: 443
    protocol: HTTPS
    hostname: shop.example.com
    tls:
      certificateRefs:
      - name: shop-cert-typo
`;
  await openFiles(page, [{ name: 'shop.yaml', bytes: Buffer.from(text) }]);
  await expect(node(page, 'Gateway web/shop')).toBeAttached();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await expect(node(page, 'Secret web/shop-cert-typo')).toBeAttached();
  await expect(node(page, 'Secret web/shop-cert-typo')).toContainText(/not in the workspace/i);
  await expect(page.locator('.gt-edge-error').first()).toBeAttached();
  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(page.getByRole('tabpanel').getByText('CERT_SECRET_NOT_FOUND').first()).toBeVisible();
  await expect
    .poll(() =>
      page.evaluate(() =>
        window.__gwtlsEditor?.getMarkers().some((m) => m.owner === 'gwtls' && m.line === 13),
      ),
    )
    .toBe(true);
});

test('clicking a node reveals its YAML; the hostname field answers and lights the path', async ({
  page,
}) => {
  await ready(page);
  await node(page, 'Listener wildcard-https').click();
  await expect
    .poll(() => page.evaluate(() => window.__gwtlsEditor?.getSelection()?.startLine))
    .toBe(25);
  await page.getByRole('tab', { name: 'Hosts' }).click();
  await page.getByRole('textbox', { name: 'Hostname' }).fill('store.example.com');
  await page.getByRole('button', { name: 'Look up' }).click();
  await expect(
    page.getByText(
      /Listener "wildcard-https" of Gateway infra\/wildcard-tls-gateway answers "store.example.com"/,
    ),
  ).toBeVisible();
});

test('the workspace is kept in the browser and restored after a reload', async ({ page }) => {
  await ready(page);
  const text =
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: kept\n  namespace: demo\nspec:\n  ports:\n  - port: 80\n';
  await openFiles(page, [{ name: 'kept.yaml', bytes: Buffer.from(text) }]);
  await expect(node(page, 'Service demo/kept')).toBeAttached();
  await page.waitForTimeout(600); // saving is debounced
  await page.reload();
  await expect(node(page, 'Service demo/kept')).toBeAttached({ timeout: 20_000 });
  await expect.poll(() => editorText(page)).toBe(text);
});
