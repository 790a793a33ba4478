import { clickEditorLine, expect, node, openSample, test } from './support';
import type { Page } from '@playwright/test';

// The side panel: Hosts (serving map and SNI lookup), Problems and Inspector.

test.beforeEach(async ({ page }) => {
  // Monaco, the worker and the graph all start: allow a busy machine more than the default.
  test.setTimeout(60_000);
  await page.goto('/');
  // The first analysis includes starting the worker: allow a slow machine some time.
  await expect(hostsTable(page)).toBeVisible({ timeout: 20_000 });
});

function hostsTable(page: Page) {
  return page.getByRole('tabpanel').getByRole('table', { name: 'Hosts' });
}

test('the Hosts tab shows the serving map as a table with column headers', async ({ page }) => {
  await expect(page.getByRole('tab', { name: 'Hosts', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const table = hostsTable(page);
  for (const name of [
    'Gateway',
    'Port',
    'Hostname',
    'Listener',
    'Certificates',
    'Routes',
    'Backends',
    'Upstream TLS',
  ])
    await expect(table.getByRole('columnheader', { name, exact: true })).toBeVisible();
  const foo = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'foo.example.com', exact: true }) });
  await expect(foo).toHaveCount(1);
  await expect(foo).toContainText('foo-https');
  await expect(foo).toContainText('covered');
  await expect(foo).not.toContainText('NOT covered');
  // The row's state is its listener's, as the graph draws it (both certificates cover foo).
  await expect(foo).toContainText('OverlappingCertificates');
  // The wildcard certificate covers *.example.com only one label deep.
  const wildcard = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: '*.example.com', exact: true }) });
  await expect(wildcard).toContainText('partial: deeper names fail');
  await expect(wildcard).toContainText('dev.example.com');
});

test('the hostname lookup names the listener and certificate that answer, with the trace', async ({
  page,
}) => {
  const panel = page.getByRole('tabpanel');
  await expect(panel.getByRole('combobox', { name: 'Gateway' })).toHaveValue(
    'infra/wildcard-tls-gateway',
  );
  await panel.getByRole('spinbutton', { name: 'Port' }).fill('443');
  await panel.getByRole('textbox', { name: 'Hostname' }).fill('bar.example.com');
  const answer = panel.getByRole('region', { name: 'Answer', exact: true });
  await expect(answer).toContainText('Listener "wildcard-https"');
  await expect(answer.getByRole('button', { name: 'wildcard-https' }).first()).toBeVisible();
  await expect(
    answer.getByRole('button', { name: 'certs/wildcard-example-com-cert' }),
  ).toBeVisible();
  await expect(answer.getByRole('listitem')).toHaveCount(2);
  await expect(answer.getByRole('listitem').first()).toContainText('no match');

  // An exact name beats the wildcard; Enter looks up at once.
  await panel.getByRole('textbox', { name: 'Hostname' }).fill('foo.example.com');
  await page.keyboard.press('Enter');
  await expect(answer).toContainText('Listener "foo-https"');
  await expect(answer.getByRole('button', { name: 'infra/foo-example-com-cert' })).toBeVisible();

  await panel.getByRole('button', { name: 'Clear' }).click();
  await expect(answer).toHaveCount(0);
  await expect(panel.getByRole('textbox', { name: 'Hostname' })).toHaveValue('');
});

test('a problem goes to its listener: REF_NOT_PERMITTED selects the listener "shop"', async ({
  page,
}) => {
  await openSample(page, 'Troubleshooting: common TLS mistakes');
  await page.getByRole('tab', { name: 'Problems', exact: true }).click();
  const panel = page.getByRole('tabpanel');
  const problem = panel.getByRole('button', { name: 'REF_NOT_PERMITTED' });
  await expect(problem).toBeVisible();
  await expect(
    panel.getByRole('row').filter({ has: page.getByRole('button', { name: 'REF_NOT_PERMITTED' }) }),
  ).toContainText('troubleshooting.yaml:17:9');
  await problem.click();
  await expect(
    panel.getByRole('row').filter({ has: page.getByRole('button', { name: 'REF_NOT_PERMITTED' }) }),
  ).toHaveAttribute('aria-current', 'true');

  await page.getByRole('tab', { name: 'Inspector', exact: true }).click();
  await expect(panel.getByRole('heading', { name: 'Listener shop' })).toBeVisible();
  await expect(panel).toContainText('Invalid');
  await expect(panel.getByRole('region', { name: 'Problems here' })).toContainText(
    'REF_NOT_PERMITTED',
  );

  // Filtering by severity hides the errors.
  await page.getByRole('tab', { name: 'Problems', exact: true }).click();
  await panel.getByRole('button', { name: /Errors/ }).click();
  await expect(panel.getByRole('button', { name: 'REF_NOT_PERMITTED' })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'CERT_EXPIRING' })).toBeVisible();
});

test('the Inspector shows the status conditions of a selected Gateway', async ({ page }) => {
  await hostsTable(page).getByRole('button', { name: 'infra/wildcard-tls-gateway' }).click();
  await page.getByRole('tab', { name: 'Inspector', exact: true }).click();
  const panel = page.getByRole('tabpanel');
  await expect(
    panel.getByRole('heading', { name: 'Gateway infra/wildcard-tls-gateway' }),
  ).toBeVisible();
  const conditions = panel.getByRole('table', { name: 'Conditions' });
  for (const type of ['Accepted', 'Programmed', 'ResolvedRefs']) {
    const row = conditions
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: type, exact: true }) });
    await expect(row).toContainText('True');
  }
  // A listener link opens that listener, with its own conditions and certificate reference.
  await panel
    .getByRole('region', { name: 'Listeners' })
    .getByRole('button', { name: 'wildcard-https' })
    .click();
  await expect(panel.getByRole('heading', { name: 'Listener wildcard-https' })).toBeVisible();
  await expect(panel.getByRole('table', { name: 'Listener conditions' })).toContainText(
    'OverlappingTLSConfig',
  );
  await panel.getByRole('button', { name: 'certs/wildcard-example-com-cert' }).click();
  const cert = panel.getByRole('region', { name: 'Certificate' });
  await expect(cert).toContainText('*.example.com');
  await expect(cert).toContainText('the private key matches the certificate');
  await expect(cert).toContainText('SHA-256');
});

test('the tabs work from the keyboard', async ({ page }) => {
  const hosts = page.getByRole('tab', { name: 'Hosts', exact: true });
  await hosts.focus();
  await page.keyboard.press('ArrowRight');
  const problemsTab = page.getByRole('tab', { name: 'Problems', exact: true });
  await expect(problemsTab).toBeFocused();
  await expect(problemsTab).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Inspector', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.keyboard.press('Home');
  await expect(hosts).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tabpanel')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('combobox', { name: 'Gateway' })).toBeFocused();
});

test('clicking a graph node opens the Inspector on it', async ({ page }) => {
  await node(page, 'Listener foo-https').click();
  await expect(page.getByRole('tab', { name: 'Inspector', exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(
    page.getByRole('tabpanel').getByRole('heading', { name: 'Listener foo-https' }),
  ).toBeVisible();
});

test('the answer and the Hosts table follow an edit of the YAML', async ({ page }) => {
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('textbox', { name: 'Hostname' }).fill('bar.example.com');
  const answer = panel.getByRole('region', { name: 'Answer', exact: true });
  await expect(answer).toContainText('Listener "wildcard-https"');

  // Line 28 of the sample: hostname: "*.example.com" of the wildcard listener.
  const line = page
    .locator('.monaco-editor .view-line')
    .filter({ hasText: 'hostname: "*.example.com"' });
  await clickEditorLine(page, line);
  await page.keyboard.press('End');
  for (let i = 0; i < 'com"'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('org"');

  await expect(answer).toContainText('Rejected');
  await expect(answer).toContainText('No accepted listener');
  await expect(
    hostsTable(page).getByRole('rowheader', { name: '*.example.org', exact: true }),
  ).toBeVisible();
});
