import { expect, node, nodeName, test } from './support';
import type { Locator, Page } from '@playwright/test';

// The graph's layout on a laptop: the first-start sample fits its pane readably with every
// column in view; namespaces collapse and expand; a Gateway can be focused on; a large
// workspace gets an overview instead of an unreadable "Fit view"; the keyboard moves along
// edges and keeps the focused node in view.

const graph = (page: Page) => page.getByRole('region', { name: 'Graph' });

/** The zoom React Flow draws at, from its viewport's transform. */
async function zoomOf(page: Page): Promise<number> {
  const style = (await page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  const m = /scale\(([\d.]+)\)/.exec(style);
  if (!m) throw new Error(`no zoom in "${style}"`);
  return Number(m[1]);
}

/** Is the whole of an element inside the graph's canvas? */
async function inCanvas(page: Page, el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  const canvas = await graph(page).locator('.react-flow').boundingBox();
  if (!box || !canvas) return false;
  return (
    box.x >= canvas.x - 0.5 &&
    box.y >= canvas.y - 0.5 &&
    box.x + box.width <= canvas.x + canvas.width + 0.5 &&
    box.y + box.height <= canvas.y + canvas.height + 0.5
  );
}

/** `namespaces` × `perNamespace` Gateways, each with a route to a Service; TLS in some namespaces. */
function largeWorkspace(namespaces: number, perNamespace: number): string {
  const docs: string[] = [];
  for (let n = 0; n < namespaces; n++) {
    const ns = `team-${n}`;
    for (let g = 0; g < perNamespace; g++) {
      const name = `gw-${n}-${g}`;
      const tls =
        n % 7 === 3
          ? `  - name: https\n    protocol: HTTPS\n    port: 443\n    hostname: app${g}.${ns}.example.com\n    tls:\n      certificateRefs:\n      - name: ${name}-cert\n`
          : '';
      docs.push(
        `apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata:\n  name: ${name}\n  namespace: ${ns}\nspec:\n  gatewayClassName: example\n  listeners:\n${tls}  - name: http\n    protocol: HTTP\n    port: 80\n    hostname: app${g}.${ns}.example.com\n`,
        `apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: ${name}-route\n  namespace: ${ns}\nspec:\n  parentRefs:\n  - name: ${name}\n  rules:\n  - backendRefs:\n    - name: svc-${g}\n      port: 8080\n`,
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${g}\n  namespace: ${ns}\nspec:\n  ports:\n  - port: 8080\n`,
      );
    }
  }
  return docs.join('---\n');
}

async function importLarge(page: Page) {
  await page.getByLabel('Import files').setInputFiles({
    name: 'teams.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(largeWorkspace(30, 10)),
  });
  // Opening over a workspace may ask first.
  const replace = page.getByRole('button', { name: /^(Replace workspace|Keep both)$/ });
  if (
    await replace
      .first()
      .isVisible({ timeout: 1000 })
      .catch(() => false)
  )
    await replace.first().click();
  // Read and laid out (what is added goes below what was there, maybe out of view).
  await expect(
    page.getByRole('combobox', { name: 'Namespace' }).locator('option', { hasText: 'team-29' }),
  ).toHaveCount(1, { timeout: 60_000 });
  await expect(page.locator('.status-bar')).toContainText(/(900|912) objects/, { timeout: 60_000 });
}

for (const [width, height] of [
  [1280, 800],
  [1600, 1000],
] as const) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } });

    test.beforeEach(async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto('/');
      await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toBeVisible({
        timeout: 20_000,
      });
    });

    test('the first-start sample fits its pane at a readable zoom, every column in view', async ({
      page,
    }) => {
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.8);
      // Serving lanes (hostnames → listeners → certificates), routing lanes below.
      for (const name of [
        'Hostname foo.example.com:443',
        'Hostname *:80',
        'Gateway infra/wildcard-tls-gateway',
        'Listener http',
        'Secret infra/foo-example-com-cert',
        'Secret certs/wildcard-example-com-cert',
        'ReferenceGrant certs/allow-infra-gateways',
        'HTTPRoute shop/store',
        'HTTPRoute infra/redirect-to-https',
        'Service shop/auth',
        'BackendTLSPolicy shop/tls-upstream-auth',
        'ConfigMap shop/auth-cert',
      ])
        expect(await inCanvas(page, node(page, name)), name).toBe(true);
      // Nothing drawn over the canvas: no zoom buttons or map on it.
      await expect(graph(page).locator('.react-flow .react-flow__controls')).toHaveCount(0);
      await expect(graph(page).locator('.react-flow .gt-minimap')).toHaveCount(0);
      // "Fit view" keeps it readable.
      await page.getByRole('button', { name: 'Fit view' }).click();
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.8);
      await page.screenshot({ path: test.info().outputPath(`first-start-${width}.png`) });
    });

    test('a namespace collapses into a summary and expands again, by mouse and keyboard', async ({
      page,
    }) => {
      await graph(page).getByRole('button', { name: 'Collapse namespace shop' }).click();
      const summary = node(page, 'Namespace shop, collapsed');
      await expect(summary).toBeVisible();
      await expect(summary).toContainText('OK');
      await expect(node(page, 'HTTPRoute shop/store')).toHaveCount(0);
      // What led into it now leads to the summary.
      await expect(
        graph(page).getByRole('img', { name: /^Listener wildcard-https routes to Namespace shop/ }),
      ).toHaveCount(1);
      await page.screenshot({ path: test.info().outputPath(`collapsed-${width}.png`) });
      const expand = graph(page).getByRole('button', { name: 'Expand namespace shop' });
      await expand.focus();
      await page.keyboard.press('Enter');
      await expect(node(page, 'HTTPRoute shop/store')).toBeVisible();
      await expect(summary).toHaveCount(0);

      // A Gateway collapses to its header, with its listeners' worst state.
      await graph(page)
        .getByRole('button', { name: 'Collapse Gateway infra/wildcard-tls-gateway' })
        .click();
      await expect(node(page, 'Listener http')).toHaveCount(0);
      await expect(node(page, 'Gateway infra/wildcard-tls-gateway')).toContainText(
        'collapsed: 3 listeners',
      );
      await expect(
        page.getByRole('group', { name: /^Gateway infra\/wildcard-tls-gateway\. Warning/ }),
      ).toHaveCount(1);
      await graph(page)
        .getByRole('button', { name: 'Expand Gateway infra/wildcard-tls-gateway' })
        .click();
      await expect(node(page, 'Listener http')).toBeVisible();

      // A selected listener hidden by its Gateway collapsing: one click shows it again.
      await node(page, 'Listener http').click();
      await graph(page)
        .getByRole('button', { name: 'Collapse Gateway infra/wildcard-tls-gateway' })
        .click();
      await expect(graph(page).getByText('The selected object is not shown here')).toBeVisible();
      await graph(page).getByRole('button', { name: 'Show it' }).click();
      await expect(node(page, 'Listener http')).toHaveAttribute('aria-current', 'true');
      await expect(graph(page).getByText('The selected object is not shown here')).toHaveCount(0);
    });

    test('arrow keys follow edges and keep the focused node in view', async ({ page }) => {
      const host = node(page, 'Hostname *.example.com:443');
      await host.focus();
      await page.keyboard.press('ArrowRight');
      const listener = node(page, 'Listener wildcard-https');
      await expect(listener).toBeFocused();
      await page.keyboard.press('ArrowRight');
      const cert = node(page, 'Secret certs/wildcard-example-com-cert');
      await expect(cert).toBeFocused();
      expect(await inCanvas(page, cert)).toBe(true);
      // Down: the listener's next target, its route; Left: back to the listener.
      await page.keyboard.press('ArrowDown');
      await expect(node(page, 'HTTPRoute shop/store')).toBeFocused();
      await page.keyboard.press('ArrowLeft');
      await expect(listener).toBeFocused();
      // The focus ring is not the selection's.
      const ring = await listener.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(ring).toBe('dashed');
      await page.keyboard.press('Enter');
      await expect(listener).toHaveAttribute('aria-current', 'true');
    });

    test('a large workspace: Fit view gives a readable overview, a Gateway can be focused on', async ({
      page,
    }) => {
      await importLarge(page);
      await page.getByRole('button', { name: 'Fit view' }).click();
      await expect(node(page, 'Namespace team-12, collapsed')).toBeVisible();
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.5);
      await expect(graph(page).getByRole('status').filter({ hasText: 'overview' })).toHaveCount(1);
      // A namespace with problems says so on its summary.
      await expect(node(page, 'Namespace team-3, collapsed')).toContainText('with problems');
      await page.screenshot({ path: test.info().outputPath(`overview-${width}.png`) });
      // Fit view again: still readable.
      await page.getByRole('button', { name: 'Fit view' }).click();
      await expect.poll(() => zoomOf(page)).toBeGreaterThanOrEqual(0.5);

      // Open one namespace from the overview; it stays where it was.
      const summary = node(page, 'Namespace team-4, collapsed');
      const before = await summary.boundingBox();
      await graph(page).getByRole('button', { name: 'Expand namespace team-4' }).click();
      const gw = node(page, 'Gateway team-4/gw-4-0');
      await expect(gw).toBeVisible();
      const after = await graph(page)
        .locator('.gt-namespace-head', { hasText: 'team-4' })
        .boundingBox();
      expect(Math.abs((after?.y ?? 0) - (before?.y ?? 0))).toBeLessThan(4);

      // Focus on one of its Gateways: just it and what it touches; then everything again.
      await graph(page).getByRole('button', { name: 'Focus on Gateway team-4/gw-4-0' }).click();
      await expect(graph(page).getByText('Showing Gateway team-4/gw-4-0')).toBeVisible();
      await expect(node(page, 'HTTPRoute team-4/gw-4-0-route')).toBeVisible();
      await expect(node(page, 'Service team-4/svc-0')).toBeVisible();
      await expect(node(page, 'Gateway team-4/gw-4-1')).toHaveCount(0);
      await expect(
        page.getByRole('group', { name: nodeName('Namespace team-5, collapsed') }),
      ).toHaveCount(0);
      await page.screenshot({ path: test.info().outputPath(`focused-${width}.png`) });
      // Show all: back to the view as it was left.
      await graph(page).getByRole('button', { name: 'Show all' }).click();
      await expect(node(page, 'Gateway team-4/gw-4-1')).toBeVisible();
      await expect(graph(page).getByText('Showing Gateway team-4/gw-4-0')).toHaveCount(0);

      // Everything expanded again: the keyboard reaches nodes far outside the view.
      await page.getByRole('button', { name: 'Expand all' }).click();
      const top = node(page, 'Hostname foo.example.com:443');
      await expect(top).toBeVisible();
      await top.focus();
      const focused = page.locator('.react-flow__node:focus');
      const label = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      // Down the first column, into the teams' namespaces, far below where the view was.
      for (let i = 0; i < 150 && !(await label())?.startsWith('HTTPRoute team-2/'); i++)
        await page.keyboard.press('ArrowDown');
      await expect(focused).toHaveAttribute('aria-label', /^HTTPRoute team-2\//);
      await expect.poll(() => inCanvas(page, focused)).toBe(true);
      // End: the last node, at the bottom of the graph.
      await page.keyboard.press('End');
      await expect(focused).toHaveAttribute('aria-label', /^Service team-29\//);
      await expect.poll(() => inCanvas(page, focused)).toBe(true);
    });
  });
}
