import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openFiles, node, ready, test } from './support';

// One truth per element: a certificate that does not cover its listener's hostname, and one
// that has expired, show on the hostname, its serving edge, the Hosts row, the SNI answer and
// the Inspector alike; a Gateway the API server would refuse stays drawn, in red, saying why.
// Certificates come from src/core/testdata/certs (expired.crt.pem expired on 2026-11-23, long
// before the journeys' clock, 2031-03-04).

const cert = (name: string) =>
  readFileSync(new URL(`../src/core/testdata/certs/${name}`, import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');

const secret = (name: string, pair: string) => `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
  namespace: infra
type: kubernetes.io/tls
stringData:
  tls.crt: |
${cert(`${pair}.crt.pem`)}
  tls.key: |
${cert(`${pair}.key.pem`)}
`;

const workspace = `# shop is served with a certificate for foo.example.com only; legacy with an expired one.
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
spec:
  gatewayClassName: example
  listeners:
    - name: shop
      protocol: HTTPS
      port: 443
      hostname: shop.example.com
      tls:
        certificateRefs:
          - name: foo-cert
    - name: legacy
      protocol: HTTPS
      port: 443
      hostname: legacy.example.com
      tls:
        certificateRefs:
          - name: old-cert
---
# Two listeners on the same port, protocol and hostname: the API server refuses this Gateway.
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: refused
  namespace: infra
spec:
  gatewayClassName: example
  listeners:
    - name: web
      protocol: HTTP
      port: 80
      hostname: store.example.com
    - name: web-again
      protocol: HTTP
      port: 80
      hostname: store.example.com
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: store
  namespace: infra
spec:
  parentRefs:
    - name: refused
  rules:
    - backendRefs:
        - name: store
          port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: store
  namespace: infra
spec:
  ports:
    - port: 8080
---
${secret('foo-cert', 'foo')}---
${secret('old-cert', 'expired')}`;

const shots = process.env.TRUTH_SHOTS;

async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png` });
}

/** An edge of the graph by its whole accessible name. */
const edge = (page: Page, name: string) =>
  page.locator('.react-flow').getByRole('img', { name, exact: true });

async function open(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  await ready(page);
  await openFiles(page, [{ name: 'truth.yaml', text: workspace }]);
  await expect(node(page, 'Gateway infra/edge')).toBeAttached({ timeout: 20_000 });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1600, height: 1000 },
]) {
  const at = `${size.width}x${size.height}`;

  test(`a certificate that does not cover its hostname, or has expired, shows on the serving (${at})`, async ({
    page,
  }) => {
    await open(page, size);
    // Not covering: a warning on the hostname, its serving edge, the listener and its
    // certificate edge; the Secret itself is fine.
    const uncovered = 'Warning: CERT_HOSTNAME_NOT_COVERED';
    await expect(
      page.getByRole('group', { name: `Hostname shop.example.com:443. ${uncovered}` }),
    ).toBeAttached();
    await expect(
      edge(page, `Hostname shop.example.com:443 serves Listener shop. ${uncovered}`),
    ).toBeAttached();
    await expect(page.getByRole('group', { name: `Listener shop. ${uncovered}` })).toBeAttached();
    await expect(
      edge(page, `Listener shop uses certificate Secret infra/foo-cert. ${uncovered}`),
    ).toBeAttached();
    await expect(page.getByRole('group', { name: 'Secret infra/foo-cert. OK' })).toBeAttached();

    // Expired: errors on the same elements, and on the Secret as a fact of its own.
    const expired = 'Error: CERT_EXPIRED';
    await expect(
      page.getByRole('group', { name: `Hostname legacy.example.com:443. ${expired}` }),
    ).toBeAttached();
    await expect(
      edge(page, `Hostname legacy.example.com:443 serves Listener legacy. ${expired}`),
    ).toBeAttached();
    await expect(page.getByRole('group', { name: `Listener legacy. ${expired}` })).toBeAttached();
    await expect(
      edge(page, `Listener legacy uses certificate Secret infra/old-cert. ${expired}`),
    ).toBeAttached();
    await expect(
      page.getByRole('group', { name: 'Secret infra/old-cert. Error: Expired' }),
    ).toBeAttached();
    await page.getByRole('button', { name: 'Fit view' }).click();
    await shot(page, `graph-${at}`);

    // The Hosts rows say the same.
    await page.getByRole('tab', { name: 'Hosts', exact: true }).click();
    const panel = page.getByRole('tabpanel');
    const row = (hostname: string) =>
      panel
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: hostname, exact: true }) });
    await expect(row('shop.example.com')).toContainText('CERT_HOSTNAME_NOT_COVERED');
    await expect(row('shop.example.com')).toContainText('NOT covered');
    await expect(row('legacy.example.com')).toContainText('CERT_EXPIRED');
    await expect(row('legacy.example.com')).toContainText('expired');
    await shot(page, `hosts-${at}`);

    // The SNI lookup answers, but not OK: with the reason.
    await panel.getByRole('combobox', { name: 'Gateway' }).selectOption('infra/edge');
    await panel.getByRole('spinbutton', { name: 'Port' }).fill('443');
    await panel.getByRole('textbox', { name: 'Hostname' }).fill('legacy.example.com');
    await page.keyboard.press('Enter');
    const answer = panel.getByRole('region', { name: 'Answer', exact: true });
    const verdict = answer.getByRole('status');
    await expect(verdict).toContainText('Listener "legacy"');
    await expect(verdict).toContainText('✗Answered, but CERT_EXPIRED');
    await expect(verdict).toContainText('expired on 2026-11-23 00:42 UTC');
    await expect(verdict).toContainText('No certificate presented covers "legacy.example.com"');
    await expect(verdict).not.toContainText('✓');
    await answer.scrollIntoViewIfNeeded();
    await shot(page, `sni-${at}`);
    await panel.getByRole('textbox', { name: 'Hostname' }).fill('shop.example.com');
    await page.keyboard.press('Enter');
    await expect(verdict).toContainText('⚠Answered, but CERT_HOSTNAME_NOT_COVERED');

    // The Inspector of the listener shows the certificate problem, never "certificate OK".
    await answer.getByRole('button', { name: 'shop', exact: true }).first().click();
    await page.getByRole('tab', { name: 'Inspector', exact: true }).click();
    await expect(panel.getByRole('heading', { name: 'Listener shop' })).toBeVisible();
    const references = panel.getByRole('region', { name: 'References from here' });
    const certificate = references.getByRole('listitem').filter({ hasText: 'certificate' });
    await expect(certificate).toContainText('⚠CERT_HOSTNAME_NOT_COVERED');
    await expect(certificate).not.toContainText('✓');
    await expect(panel.getByRole('region', { name: 'Problems here' })).toContainText(
      'CERT_HOSTNAME_NOT_COVERED',
    );
    await shot(page, `inspector-${at}`);
  });

  test(`a Gateway the API server would refuse stays drawn in red, and its route says why (${at})`, async ({
    page,
  }) => {
    await open(page, size);
    const refused = page.getByRole('group', {
      name: 'Gateway infra/refused. Error: LISTENER_DUPLICATE',
    });
    await expect(refused).toBeAttached();
    await expect(refused.locator('.gt-error')).toHaveCount(1);
    await expect(refused).toContainText('refused by the API server');
    await expect(
      edge(
        page,
        'Gateway infra/refused routes to HTTPRoute infra/store. Error: REF_TARGET_REFUSED',
      ),
    ).toBeAttached();
    await expect(
      page.getByRole('group', { name: 'HTTPRoute infra/store. Error: REF_TARGET_REFUSED' }),
    ).toBeAttached();

    await page.getByRole('tab', { name: 'Problems', exact: true }).click();
    const panel = page.getByRole('tabpanel');
    await expect(panel).toContainText(
      'Gateway infra/refused is in the workspace but would be refused by the API server',
    );
    await expect(panel).not.toContainText('does not exist');

    await refused.click();
    await page.getByRole('tab', { name: 'Inspector', exact: true }).click();
    await expect(panel.getByRole('heading', { name: 'Gateway infra/refused' })).toBeVisible();
    await expect(panel).toContainText('The API server would refuse this object');
    await page.getByRole('button', { name: 'Fit view' }).click();
    await shot(page, `refused-${at}`);
  });
}
