// Temporary (graph helper): 10k-object import → graph visible, then pan frame times. Deleted after use.
import { chromium } from '@playwright/test';
const [url, file] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
const logs = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') logs.push(`${m.type()}: ${m.text()}`); });
page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
await page.goto(url);
await page.getByRole('group', { name: 'Gateway infra/wildcard-tls-gateway' }).waitFor({ timeout: 60000 });
await page.evaluate(() => {
  window.__marks = {};
  new PerformanceObserver((list) => { for (const e of list.getEntries()) (window.__long ??= []).push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: false });
  const mo = new MutationObserver(() => {
    const m = window.__marks;
    if (!m.result && /[0-9]{4,} objects/.test(document.querySelector('.status-bar')?.textContent ?? '')) m.result = performance.now();
    if (!m.graph && document.querySelector('[aria-label="Gateway team-0/gw0"]')) m.graph = performance.now();
  });
  mo.observe(document.body, { subtree: true, childList: true, characterData: true });
  window.__marks.start = performance.now();
});
const cdp0 = await page.context().newCDPSession(page);
await cdp0.send('Profiler.enable');
await cdp0.send('Profiler.setSamplingInterval', { interval: 1000 });
await cdp0.send('Profiler.start');
await page.setInputFiles('input[type=file]', file);
await page.getByRole('group', { name: 'Gateway team-0/gw0' }).waitFor({ timeout: 120000 });
await page.waitForTimeout(1500);
await page.screenshot({ path: '/tmp/graph-work/w10k-start.png' });
const marks = await page.evaluate(() => window.__marks);
{
  const { profile } = await cdp0.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const n = byId.get(x);
      const k = n.callFrame.functionName || '(anon)';
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  });
  const mine = ['layoutGraph', 'toLayoutModel', 'placeBand', 'toFlow', 'columnSpans', 'namespaceBoxes', 'filterGraph', 'facets', 'searchGraph', 'GraphCanvas', 'adoptUserNodes', 'GraphMinimap', 'shapesOf', 'setNodes', 'updateAbsolutePositions', 'acceptResult', 'onmessage', 'structuredClone', 'commitRoot', 'performWorkOnRoot', 'renderRootSync'];
  console.log('inclusive main-thread time during import (ms):', mine.map((k) => `${k}=${((total.get(k) ?? 0) / 1000).toFixed(0)}`).join(' '));
  console.log('top inclusive:', [...total].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${k}=${(v / 1000).toFixed(0)}`).join(' '));
}
console.log('import → analysis result in status bar:', Math.round(marks.result - marks.start), 'ms');
console.log('result → graph node visible:', Math.round(marks.graph - marks.result), 'ms');
console.log('rendered nodes:', await page.locator('.react-flow__node').count(), 'edges:', await page.locator('.react-flow__edge').count());
const longs = await page.evaluate(() => window.__long ?? []);
console.log('result mark at', Math.round(marks.result), 'long tasks since import (start, ms):', JSON.stringify(longs.filter(([s, d]) => d > 100)));
// Pan: drag the pane and record frame times.
const box = await page.locator('.react-flow__pane').boundingBox();
await page.evaluate(() => { window.__frames = []; let last = performance.now(); const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 400) requestAnimationFrame(tick); }; requestAnimationFrame(tick); });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
const cx = box.x + 225, cy = box.y + box.height - 40;
await page.mouse.move(cx, cy);
await page.mouse.down();
for (let i = 0; i < 60; i++) await page.mouse.move(cx - i * 3, cy - i * 9, { steps: 1 });
await page.mouse.up();
await page.mouse.move(cx, cy);
await page.mouse.down();
for (let i = 0; i < 60; i++) await page.mouse.move(cx - i * 3, cy - i * 9, { steps: 1 });
await page.mouse.up();
const frames1 = await page.evaluate(() => window.__frames.slice(2));
// Drag across the mini map (big jumps: a new window of nodes every step).
await page.evaluate(() => { window.__frames = []; let last = performance.now(); const tick = (t) => { window.__frames.push(t - last); last = t; if (window.__frames.length < 300) requestAnimationFrame(tick); }; requestAnimationFrame(tick); });
const mm = await page.locator('.gt-minimap').boundingBox();
await page.mouse.move(mm.x + 10, mm.y + 10);
await page.mouse.down();
for (let i = 0; i < 40; i++) await page.mouse.move(mm.x + 10 + i * 3, mm.y + 10 + i * 2.3, { steps: 1 });
await page.mouse.up();
const frames2 = await page.evaluate(() => window.__frames.slice(2));
const stat = (frames) => { const sorted = [...frames].sort((a, b) => a - b); const q = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))].toFixed(1); return `n=${frames.length} median=${q(0.5)} p95=${q(0.95)} max=${q(0.999)} ms`; };
console.log('pane pan frames:', stat(frames1));
console.log('minimap drag frames:', stat(frames2));
console.log('rendered after:', await page.locator('.react-flow__node').count(), 'nodes in DOM;', await page.evaluate(() => document.querySelectorAll('.react-flow__edge').length), 'edges');
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas; 
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0)); });
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(0)}ms ${k}`).join('\n'));

{
  const t = Date.now();
  await page.getByRole('button', { name: 'Fit view' }).click();
  await page.waitForTimeout(400);
  console.log('Fit view (zoom 0.1, top-left) took', Date.now() - t - 400, 'ms; nodes in DOM:', await page.locator('.react-flow__node').count());
  await page.screenshot({ path: '/tmp/graph-work/w10k-fit.png' });
  const t2 = Date.now();
  await page.getByRole('checkbox', { name: 'Only problems' }).check();
  await page.getByRole('group', { name: /^(Listener|HTTPRoute|Secret|Service)/ }).first().waitFor();
  console.log('Only problems at 10k took', Date.now() - t2, 'ms');
  await page.screenshot({ path: '/tmp/graph-work/w10k-problems.png' });
}
console.log(logs.slice(0, 10).join('\n'));
await browser.close();
