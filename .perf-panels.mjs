import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
await page.goto('http://127.0.0.1:4183/');
await page.getByRole('table', { name: 'Hosts' }).waitFor({ timeout: 30000 });
await page.getByRole('tab', { name: 'Inspector', exact: true }).click();
await page.locator('input[type=file]').setInputFiles('bench-out/workspace-10k.yaml');
await page.waitForFunction(() => /10000 objects/.test(document.querySelector('.status-bar')?.textContent ?? ''), null, { timeout: 180000, polling: 1000 });
await page.waitForTimeout(8000);
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await page.evaluate(() => { window.__long = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(Math.round(e.duration)); }).observe({ type: 'longtask' }); });
await browser.startTracing(page, { path: '/tmp/panels/trace.json', categories: ['devtools.timeline', 'blink', 'v8'] });
await cdp.send('Profiler.start');
const ms = await page.evaluate(async () => {
  const t = performance.now();
  [...document.querySelectorAll('[role=tab]')].find((b) => b.textContent === 'Hosts').click();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t;
});
console.log('Hosts tab switch to next frame', Math.round(ms), 'ms; DOM elements', await page.evaluate(() => document.querySelectorAll('*').length));
await page.waitForTimeout(1500);
const { profile } = await cdp.send('Profiler.stop');
await browser.stopTracing();
console.log('Hosts long tasks', await page.evaluate(() => window.__long.splice(0)));
// self time per function
const self = new Map();
const dt = profile.timeDeltas; const samples = profile.samples;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (let i = 0; i < samples.length; i++) { const n = byId.get(samples[i]); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
console.log(await page.locator('.status-bar').innerText());
await browser.close();
