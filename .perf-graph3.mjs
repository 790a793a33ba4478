// Temporary (graph helper): DOM census at 10k. Deleted after use.
import { chromium } from '@playwright/test';
const [url, file] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
await page.goto(url);
await page.getByRole('group', { name: 'Gateway infra/wildcard-tls-gateway' }).waitFor({ timeout: 60000 });
await page.setInputFiles('input[type=file]', file);
await page.getByRole('group', { name: 'Gateway team-0/gw0' }).waitFor({ timeout: 120000 });
await page.waitForTimeout(2000);
const census = () => page.evaluate(() => {
  const vp = document.querySelector('.react-flow__viewport');
  const m = new DOMMatrix(getComputedStyle(vp).transform);
  const nodes = [...document.querySelectorAll('.react-flow__node')];
  const types = {};
  for (const n of nodes) { const t = [...n.classList].find((c) => c.startsWith('react-flow__node-')); types[t] = (types[t] ?? 0) + 1; }
  return { zoom: m.a, tx: m.e, ty: m.f, nodes: nodes.length, types, edges: document.querySelectorAll('.react-flow__edge').length, labels: document.querySelectorAll('.gt-edge-label').length };
});
console.log('start', JSON.stringify(await census()));
await page.evaluate(() => { window.__counts = []; const t0 = performance.now(); const tick = () => { window.__counts.push([Math.round(performance.now() - t0), document.querySelectorAll('.react-flow__node').length]); if (performance.now() - t0 < 3000) requestAnimationFrame(tick); }; requestAnimationFrame(tick); });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
await page.getByRole('button', { name: 'Fit view' }).click();
await page.waitForTimeout(3200);
{
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map(), total = new Map();
  profile.samples.forEach((id, i) => {
    const d = profile.timeDeltas[i] ?? 0;
    const n = byId.get(id);
    const k = (n) => `${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    self.set(k(n), (self.get(k(n)) ?? 0) + d);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) { const kk = k(byId.get(x)); if (seen.has(kk)) continue; seen.add(kk); total.set(kk, (total.get(kk) ?? 0) + d); }
  });
  console.log('self:', [...self].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' '));
  console.log('total:', [...total].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' '));
}
console.log('during fit:', JSON.stringify(await page.evaluate(() => window.__counts.filter((c, i, a) => i === 0 || c[1] !== a[i - 1][1]))));
console.log('fit', JSON.stringify(await census()));
await page.getByRole('button', { name: 'Zoom In' }).click();
await page.waitForTimeout(800);
console.log('zoom in', JSON.stringify(await census()));
await browser.close();
