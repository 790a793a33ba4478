import { describe, expect, it } from 'vitest';
import type { ServingMap, SniAnswer } from '../../core';
import { toSniView } from './to-sni-view';

const gw = { kind: 'Gateway', namespace: 'infra', name: 'gw' };

const serving: ServingMap = {
  gateways: [
    {
      gateway: gw,
      ports: [
        {
          port: 443,
          hosts: [
            {
              hostname: '*.example.com',
              listener: {
                owner: gw,
                name: 'wild',
                protocol: 'HTTPS',
                accepted: true,
                programmed: true,
              },
              certificates: [
                {
                  namespace: 'certs',
                  name: 'wild-cert',
                  presented: true,
                  dnsNames: ['*.example.com'],
                  notAfter: '2026-12-01T00:00:00.000Z',
                  expiry: 'expiring',
                },
              ],
              routes: [],
            },
          ],
        },
      ],
    },
  ],
};

const answer: SniAnswer = {
  gateway: { namespace: 'infra', name: 'gw' },
  port: 443,
  host: 'bar.example.com',
  listener: 'wild',
  owner: gw,
  protocol: 'HTTPS',
  certificates: [{ namespace: 'certs', name: 'wild-cert' }],
  trace: [
    { listener: 'foo', owner: gw, hostname: 'foo.example.com', verdict: 'no-match', message: 'no' },
    { listener: 'wild', owner: gw, hostname: '*.example.com', verdict: 'chosen', message: 'yes' },
  ],
  summary: 'Listener "wild" answers.',
  state: { level: 'ok' },
};

describe('toSniView', () => {
  it('names the listener node and the certificate with its SANs and expiry', () => {
    const v = toSniView(answer, serving);
    expect(v.verdict.text).toBe('Answered');
    expect(v.listener).toEqual({ id: 'Gateway/infra/gw#wild', name: 'wild' });
    expect(v.certificates).toEqual([
      {
        id: 'Secret/certs/wild-cert',
        name: 'certs/wild-cert',
        sans: ['*.example.com'],
        expiry: { level: 'warning', icon: '⚠', text: 'expiring' },
        notAfter: '2026-12-01',
      },
    ]);
    expect(v.steps.map((s) => [s.verdict.text, s.listenerId])).toEqual([
      ['no match', 'Gateway/infra/gw#foo'],
      ['chosen', 'Gateway/infra/gw#wild'],
    ]);
  });

  it('shows the coverage of the asked host, and "no subjectAltName" when that is the cause', () => {
    const covered = toSniView(
      { ...answer, certificates: [{ namespace: 'certs', name: 'wild-cert', coverage: 'covered' }] },
      serving,
    );
    expect(covered.certificates[0]?.coverage).toMatchObject({ level: 'ok', text: 'covered' });
    const noSan = toSniView(
      {
        ...answer,
        certificates: [
          {
            namespace: 'certs',
            name: 'wild-cert',
            coverage: 'uncovered',
            coverageReason: 'no-subject-alt-name',
          },
        ],
      },
      serving,
    );
    expect(noSan.certificates[0]?.coverage).toMatchObject({
      level: 'warning',
      text: 'NOT covered: no subjectAltName',
    });
  });

  it('is not OK when the handshake fails for the host, and says why', () => {
    const expired = toSniView(
      {
        ...answer,
        state: { level: 'error', reason: 'CERT_EXPIRED', message: 'It expired on 2026-11-23.' },
      },
      serving,
    );
    expect(expired.verdict).toMatchObject({
      level: 'error',
      text: 'Answered, but CERT_EXPIRED',
    });
    expect(expired.verdictMessage).toBe('It expired on 2026-11-23.');
  });

  it("is not OK when the answering listener is drawn in warning or error, whatever the host's coverage", () => {
    const id = 'Gateway/infra/gw#wild';
    const nodes = new Map([
      [
        id,
        {
          id,
          type: 'Listener' as const,
          namespace: 'infra',
          name: 'wild',
          label: 'Listener wild',
          details: [],
          state: { level: 'warning' as const, reason: 'CERT_EXPIRING', message: 'soon' },
        },
      ],
    ]);
    const v = toSniView(answer, serving, nodes);
    expect(v.verdict).toMatchObject({ level: 'warning', text: 'Answered, but CERT_EXPIRING' });
    expect(v.verdictMessage).toBe('soon');
    // The host's own problem comes first when it is as bad.
    const both = toSniView(
      {
        ...answer,
        state: { level: 'warning', reason: 'CERT_HOSTNAME_NOT_COVERED', message: 'no' },
      },
      serving,
      nodes,
    );
    expect(both.verdict.text).toBe('Answered, but CERT_HOSTNAME_NOT_COVERED');
  });

  it('says when the connection is rejected, and when the Gateway is unknown', () => {
    expect(
      toSniView(
        {
          ...answer,
          listener: null,
          owner: undefined,
          certificates: [],
          state: { level: 'error', reason: 'Rejected', message: 'rejected' },
        },
        serving,
      ),
    ).toMatchObject({
      verdict: { level: 'error', text: 'Rejected' },
      listener: undefined,
    });
    expect(toSniView(null, serving).summary).toBe('That Gateway is not in the workspace.');
  });
});
