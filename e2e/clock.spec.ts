import { JOURNEY_NOW, editorText, expect, fixClock, openSample, ready, test } from './support';

const day = 24 * 60 * 60 * 1000;

for (const at of [JOURNEY_NOW, new Date('2046-11-30T22:00:00Z')])
  test(`the troubleshooting sample's certificate is about to expire, opened on ${at.toISOString().slice(0, 10)}`, async ({
    page,
  }) => {
    if (at !== JOURNEY_NOW) await fixClock(page, at);
    await ready(page);
    await openSample(page, 'Troubleshooting: common TLS mistakes');
    await page.getByRole('tab', { name: 'Problems', exact: true }).click();
    const panel = page.getByRole('tabpanel');
    const expiring = panel.getByRole('button', { name: 'CERT_EXPIRING' });
    await expect(expiring).toBeVisible();
    await expect(panel.getByRole('button', { name: 'CERT_EXPIRED' })).toHaveCount(0);

    // The certificate was made in the browser when the sample opened: valid 12 more days
    // (people read instants to the minute, in UTC).
    const iso = new Date(at.getTime() + 12 * day).toISOString();
    const notAfter = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
    await expiring.click();
    await page.getByRole('tab', { name: 'Inspector', exact: true }).click();
    await expect(panel.getByRole('heading', { name: 'Listener legacy' })).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Problems here' })).toContainText(
      `expires on ${notAfter}, within 30 days`,
    );
    await panel.getByRole('button', { name: 'infra/legacy-cert' }).click();
    await expect(panel.getByRole('heading', { name: 'Secret infra/legacy-cert' })).toBeVisible();
    await expect(panel).toContainText(notAfter);
    await expect(panel).toContainText('expiring');

    // It and its key are in the YAML; the key is not the one in the sample file.
    const text = (await editorText(page)) ?? '';
    const file = await (await page.request.get('/samples/troubleshooting.yaml')).text();
    const key = (t: string) =>
      t
        .slice(t.indexOf('  name: legacy-cert\n  namespace: infra'))
        .match(/PRIVATE KEY-----\n([^-]+)/)?.[1];
    expect(key(text)).toBeTruthy();
    expect(key(text)).not.toBe(key(file));
  });
