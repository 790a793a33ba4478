import { readFileSync } from 'node:fs';
import { expect, node, openSample, test } from './support';
import type { Page } from '@playwright/test';

// The graph: nodes by their accessible names, selection, filters, search and the SNI path.

test.beforeEach(async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto('/');
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toBeVisible({ timeout: 20_000 });
});

const graph = (page: Page) => page.getByRole('region', { name: 'Graph' });

test('the first-start sample draws its objects, each named by kind, namespace and name', async ({
  page,
}) => {
  // The start is framed where traffic enters, readable; "Fit view" shows it all.
  await expect(node(page, 'Listener foo-https')).toBeVisible();
  await page.getByRole('button', { name: 'Fit view' }).click();
  for (const name of [
    'Gateway infra/wildcard-tls-gateway',
    'Listener foo-https',
    'Listener wildcard-https',
    'Listener http',
    'Hostname foo.example.com:443',
    'Secret infra/foo-example-com-cert',
    'Secret certs/wildcard-example-com-cert',
    'ReferenceGrant certs/allow-infra-gateways',
    'HTTPRoute shop/foo',
    'Service shop/auth',
    'BackendTLSPolicy shop/tls-upstream-auth',
    'ConfigMap shop/auth-cert',
  ])
    await expect(node(page, name)).toBeVisible();
  // A node shows its state in words, not colour alone.
  await expect(node(page, 'Listener foo-https')).toContainText('OverlappingCertificates');
  await expect(node(page, 'Secret infra/foo-example-com-cert')).toContainText('OK');
  // Namespaces are boxes.
  for (const ns of ['infra', 'certs', 'shop'])
    await expect(graph(page).locator('.gt-namespace-label', { hasText: ns })).toBeVisible();
  // The cross-namespace certificate names the ReferenceGrant that permits it.
  await expect(
    page.locator('.gt-edge-label', { hasText: 'via ReferenceGrant certs/allow-infra-gateways' }),
  ).toHaveCount(1);
});

test('clicking a node selects it; Tab and Enter select one from the keyboard', async ({ page }) => {
  const listener = node(page, 'Listener foo-https');
  await listener.click();
  await expect(listener).toHaveAttribute('aria-current', 'true');
  await expect(listener).toHaveClass(/selected/);

  // Clicking the empty canvas clears the selection.
  const pane = graph(page).locator('.react-flow__pane');
  const box = await pane.boundingBox();
  if (!box) throw new Error('no pane');
  await page.mouse.click(box.x + box.width / 2, box.y + 4);
  await expect(listener).not.toHaveAttribute('aria-current', 'true');

  // Tab goes on in reading order: from a hostname to the next one below it.
  const first = node(page, 'Hostname foo.example.com:443');
  await first.focus();
  await page.keyboard.press('Tab');
  await expect(node(page, 'Hostname *.example.com:443')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(first).toBeFocused();
  const gateway = node(page, 'Gateway infra/wildcard-tls-gateway');
  await gateway.focus();
  await page.keyboard.press('Enter');
  await expect(gateway).toHaveAttribute('aria-current', 'true');
});

test('only problems: what is fine is hidden; the troubleshooting sample shows its errors and warnings', async ({
  page,
}) => {
  // The first-start sample: both HTTPS listeners share certificates (a warning), the HTTP one
  // is fine.
  await expect(node(page, 'Listener http')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Only problems' }).check();
  await expect(node(page, 'Listener foo-https')).toBeVisible();
  await expect(node(page, 'Listener http')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Only problems' }).uncheck();

  await openSample(page, 'Troubleshooting: common TLS mistakes');
  await expect(node(page, 'Gateway infra/edge')).toBeVisible();
  await expect(node(page, 'Listener legacy')).toBeVisible();

  await page.getByRole('checkbox', { name: 'Only problems' }).check();
  await page.getByRole('button', { name: 'Fit view' }).click();
  for (const name of [
    'Listener shop',
    'Listener admin',
    'HTTPRoute infra/shop',
    'Service infra/shop-frontend',
  ])
    await expect(node(page, name)).toBeVisible();
  await expect(node(page, 'Listener shop')).toContainText('Invalid');
  await expect(node(page, 'Listener admin')).toContainText('UnsupportedProtocol');
  // The Service is referenced but not in the workspace: drawn as missing.
  await expect(node(page, 'Service infra/shop-frontend')).toContainText('missing');
  await expect(node(page, 'Service infra/shop-frontend').locator('.gt-missing')).toHaveCount(1);
  // The certificate in another namespace that no ReferenceGrant lets the Gateway use.
  await expect(
    graph(page).getByRole('img', {
      name: /^Listener shop uses certificate .*, no ReferenceGrant\. Error: RefNotPermitted$/,
    }),
  ).toHaveCount(1);
  await expect(page.locator('.gt-edge-label', { hasText: 'no ReferenceGrant' })).toHaveCount(1);
  // Its certificate expires within 30 days: a warning of the listener it serves.
  await expect(node(page, 'Listener legacy')).toContainText('CERT_EXPIRING');
});

test('nodes do not jump when the YAML changes; Re-layout tidies up', async ({ page }) => {
  const sample = readFileSync('public/samples/guide-wildcard-tls.yaml', 'utf8');
  const stay = ['Listener foo-https', 'Hostname foo.example.com:443', 'Listener http'];
  const boxes = () => Promise.all(stay.map((name) => node(page, name).boundingBox()));
  const before = await boxes();
  // A Gateway in namespace "aaa": a fresh layout would put its band first, above "infra".
  const edited = `${sample}---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: early
  namespace: aaa
spec:
  gatewayClassName: example
  listeners:
  - name: web
    port: 80
    protocol: HTTP
`;
  // Imported under the same name: it replaces the file (Import asks).
  await page.getByLabel('Import files').setInputFiles({
    name: 'guide-wildcard-tls.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(edited),
  });
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('.status-bar')).toContainText('13 objects');
  // The view did not move and neither did the nodes that were there before.
  expect(await boxes()).toEqual(before);
  // The new Gateway went below what was there (a fresh layout would put "aaa" first).
  await page.getByRole('button', { name: 'Fit view' }).click();
  const gw = await node(page, 'Gateway aaa/early').boundingBox();
  const infra = await node(page, 'Gateway infra/wildcard-tls-gateway').boundingBox();
  expect(gw && infra && gw.y > infra.y).toBe(true);

  await page.getByRole('button', { name: 'Re-layout' }).click();
  await expect(async () => {
    const a = await node(page, 'Gateway aaa/early').boundingBox();
    const b = await node(page, 'Gateway infra/wildcard-tls-gateway').boundingBox();
    expect(a && b && a.y < b.y).toBe(true);
  }).toPass();
});

test('a dragged node stays where it was put', async ({ page }) => {
  const host = node(page, 'Hostname *:80');
  const a = await host.boundingBox();
  if (!a) throw new Error('no box');
  await page.mouse.move(a.x + 30, a.y + 10);
  await page.mouse.down();
  await page.mouse.move(a.x + 30, a.y + 60, { steps: 5 });
  await page.mouse.move(a.x + 30, a.y + 110, { steps: 5 });
  await page.mouse.up();
  const b = await host.boundingBox();
  // React Flow starts a drag after the first movement: the node follows from there on.
  expect(b && b.y - a.y).toBeGreaterThan(80);
  // Dragging selected it; selecting another node does not move it back.
  await node(page, 'Listener http').click();
  expect(await host.boundingBox()).toEqual(b);
});

test('filters by namespace and by kind', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Namespace' }).selectOption('certs');
  await expect(node(page, 'Secret certs/wildcard-example-com-cert')).toBeVisible();
  await expect(node(page, 'ReferenceGrant certs/allow-infra-gateways')).toBeVisible();
  await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Namespace' }).selectOption('');
  await page.locator('summary', { hasText: 'Kinds' }).click();
  await page.getByRole('checkbox', { name: 'Hostname' }).uncheck();
  await expect(node(page, 'Hostname foo.example.com:443')).toHaveCount(0);
  await expect(node(page, 'Listener foo-https')).toBeVisible();
});

test('search by hostname finds the listener and Enter goes to it', async ({ page }) => {
  const search = page.getByRole('searchbox', { name: 'Search by name or hostname' });
  await search.fill('foo.example.com');
  await expect(graph(page).getByRole('status')).toHaveText(/\d+ match/);
  const listener = node(page, 'Listener foo-https');
  await expect(listener).toHaveClass(/gt-match/);
  await expect(node(page, 'Listener http')).not.toHaveClass(/gt-match/);
  await search.press('Enter');
  // The first match in graph order is selected (and revealed in the YAML).
  await expect(page.locator('.react-flow__node[aria-current="true"]')).toHaveCount(1);
  await search.fill('nothing-is-called-this');
  await expect(graph(page).getByRole('status')).toHaveText('0 matches');
});

test('the SNI answer lights up its path on the graph', async ({ page }) => {
  await page
    .getByRole('tabpanel')
    .getByRole('textbox', { name: 'Hostname' })
    .fill('foo.example.com');
  await page.keyboard.press('Enter');
  const listener = node(page, 'Listener foo-https');
  await expect(listener).toHaveClass(/gt-lit/);
  await expect(node(page, 'Hostname foo.example.com:443')).toHaveClass(/gt-lit/);
  await expect(node(page, 'Listener http')).not.toHaveClass(/gt-lit/);
  await expect(graph(page).locator('.gt-canvas')).toHaveClass(/is-lighting/);
});

test('the graph follows the dark colour scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(graph(page).locator('.react-flow')).toHaveClass(/dark/);
  const bg = await node(page, 'Listener http')
    .locator('.gt-listener')
    .evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(bg).not.toBe('rgb(255, 255, 255)');
});
