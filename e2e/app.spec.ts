import { expect, test } from '@playwright/test';

test('the page loads without console errors and without leaving 127.0.0.1', async ({ page }) => {
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.context().on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) foreign.push(r.url());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Gateway TLS Designer' })).toBeVisible();
  expect(problems).toEqual([]);
  expect(foreign).toEqual([]);
});
