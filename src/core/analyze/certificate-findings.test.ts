import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../index';
import type { Analysis } from '../index';
import { generateKey, issueCertificate } from '../x509/testdata/generate';

const now = new Date('2027-01-01T00:00:00Z');

function secret(name: string, certPem: string, keyPem: string): string {
  const block = (pem: string) =>
    pem
      .trim()
      .split('\n')
      .map((l) => `    ${l}`)
      .join('\n');
  return `apiVersion: v1
kind: Secret
metadata: { name: ${name}, namespace: edge }
type: kubernetes.io/tls
stringData:
  tls.crt: |
${block(certPem)}
  tls.key: |
${block(keyPem)}
`;
}

function listener(name: string, hostname: string, certs: string[]): string {
  const refs = certs.map((c) => `{ name: ${c} }`).join(', ');
  return `    - { name: ${name}, protocol: HTTPS, port: 443, hostname: ${hostname}, tls: { certificateRefs: [${refs}] } }`;
}

describe('certificate findings: a certificate without subjectAltName', () => {
  let analysis: Analysis;
  beforeAll(async () => {
    const key = await generateKey('P-256');
    const cert = (spec: { cn: string; dnsNames?: string[]; ipAddresses?: string[] }) =>
      issueCertificate({ subject: `CN=${spec.cn}`, key, ...spec });
    const secrets = [
      secret('cn-only', await cert({ cn: 'legacy.example.com' }), key.pkcs8Pem),
      secret('other', await cert({ cn: 'x', dnsNames: ['other.example.com'] }), key.pkcs8Pem),
      secret(
        'ip-only',
        await cert({ cn: 'ip.example.com', ipAddresses: ['192.0.2.1'] }),
        key.pkcs8Pem,
      ),
    ];
    const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: gw, namespace: edge }
spec:
  gatewayClassName: designer
  listeners:
${listener('legacy', 'legacy.example.com', ['cn-only'])}
${listener('mixed', 'mixed.example.com', ['cn-only', 'other'])}
${listener('ip', 'ip.example.com', ['ip-only'])}
`;
    analysis = analyzeWorkspace([{ path: 'w.yaml', text: [gateway, ...secrets].join('---\n') }], {
      now,
    });
  });

  const findings = (name: string) =>
    analysis.diagnostics
      .filter((d) => d.code.startsWith('CERT_') && d.message.includes(`"${name}"`))
      .map((d) => [d.code, d.severity, d.message]);

  it('is CERT_NO_SAN, once, naming the ignored CN; no CERT_HOSTNAME_NOT_COVERED beside it', () => {
    expect(findings('legacy')).toEqual([
      [
        'CERT_NO_SAN',
        'warning',
        'Listener "legacy" serves legacy.example.com with the certificate in Secret edge/cn-only, which has no subjectAltName: clients will reject it (the subject CN "legacy.example.com" is ignored).',
      ],
    ]);
  });

  it('leaves CERT_HOSTNAME_NOT_COVERED to another presented certificate whose SANs miss', () => {
    expect(
      findings('mixed')
        .map(([code]) => code)
        .sort(),
    ).toEqual(['CERT_HOSTNAME_NOT_COVERED', 'CERT_NO_SAN']);
  });

  it('says "no DNS subjectAltName" when there are only IP SANs', () => {
    expect(findings('ip')).toEqual([
      [
        'CERT_NO_SAN',
        'warning',
        'Listener "ip" serves ip.example.com with the certificate in Secret edge/ip-only, which has no DNS subjectAltName (only 192.0.2.1): clients will reject it for any hostname (the subject CN "ip.example.com" is ignored).',
      ],
    ]);
  });

  it('gives the reason in the SNI answer', () => {
    const answer = analysis.sni({ namespace: 'edge', name: 'gw' }, 443, 'legacy.example.com');
    expect(answer?.certificates).toEqual([
      {
        namespace: 'edge',
        name: 'cn-only',
        coverage: 'uncovered',
        coverageReason: 'no-subject-alt-name',
      },
    ]);
    expect(answer?.summary).toContain(
      'presents edge/cn-only, which does not cover "legacy.example.com": it has no subjectAltName (the subject CN is ignored), so clients reject it.',
    );
    const mixed = analysis.sni({ namespace: 'edge', name: 'gw' }, 443, 'mixed.example.com');
    expect(mixed?.summary).toContain('do not cover "mixed.example.com": no subjectAltName matches');
  });
});
