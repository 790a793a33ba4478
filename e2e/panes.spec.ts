import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { clickEditorLine, expect, openFiles, ready, test } from './support';

// Panes that fit a laptop: the YAML editor and the details panel fold away and back (mouse and
// keyboard, kept across a reload), Hosts fits its panel, and the YAML pane shows a selected
// object from the start of its line whatever the lines' length.

const sizes = [
  { width: 1280, height: 800 },
  { width: 1600, height: 1000 },
];

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const width = async (l: Locator) => (await l.boundingBox())?.width ?? 0;

for (const viewport of sizes) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test.beforeEach(async ({ page }) => {
      // Monaco, the worker and the graph all start: allow a busy machine more than the default.
      test.setTimeout(90_000);
      await ready(page);
    });

    test('the YAML editor and the details panel collapse and restore by mouse; the graph takes the room; a reload keeps it', async ({
      page,
    }) => {
      const graph = region(page, 'Graph');
      const before = await width(graph);
      const collapseEditor = button(page, 'Collapse YAML editor');
      await expect(collapseEditor).toHaveAttribute('aria-expanded', 'true');
      await collapseEditor.click();
      await expect(region(page, 'YAML editor')).toBeHidden();
      const expandEditor = button(page, 'Expand YAML editor');
      await expect(expandEditor).toHaveAttribute('aria-expanded', 'false');
      await expect(collapseEditor).toHaveCount(0);
      const withoutEditor = await width(graph);
      expect(withoutEditor).toBeGreaterThan(before + viewport.width * 0.2);

      await button(page, 'Collapse details panel').click();
      await expect(region(page, 'Details')).toBeHidden();
      await expect(button(page, 'Expand details panel')).toHaveAttribute('aria-expanded', 'false');
      expect(await width(graph)).toBeGreaterThan(withoutEditor + viewport.width * 0.2);
      await page.screenshot({ path: test.info().outputPath('both-collapsed.png') });

      // A reload keeps both folded.
      await page.reload();
      await expect(button(page, 'Expand YAML editor')).toBeVisible({ timeout: 20_000 });
      await expect(button(page, 'Expand details panel')).toBeVisible();
      await expect(region(page, 'YAML editor')).toBeHidden();
      await expect(region(page, 'Details')).toBeHidden();
      expect(await width(graph)).toBeGreaterThan(viewport.width * 0.85);

      await button(page, 'Expand YAML editor').click();
      await button(page, 'Expand details panel').click();
      await expect(region(page, 'YAML editor')).toBeVisible();
      await expect(region(page, 'Details')).toBeVisible();
      expect(Math.abs((await width(graph)) - before)).toBeLessThan(3);
      await expect(button(page, 'Collapse YAML editor')).toHaveAttribute('aria-expanded', 'true');
      await expect(button(page, 'Collapse details panel')).toHaveAttribute('aria-expanded', 'true');
      // The editor comes back with its text, and the Hosts tab where it was.
      await expect(page.locator('.view-lines')).toContainText('kind: Gateway');
      await expect(page.getByRole('tab', { name: 'Hosts', exact: true })).toHaveAttribute(
        'aria-selected',
        'true',
      );

      await page.reload();
      await expect(button(page, 'Collapse YAML editor')).toBeVisible({ timeout: 20_000 });
      await expect(button(page, 'Collapse details panel')).toBeVisible();
    });

    test('the panes collapse and restore from the keyboard: their buttons, and Alt+Shift+Y / Alt+Shift+D from anywhere', async ({
      page,
    }) => {
      // The collapse button by keyboard: focus moves to the strip's Expand button and back.
      await button(page, 'Collapse details panel').focus();
      await page.keyboard.press('Enter');
      await expect(region(page, 'Details')).toBeHidden();
      await expect(button(page, 'Expand details panel')).toBeFocused();
      await page.keyboard.press('Space');
      await expect(region(page, 'Details')).toBeVisible();
      await expect(button(page, 'Collapse details panel')).toBeFocused();

      // The shortcuts work while typing in the editor, and type nothing there.
      const text = await page.evaluate(() => window.__gwtlsEditor?.getValue());
      await clickEditorLine(page, page.locator('.view-line', { hasText: 'kind: Gateway' }).first());
      await page.keyboard.press('Alt+Shift+Y');
      await expect(region(page, 'YAML editor')).toBeHidden();
      await expect(button(page, 'Expand YAML editor')).toBeFocused();
      await expect(button(page, 'Expand YAML editor')).toHaveAttribute(
        'aria-keyshortcuts',
        'Alt+Shift+Y',
      );
      await page.keyboard.press('Alt+Shift+Y');
      await expect(region(page, 'YAML editor')).toBeVisible();
      // Back in the editor, where the person was typing.
      await expect
        .poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')))
        .toBe(true);
      expect(await page.evaluate(() => window.__gwtlsEditor?.getValue())).toBe(text);

      await page.keyboard.press('Alt+Shift+D');
      await expect(region(page, 'Details')).toBeHidden();
      await page.reload();
      await expect(button(page, 'Expand details panel')).toBeVisible({ timeout: 20_000 });
      await page.keyboard.press('Alt+Shift+D');
      await expect(region(page, 'Details')).toBeVisible();
      await expect(button(page, 'Collapse details panel')).toBeVisible();
    });

    test('Hosts shows hostname, listener, certificate and state inside the panel, without horizontal scrolling', async ({
      page,
    }) => {
      const panel = page.getByRole('tabpanel');
      const table = panel.getByRole('table', { name: 'Hosts' });
      await expect(table).toBeVisible();
      const box = await panel.boundingBox();
      if (!box) throw new Error('no Hosts panel');
      const inside = async (l: Locator) => {
        await l.scrollIntoViewIfNeeded();
        const b = await l.boundingBox();
        expect(b, 'in view').not.toBeNull();
        if (!b) return;
        expect(b.x).toBeGreaterThanOrEqual(box.x);
        expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 0.5);
      };
      // Hostname, listener, certificate, its coverage, and the row's state (its listener's).
      for (const [host, listener, cert, coverage, state] of [
        [
          'foo.example.com',
          'foo-https',
          'infra/foo-example-com-cert',
          'covered',
          'OverlappingCertificates',
        ],
        [
          '*.example.com',
          'wildcard-https',
          'certs/wildcard-example-com-cert',
          'partial',
          'OverlappingCertificates',
        ],
      ] as const) {
        const row = table
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: host, exact: true }) });
        await inside(row.getByRole('rowheader', { name: host, exact: true }));
        await inside(row.getByRole('button', { name: listener, exact: true }));
        await inside(row.getByRole('button', { name: cert, exact: true }));
        await inside(row.getByText(coverage).first());
        await inside(row.getByText(state).first());
      }
      // Nothing is wider than the panel: no horizontal scroll, the lookup stays in view.
      expect(await panel.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      await inside(panel.getByRole('textbox', { name: 'Hostname' }));
      await inside(panel.getByRole('button', { name: 'Look up' }));
      await panel.evaluate((el) => el.scrollTo(0, 0));
      await page.screenshot({ path: test.info().outputPath('hosts.png') });
    });

    test('a hostname stays in view while its card scrolls', async ({ page }) => {
      // A Gateway with more hostnames than the panel shows at once.
      const listeners = Array.from({ length: 12 }, (_, i) =>
        [
          `    - name: site-${i + 1}`,
          '      protocol: HTTP',
          '      port: 80',
          `      hostname: site-${i + 1}.example.com`,
        ].join('\n'),
      );
      const text = [
        'apiVersion: gateway.networking.k8s.io/v1',
        'kind: Gateway',
        'metadata:',
        '  name: many-sites',
        '  namespace: edge',
        'spec:',
        '  gatewayClassName: example',
        '  listeners:',
        ...listeners,
        '',
      ].join('\n');
      await openFiles(page, [{ name: 'many-sites.yaml', text }]);
      const panel = page.getByRole('tabpanel');
      const host = panel.getByRole('rowheader', { name: 'site-4.example.com', exact: true });
      await expect(host).toBeVisible();
      // Scroll the card's top 40 px above the panel's top: its hostname stays at the top.
      const scrolled = await host.evaluate((th) => {
        const scroller = th.closest('[role=tabpanel]');
        const card = th.closest('tr');
        if (!scroller || !card) return false;
        const top = scroller.getBoundingClientRect().top;
        scroller.scrollTop += card.getBoundingClientRect().top - top + 40;
        const r = card.getBoundingClientRect();
        return r.top < top && r.bottom > top + 80;
      });
      // At the default widths Hosts shows cards, and this card is taller than what scrolled.
      expect(scrolled).toBe(true);
      const panelBox = await panel.boundingBox();
      const hostBox = await host.boundingBox();
      expect(hostBox && panelBox && hostBox.y).toBeGreaterThanOrEqual((panelBox?.y ?? 0) - 1);
      await page.screenshot({ path: test.info().outputPath('sticky-hostname.png') });
    });

    test('selecting a Secret with long base64 lines shows its first line from column 1, and so does the next selection', async ({
      page,
    }) => {
      const text = longLinesWorkspace();
      await openFiles(page, [{ name: 'long-lines.yaml', text }]);
      const panel = page.getByRole('tabpanel');
      const link = (name: string) => panel.getByRole('button', { name, exact: true }).first();
      await expect(link('edge/foo-cert')).toBeVisible({ timeout: 20_000 });
      const lines = text.split('\n');
      const lineOf = (from: number, prefix: string) =>
        lines.findIndex((l, i) => i >= from && l.startsWith(prefix)) + 1;
      const fooStart = lineOf(0, 'apiVersion: v1');
      const wildcardStart = lineOf(fooStart, 'apiVersion: v1');
      const scroll = () => page.evaluate(() => window.__gwtlsEditor?.getScroll());
      /** Every box of the editor scrolled natively (Monaco scrolls its text itself). */
      const nativeScroll = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('.yaml-editor, .yaml-editor *')]
            .filter(
              (e) => e.scrollLeft !== 0 || (e.scrollTop !== 0 && e.closest('.overflow-guard')),
            )
            .map((e) => String(e.className)),
        );
      const expectShownFromStart = async (line: number) => {
        await expect.poll(async () => (await scroll())?.left).toBe(0);
        const s = await scroll();
        expect(s).toBeDefined();
        if (!s) return;
        expect(line).toBeGreaterThanOrEqual(s.firstLine);
        // Near the top: in the upper half of the view.
        expect(line - s.firstLine).toBeLessThanOrEqual((s.lastLine - s.firstLine) / 2);
        expect(await nativeScroll()).toEqual([]);
      };

      await link('edge/foo-cert').click();
      await expect
        .poll(() => page.evaluate(() => window.__gwtlsEditor?.getSelection()?.startLine))
        .toBe(fooStart);
      await expectShownFromStart(fooStart);
      await page.screenshot({ path: test.info().outputPath('secret-selected.png') });

      // The person reads to the end of the certificate line: the editor scrolls right.
      const crt = page.locator('.view-line', { hasText: 'tls.crt: LS0t' }).first();
      await clickEditorLine(page, crt);
      await page.keyboard.press('End');
      await expect.poll(async () => (await scroll())?.left ?? 0).toBeGreaterThan(1000);
      // A browser scrolling the boxes around the long line natively (as it does to bring a
      // focused or clicked spot far along it into view) cannot shift the text out of sight.
      await crt.evaluate((line) => {
        for (let e = line.parentElement; e && !e.matches('.yaml-pane'); e = e.parentElement)
          e.scrollLeft = 3000;
      });
      expect(await nativeScroll()).toEqual([]);

      await link('edge/wildcard-cert').click();
      await expect
        .poll(() => page.evaluate(() => window.__gwtlsEditor?.getSelection()?.startLine))
        .toBe(wildcardStart);
      await expectShownFromStart(wildcardStart);
      await expect(page.locator('.view-line', { hasText: 'name: wildcard-cert' })).toBeVisible();

      // Another object, a listener near the file's top, is shown from column 1 too.
      await link('secure-foo').click();
      const listenerLine = lineOf(0, '    - name: secure-foo');
      await expect
        .poll(() => page.evaluate(() => window.__gwtlsEditor?.getSelection()?.startLine))
        .toBe(listenerLine);
      await expect.poll(async () => (await scroll())?.left).toBe(0);
      await expect(page.locator('.view-line', { hasText: 'name: secure-foo' })).toBeVisible();
      expect(await nativeScroll()).toEqual([]);
      await page.screenshot({ path: test.info().outputPath('listener-after-secret.png') });
    });
  });
}

/**
 * A Gateway and its two Secrets as `kubectl get -o yaml` writes them: certificate and key on
 * one base64 line each (over a thousand characters), and the managed fields that make a
 * Secret longer than the editor's view.
 */
function longLinesWorkspace(): string {
  const sample = readFileSync('public/samples/guide-wildcard-tls.yaml', 'utf8');
  const secrets = new Map(
    parseAllDocuments(sample).flatMap((d) => {
      const o = d.toJS() as {
        kind?: string;
        metadata?: { name?: string };
        stringData?: Record<string, string>;
      };
      return o.kind === 'Secret' && o.stringData ? [[o.metadata?.name ?? '', o.stringData]] : [];
    }),
  );
  const b64 = (s = '') => Buffer.from(s).toString('base64');
  const secret = (name: string, from: string) => {
    const data = secrets.get(from) ?? {};
    return [
      'apiVersion: v1',
      'kind: Secret',
      'metadata:',
      '  annotations:',
      `    kubectl.kubernetes.io/last-applied-configuration: '{"apiVersion":"v1","kind":"Secret","metadata":{"name":"${name}","namespace":"edge"},"type":"kubernetes.io/tls"}'`,
      '  creationTimestamp: "2026-01-02T03:04:05Z"',
      '  managedFields:',
      '  - apiVersion: v1',
      '    fieldsType: FieldsV1',
      '    fieldsV1:',
      '      f:data:',
      '        .: {}',
      '        f:tls.crt: {}',
      '        f:tls.key: {}',
      '      f:metadata:',
      '        f:annotations:',
      '          .: {}',
      '          f:kubectl.kubernetes.io/last-applied-configuration: {}',
      '      f:type: {}',
      '    manager: kubectl-client-side-apply',
      '    operation: Update',
      '    time: "2026-01-02T03:04:05Z"',
      `  name: ${name}`,
      '  namespace: edge',
      '  resourceVersion: "4242"',
      '  uid: 0b7c1e4e-6c1a-4d55-9d1e-5a4f3b2c1d0e',
      'type: kubernetes.io/tls',
      'data:',
      `  tls.crt: ${b64(data['tls.crt'])}`,
      `  tls.key: ${b64(data['tls.key'])}`,
    ].join('\n');
  };
  const gateway = [
    'apiVersion: gateway.networking.k8s.io/v1',
    'kind: Gateway',
    'metadata:',
    '  name: long-lines',
    '  namespace: edge',
    'spec:',
    '  gatewayClassName: example',
    '  listeners:',
    '    - name: secure-foo',
    '      protocol: HTTPS',
    '      port: 443',
    '      hostname: foo.example.com',
    '      tls:',
    '        certificateRefs:',
    '          - name: foo-cert',
    '    - name: secure-wildcard',
    '      protocol: HTTPS',
    '      port: 443',
    '      hostname: "*.example.com"',
    '      tls:',
    '        certificateRefs:',
    '          - name: wildcard-cert',
  ].join('\n');
  return [
    gateway,
    secret('foo-cert', 'foo-example-com-cert'),
    secret('wildcard-cert', 'wildcard-example-com-cert'),
  ]
    .join('\n---\n')
    .concat('\n');
}
