import { describe, expect, it } from 'vitest';
import type { GraphNode, HostEntry, ServingMap } from '../../core';
import { filterHosts } from './filter-hosts';
import { listHosts, toHostRows } from './to-host-rows';

const gw = { kind: 'Gateway', namespace: 'infra', name: 'gw' };
const set = { kind: 'ListenerSet', namespace: 'team', name: 'extra' };
const policy = { kind: 'BackendTLSPolicy', namespace: 'shop', name: 'tls-dev' };

function entry(hostname: string, name: string, more: Partial<HostEntry> = {}): HostEntry {
  return {
    hostname,
    listener: {
      owner: gw,
      name,
      protocol: 'HTTPS',
      tlsMode: 'Terminate',
      accepted: true,
      programmed: true,
    },
    certificates: [],
    routes: [],
    ...more,
  };
}

const dev = { kind: 'Service', namespace: 'shop', name: 'dev', port: 8443, resolved: true };

const serving: ServingMap = {
  gateways: [
    {
      gateway: gw,
      ports: [
        {
          port: 443,
          hosts: [
            entry('foo.example.com', 'foo-https', {
              certificates: [
                {
                  namespace: 'infra',
                  name: 'foo-cert',
                  presented: true,
                  dnsNames: ['foo.example.com'],
                  notAfter: '2126-10-29T00:42:10.000Z',
                  expiry: 'valid',
                  coverage: 'covered',
                },
              ],
              routes: [
                {
                  kind: 'HTTPRoute',
                  namespace: 'shop',
                  name: 'foo',
                  hostnames: [{ hostname: 'foo.example.com', coverage: 'covered' }],
                  backends: [
                    {
                      ...dev,
                      upstreamTLS: {
                        policy,
                        hostname: 'dev.example.com',
                        ca: ['auth-ca', 'other/root'],
                        subjectAltNames: [],
                        accepted: true,
                        reason: 'Accepted',
                      },
                    },
                    dev,
                  ],
                },
              ],
            }),
            entry('*.example.com', 'wildcard-https', {
              certificates: [
                {
                  namespace: 'certs',
                  name: 'wild',
                  presented: false,
                  problem: 'not permitted',
                  dnsNames: [],
                },
              ],
            }),
          ],
        },
        {
          port: 80,
          hosts: [
            {
              ...entry('*', 'http'),
              listener: {
                owner: set,
                name: 'http',
                protocol: 'HTTP',
                accepted: false,
                programmed: false,
                reason: 'UnsupportedProtocol',
                message: 'no',
              },
            },
          ],
        },
      ],
    },
  ],
};

describe('toHostRows', () => {
  const hosts = listHosts(serving);
  const rows = toHostRows(hosts);

  it('makes one row per hostname entry, grouped by Gateway and port with spans', () => {
    expect(rows.map((r) => [r.gateway, r.gatewaySpan, r.port, r.portSpan, r.hostname])).toEqual([
      ['infra/gw', 3, 443, 2, 'foo.example.com'],
      ['infra/gw', 0, 443, 0, '*.example.com'],
      ['infra/gw', 0, 80, 1, '*'],
    ]);
  });

  it('names the listener node as the graph does, and its owner when it is a ListenerSet', () => {
    expect(rows[0]?.listenerId).toBe('Gateway/infra/gw#foo-https');
    expect(rows[0]?.via).toBeUndefined();
    expect(rows[2]?.listenerId).toBe('ListenerSet/team/extra#http');
    expect(rows[2]?.via).toBe('ListenerSet team/extra');
  });

  it('states readiness in words', () => {
    expect(rows[0]?.state.text).toBe('OK');
    expect(rows[2]?.state).toMatchObject({ level: 'error', text: 'UnsupportedProtocol' });
    expect(rows[2]?.stateMessage).toBe('no');
  });

  it("shows the listener's state as the graph draws it, certificate problems included", () => {
    const listener = (id: string, state: GraphNode['state']): [string, GraphNode] => [
      id,
      { id, type: 'Listener', namespace: 'infra', name: id, label: id, details: [], state },
    ];
    const nodes = new Map([
      listener('Gateway/infra/gw#foo-https', {
        level: 'warning',
        reason: 'CERT_HOSTNAME_NOT_COVERED',
        message: 'not covered',
      }),
      listener('Gateway/infra/gw#wildcard-https', { level: 'ok' }),
    ]);
    const drawn = toHostRows(hosts, nodes);
    expect(drawn[0]?.state).toMatchObject({ level: 'warning', text: 'CERT_HOSTNAME_NOT_COVERED' });
    expect(drawn[0]?.stateMessage).toBe('not covered');
    expect(drawn[1]?.state).toMatchObject({ level: 'ok', text: 'OK' });
    // A listener the graph does not draw keeps what the serving map says.
    expect(drawn[2]?.state).toMatchObject({ level: 'error', text: 'UnsupportedProtocol' });
  });

  it('shows coverage and expiry of presented certificates, and why others are not', () => {
    expect(rows[0]?.certificates[0]).toMatchObject({
      id: 'Secret/infra/foo-cert',
      coverage: { level: 'ok', text: 'covered' },
      expiry: { level: 'ok', text: 'valid' },
      notAfter: '2126-10-29',
    });
    expect(rows[1]?.certificates[0]?.coverage).toBeUndefined();
    expect(rows[1]?.certificates[0]?.problem).toMatchObject({
      level: 'error',
      text: 'not permitted',
    });
    expect(rows[2]?.noCertificate?.text).toBe('no TLS');
  });

  it('says "no subjectAltName" where a certificate without SANs covers nothing', () => {
    const legacy = {
      namespace: 'infra',
      name: 'legacy-cert',
      presented: true,
      dnsNames: [],
      coverageReason: 'no-subject-alt-name',
    } as const;
    const route = {
      kind: 'HTTPRoute',
      namespace: 'shop',
      name: 'legacy',
      hostnames: [
        {
          hostname: 'legacy.example.com',
          coverage: 'uncovered',
          coverageReason: 'no-subject-alt-name',
        },
      ],
      backends: [],
    } as const;
    const [named, any] = toHostRows(
      listHosts({
        gateways: [
          {
            gateway: gw,
            ports: [
              {
                port: 443,
                hosts: [
                  entry('legacy.example.com', 'legacy', {
                    certificates: [{ ...legacy, coverage: 'uncovered' }],
                    routes: [route],
                  }),
                  entry('*', 'any', { certificates: [legacy], routes: [route] }),
                ],
              },
            ],
          },
        ],
      }),
    );
    // A warning, as the CERT_NO_SAN finding about it.
    const noSan = { level: 'warning', text: 'NOT covered: no subjectAltName' };
    expect(named?.certificates[0]?.coverage).toMatchObject(noSan);
    expect(named?.routes[0]?.hostnames[0]?.coverage).toMatchObject(noSan);
    // Without a listener hostname there is nothing to cover, but the certificate still says why
    // it covers nothing.
    expect(any?.certificates[0]?.coverage).toMatchObject(noSan);
  });

  it('lists each backend once and its upstream TLS with the CA ConfigMaps', () => {
    expect(rows[0]?.backends).toEqual([{ id: 'Service/shop/dev', name: 'shop/dev:8443' }]);
    expect(rows[0]?.upstream).toEqual([
      {
        backend: 'shop/dev:8443',
        policyId: 'BackendTLSPolicy/shop/tls-dev',
        policy: 'shop/tls-dev',
        sni: 'dev.example.com',
        ca: [
          { id: 'ConfigMap/shop/auth-ca', name: 'auth-ca' },
          { id: 'ConfigMap/other/root', name: 'other/root' },
        ],
        state: { level: 'ok', icon: '✓', text: 'Accepted' },
      },
    ]);
  });

  it('is empty for an empty workspace', () => {
    expect(toHostRows(listHosts({ gateways: [] }))).toEqual([]);
  });

  it('counts spans on the rows shown, so a page may end inside a group', () => {
    expect(toHostRows(hosts.slice(0, 2)).map((r) => [r.gatewaySpan, r.portSpan])).toEqual([
      [2, 2],
      [0, 0],
    ]);
    expect(toHostRows(hosts.slice(1)).map((r) => [r.gatewaySpan, r.portSpan])).toEqual([
      [2, 1],
      [0, 1],
    ]);
  });

  it('filters rows by any name in them', () => {
    const shown = (q: string) => filterHosts(hosts, q).map((h) => h.entry.hostname);
    expect(shown('DEV.example')).toEqual(['foo.example.com']);
    expect(shown('wild')).toEqual(['*.example.com']);
    expect(shown('infra/gw')).toHaveLength(3);
    expect(filterHosts(hosts, ' ')).toBe(hosts);
  });

  it('lists Gateways in natural order of namespace and name: team-2 before team-10', () => {
    const at = (namespace: string, name: string) => ({
      gateway: { kind: 'Gateway', namespace, name },
      ports: [{ port: 80, hosts: [entry('*', 'http')] }],
    });
    const map: ServingMap = {
      gateways: [
        at('team-10', 'gw'),
        at('team-2', 'gw-10'),
        at('team-2', 'gw-9'),
        at('team-0', 'gw'),
      ],
    };
    expect(toHostRows(listHosts(map)).map((r) => r.gateway)).toEqual([
      'team-0/gw',
      'team-2/gw-9',
      'team-2/gw-10',
      'team-10/gw',
    ]);
  });
});
