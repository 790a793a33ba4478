import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../index';

const dir = join(import.meta.dirname, '..', 'testdata', 'cases', 'seed-wildcard-tls');
const files = ['gateway.yaml', 'secrets.yaml'].map((f) => ({
  path: f,
  text: readFileSync(join(dir, f), 'utf8'),
}));

describe('toGraph', () => {
  it('draws hostnames, listeners and the Secrets they present, with accessible names', () => {
    const g = analyzeWorkspace(files, { now: new Date('2027-01-01T00:00:00Z') }).graph();
    const labels = g.nodes.map((n) => n.label).sort();
    expect(labels).toEqual([
      'Gateway default/wildcard-tls-gateway',
      'Hostname *.example.com:443',
      'Hostname foo.example.com:443',
      'Listener foo-https',
      'Listener wildcard-https',
      'Secret default/foo-example-com-cert',
      'Secret default/wildcard-example-com-cert',
    ]);
    const cert = g.edges.find(
      (e) => e.type === 'certificate' && e.target === 'Secret/default/foo-example-com-cert',
    );
    expect(cert?.state.level).toBe('ok');
    expect(g.nodes.find((n) => n.label === 'Listener foo-https')?.range?.line).toBe(10);
  });

  it('draws a missing Secret as a placeholder in error, and the cross-namespace edge without a grant', () => {
    const text = files[0]!.text.replace(
      'name: foo-example-com-cert',
      'name: foo-example-com-cert\n        namespace: certs',
    );
    const g = analyzeWorkspace([{ path: 'gateway.yaml', text }, files[1]!], {
      now: new Date('2027-01-01T00:00:00Z'),
    }).graph();
    const missing = g.nodes.find((n) => n.id === 'Secret/certs/foo-example-com-cert');
    expect(missing).toMatchObject({ missing: true, state: { level: 'error' } });
    const edge = g.edges.find((e) => e.target === 'Secret/certs/foo-example-com-cert');
    expect(edge).toMatchObject({
      grant: null,
      state: { level: 'error', reason: 'RefNotPermitted' },
    });
  });
});
