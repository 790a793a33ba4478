import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { analyzeWorkspace } from '../../core';
import { listHosts, toHostRows } from './to-host-rows';
test('count', () => {
  const text = readFileSync('bench-out/workspace-10k.yaml', 'utf8');
  const a = analyzeWorkspace([{ path: 'w.yaml', text }]);
  const hosts = listHosts(a.serving);
  const first = hosts.slice(0, 100);
  console.log('backends in first 100', first.reduce((n, h) => n + h.entry.routes.reduce((m, r) => m + r.backends.length, 0), 0), 'routes', first.reduce((n, h) => n + h.entry.routes.length, 0));
  console.log('max backends per entry', Math.max(...hosts.map((h) => h.entry.routes.reduce((m, r) => m + r.backends.length, 0))));
  for (let i = 0; i < 3; i++) { const t = performance.now(); toHostRows(first); console.log('toHostRows(100) ms', performance.now() - t); }
  for (let i = 0; i < 2; i++) { const t = performance.now(); toHostRows(hosts); console.log('toHostRows(all) ms', performance.now() - t); }
  console.log(JSON.stringify(hosts[0]?.entry.routes[0]).slice(0, 600));
});
