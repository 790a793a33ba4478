// Temporary (graph helper): minimap drag debugging at 10k. Deleted after use.
import { chromium } from '@playwright/test';
const [url, file] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`${m.type()}: ${m.text()}`); });
await page.goto(url);
await page.getByRole('group', { name: 'Gateway infra/wildcard-tls-gateway' }).waitFor({ timeout: 60000 });
await page.setInputFiles('input[type=file]', file);
await page.getByRole('group', { name: 'Gateway team-0/gw0' }).waitFor({ timeout: 120000 });
await page.waitForTimeout(3000);
const mm = await page.locator('.gt-minimap').boundingBox();
for (const [fx, fy] of [[0.1, 0.1], [0.3, 0.2], [0.5, 0.5], [0.2, 0.8], [0.8, 0.9], [0.6, 0.95], [0.3, 0.99]]) {
  const t = Date.now();
  await page.mouse.click(mm.x + mm.width * fx, mm.y + mm.height * fy);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const n = await page.evaluate(() => [document.querySelectorAll('.react-flow__node').length, document.querySelectorAll('.react-flow__edge').length]);
  console.log(fx, fy, Date.now() - t, 'ms', n);
  await page.screenshot({ path: `/tmp/graph-work/mm-${fx}-${fy}.png` });
}
await browser.close();
