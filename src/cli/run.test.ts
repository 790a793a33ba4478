import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from './run';
import type { CliIO } from './io';

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw
  namespace: infra
spec:
  gatewayClassName: example
  listeners:
  - name: https
    port: 443
    protocol: HTTPS
    hostname: foo.example.com
    tls:
      certificateRefs:
      - name: missing-cert
`;

/** An in-memory file system and captured output. */
function fakeIO(
  files: Record<string, string | Uint8Array>,
  stdin = '',
): CliIO & { out: () => string; outBytes: () => Uint8Array; err: () => string } {
  const out: (string | Uint8Array)[] = [];
  const err: string[] = [];
  const enc = new TextEncoder();
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? enc.encode(v) : v);
  return {
    readFile: (p) => {
      const v = files[p];
      if (v === undefined) throw new Error(`ENOENT ${p}`);
      return bytes(v);
    },
    stat: (p) =>
      files[p] !== undefined
        ? 'file'
        : Object.keys(files).some((f) => f.startsWith(`${p}/`))
          ? 'dir'
          : undefined,
    readDir: (p) => [
      ...new Set(
        Object.keys(files)
          .filter((f) => f.startsWith(`${p}/`))
          .map((f) => f.slice(p.length + 1).split('/')[0] as string),
      ),
    ],
    readStdin: async () => enc.encode(stdin),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: () => new Date('2027-01-01T00:00:00Z'),
    out: () => out.map((x) => (typeof x === 'string' ? x : new TextDecoder().decode(x))).join(''),
    outBytes: () => {
      const parts = out.map(bytes);
      const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let o = 0;
      for (const p of parts) {
        all.set(p, o);
        o += p.length;
      }
      return all;
    },
    err: () => err.join(''),
  };
}

describe('gwtls usage', () => {
  it('prints help for the tool and for every command, exit 0', async () => {
    for (const argv of [
      ['--help'],
      ['status', '--help'],
      ['check', '-h'],
      ['hosts', '--help'],
      ['sni', '--help'],
      ['export', '--help'],
    ]) {
      const io = fakeIO({});
      expect(await run(argv, io)).toBe(0);
      expect(io.out()).toMatch(/Usage: gwtls/);
    }
  });

  it('exits 2 on usage errors and unreadable input, without a stack trace', async () => {
    const cases = [
      [],
      ['frobnicate'],
      ['status'],
      ['status', 'x.yaml', '--output', 'xml'],
      ['status', '--bogus', 'x.yaml'],
      ['sni', 'x.yaml'],
      ['status', 'nope.yaml'],
    ];
    for (const argv of cases) {
      const io = fakeIO({ 'x.yaml': GATEWAY });
      expect(await run(argv, io), argv.join(' ')).toBe(2);
      expect(io.err() + io.out()).not.toMatch(/\n\s+at /);
    }
  });
});

describe('gwtls status', () => {
  it('prints a v1 List with one item per Gateway API object', async () => {
    const io = fakeIO({ 'gw.yaml': GATEWAY });
    expect(await run(['status', 'gw.yaml', '--output', 'json'], io)).toBe(0);
    const list = JSON.parse(io.out());
    expect(list.apiVersion).toBe('v1');
    expect(list.kind).toBe('List');
    expect(list.items).toHaveLength(1);
    const [gw] = list.items;
    expect(gw.metadata).toEqual({ name: 'gw', namespace: 'infra' });
    const listener = gw.status.listeners[0];
    expect(
      listener.conditions.find((c: { type: string }) => c.type === 'ResolvedRefs'),
    ).toMatchObject({ status: 'False', reason: 'InvalidCertificateRef' });
  });

  it('reads directories recursively and stdin, and prints YAML on request', async () => {
    const io = fakeIO(
      { 'dir/a/gw.yaml': GATEWAY, 'dir/notes.txt': 'ignored' },
      GATEWAY.replace('name: gw\n', 'name: gw2\n'),
    );
    expect(await run(['status', 'dir', '-', '--output', 'yaml'], io)).toBe(0);
    expect(io.out()).toMatch(/^apiVersion: v1\nkind: List\n/);
    expect(io.out()).toMatch(/name: gw2/);
    expect(io.out()).toMatch(/name: gw\n/);
  });

  it('applies --namespace to objects without one', async () => {
    const io = fakeIO({ 'gw.yaml': GATEWAY.replace('  namespace: infra\n', '') });
    await run(['status', 'gw.yaml', '--namespace', 'team-a'], io);
    expect(JSON.parse(io.out()).items[0].metadata.namespace).toBe('team-a');
  });
});

describe('gwtls check', () => {
  it('prints file:line:col severity CODE message and exits 1 on errors', async () => {
    const io = fakeIO({ 'gw.yaml': GATEWAY });
    expect(await run(['check', 'gw.yaml'], io)).toBe(1);
    expect(io.out()).toMatch(/^gw\.yaml:15:9 error CERT_SECRET_NOT_FOUND /m);
  });

  it('exits 0 when there are only warnings or nothing', async () => {
    const io = fakeIO({ 'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n' });
    expect(await run(['check', 'ok.yaml'], io)).toBe(0);
  });

  it('reports broken YAML with line and column', async () => {
    const io = fakeIO({ 'bad.yaml': 'a: [1, 2\nb: }\n' });
    expect(await run(['check', 'bad.yaml', '--output', 'json'], io)).toBe(1);
    const { diagnostics } = JSON.parse(io.out());
    expect(diagnostics[0].code).toMatch(/^YAML_/);
    expect(diagnostics[0].range.line).toBeGreaterThan(0);
  });
});

describe('gwtls export', () => {
  it('prints one unedited file byte for byte', async () => {
    const weird = '# c\r\nkey:   "v"   # trailing\r\n\r\n---\r\nx: &a 1\r\ny: *a'; // CRLF, anchors, no final newline
    const latin1 = new Uint8Array([0x61, 0x3a, 0x20, 0xe9, 0x0a]); // not UTF-8
    for (const content of [weird, latin1, '\uFEFFa: 1\n', '']) {
      const io = fakeIO({ 'f.yaml': content });
      expect(await run(['export', 'f.yaml'], io)).toBe(0);
      const want = typeof content === 'string' ? new TextEncoder().encode(content) : content;
      expect(io.outBytes()).toEqual(want);
    }
  });

  it('joins several files with --- separators', async () => {
    const io = fakeIO({ 'd/a.yaml': 'a: 1', 'd/b.yaml': '---\nb: 2\n', 'd/c.yaml': 'c: 3\n' });
    await run(['export', 'd'], io);
    expect(io.out()).toBe('a: 1\n---\nb: 2\n---\nc: 3\n');
  });
});

describe('gwtls sni and hosts', () => {
  it('answers with the listener, the certificates it would present and a trace', async () => {
    const io = fakeIO({ 'gw.yaml': GATEWAY });
    expect(
      await run(
        [
          'sni',
          'gw.yaml',
          '--gateway',
          'infra/gw',
          '--port',
          '443',
          '--host',
          'foo.example.com',
          '--output',
          'json',
        ],
        io,
      ),
    ).toBe(0);
    const answer = JSON.parse(io.out());
    expect(answer).toMatchObject({
      gateway: { namespace: 'infra', name: 'gw' },
      port: 443,
      host: 'foo.example.com',
      listener: 'https',
      certificates: [],
    });
    expect(answer.trace.length).toBe(1);
  });

  it('says when the Gateway is unknown, exit 0', async () => {
    const io = fakeIO({ 'gw.yaml': GATEWAY });
    expect(
      await run(['sni', 'gw.yaml', '--gateway', 'infra/nope', '--port', '443', '--host', 'a'], io),
    ).toBe(0);
    expect(io.out()).toMatch(/not in the input/);
  });

  it('prints the serving map as a table and as JSON', async () => {
    const io = fakeIO({ 'gw.yaml': GATEWAY });
    await run(['hosts', 'gw.yaml'], io);
    expect(io.out()).toMatch(/infra\/gw\s+443\s+foo\.example\.com\s+https/);
    const io2 = fakeIO({ 'gw.yaml': GATEWAY });
    await run(['hosts', 'gw.yaml', '--output', 'json'], io2);
    expect(JSON.parse(io2.out()).gateways[0].ports[0].hosts[0].hostname).toBe('foo.example.com');
  });
});

describe('gwtls --at TIME', () => {
  const pem = (f: string) =>
    readFileSync(new URL(`../core/testdata/certs/${f}`, import.meta.url), 'utf8');
  const indent = (t: string) => t.trimEnd().replace(/^/gm, '    ');
  // old.example.com, valid 2026-11-22T00:42:11Z to 2026-11-23T00:42:11Z; the clock says 2027.
  const workspace = `${GATEWAY.replace('foo.example.com', 'old.example.com').replace('missing-cert', 'old')}---
apiVersion: v1
kind: Secret
metadata:
  name: old
  namespace: infra
type: kubernetes.io/tls
stringData:
  tls.crt: |
${indent(pem('expired.crt.pem'))}
  tls.key: |
${indent(pem('expired.key.pem'))}
`;
  const codes = (io: ReturnType<typeof fakeIO>) =>
    (JSON.parse(io.out()) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);

  it('judges certificates at the clock by default, and names the instant in JSON', async () => {
    const io = fakeIO({ 'w.yaml': workspace });
    expect(await run(['check', 'w.yaml', '--output', 'json'], io)).toBe(1);
    expect(JSON.parse(io.out()).at).toBe('2027-01-01T00:00:00.000Z');
    expect(codes(io)).toContain('CERT_EXPIRED');
  });

  it('takes an RFC 3339 instant: before expiry the same certificate is expiring, then valid', async () => {
    const soon = fakeIO({ 'w.yaml': workspace });
    expect(
      await run(['check', 'w.yaml', '--output', 'json', '--at', '2026-11-22T12:00:00+02:00'], soon),
    ).toBe(0);
    expect(JSON.parse(soon.out()).at).toBe('2026-11-22T10:00:00.000Z');
    expect(codes(soon)).toContain('CERT_EXPIRING');
    expect(codes(soon)).not.toContain('CERT_EXPIRED');
    const hosts = fakeIO({ 'w.yaml': workspace });
    expect(await run(['hosts', 'w.yaml', '--at=2026-11-22T12:00:00Z'], hosts)).toBe(0);
    expect(hosts.out()).toContain('infra/old [covered, expiring]');
  });

  it('takes a span from the clock: +30d, -40d', async () => {
    const later = fakeIO({ 'w.yaml': workspace });
    await run(['hosts', 'w.yaml', '--output', 'json', '--at', '+30d'], later);
    expect(JSON.parse(later.out()).at).toBe('2027-01-31T00:00:00.000Z');
    const before = fakeIO({ 'w.yaml': workspace });
    await run(
      [
        'sni',
        'w.yaml',
        '--gateway',
        'infra/gw',
        '--port',
        '443',
        '--host',
        'old.example.com',
        '--output',
        'json',
        '--at',
        '-40d',
      ],
      before,
    );
    const answer = JSON.parse(before.out());
    expect(answer.at).toBe('2026-11-22T00:00:00.000Z');
    expect(answer.listener).toBe('https');
  });

  it('is taken by status too, which does not depend on it', async () => {
    const now = fakeIO({ 'w.yaml': workspace });
    const then = fakeIO({ 'w.yaml': workspace });
    expect(await run(['status', 'w.yaml'], now)).toBe(0);
    expect(await run(['status', 'w.yaml', '--at', '2026-11-22T12:00:00Z'], then)).toBe(0);
    expect(then.out()).toBe(now.out());
  });

  it('refuses a time it cannot read, and commands that do not judge certificates', async () => {
    const io = fakeIO({ 'w.yaml': workspace });
    expect(await run(['check', 'w.yaml', '--at', 'next week'], io)).toBe(2);
    expect(io.err()).toContain('--at must be an RFC 3339 instant');
    expect(await run(['export', 'w.yaml', '--at', '+1d'], fakeIO({ 'w.yaml': workspace }))).toBe(2);
  });

  it('says so in --help', async () => {
    for (const cmd of ['check', 'hosts', 'sni']) {
      const io = fakeIO({});
      await run([cmd, '--help'], io);
      expect(io.out(), cmd).toContain('--at TIME');
    }
    const io = fakeIO({});
    await run(['--help'], io);
    expect(io.out()).toContain('--at TIME');
  });
});

describe('gwtls hosts and a certificate without subjectAltName', () => {
  it('says why the certificate covers nothing', async () => {
    const dir = new URL('../core/testdata/cases/cert-no-san-cn-ignored/', import.meta.url);
    const files = Object.fromEntries(
      ['gateway.yaml', 'secrets.yaml', 'services.yaml'].map((f) => [
        f,
        readFileSync(new URL(f, dir), 'utf8'),
      ]),
    );
    const io = fakeIO(files);
    expect(await run(['hosts', ...Object.keys(files)], io)).toBe(0);
    expect(io.out()).toContain('[uncovered: no subjectAltName, valid]');
  });
});
