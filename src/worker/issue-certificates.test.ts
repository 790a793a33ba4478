import { X509Certificate } from 'node:crypto';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { applyTextEdits } from '../core';
import { privateKeyMatches } from '../core/x509';
import { issueCertificates } from './issue-certificates';

const secret = (name: string, ns: string) => `apiVersion: v1
kind: Secret
metadata:
  name: ${name}
  namespace: ${ns}
type: kubernetes.io/tls
stringData:
  tls.crt: |
    placeholder
  tls.key: |
    placeholder
`;
const files = [
  { path: 'a.yaml', text: `# keep me\n${secret('one', 'infra')}---\n${secret('two', 'infra')}` },
  { path: 'b.yaml', text: secret('three', 'certs') },
];
const now = new Date('2031-05-06T07:08:09Z');

describe('issueCertificates', () => {
  it('makes a key and a certificate valid relative to now, and writes both into the Secret', async () => {
    const edits = await issueCertificates(
      files,
      [
        {
          secret: { namespace: 'infra', name: 'two' },
          dnsNames: ['two.example.com', 'www.two.example.com'],
          notBefore: '-1d',
          notAfter: '+12d',
        },
        {
          secret: { namespace: 'certs', name: 'three' },
          commonName: 'Three',
          dnsNames: [],
          notBefore: '2030-01-01T00:00:00Z',
          notAfter: '2050-01-01T00:00:00Z',
        },
      ],
      now,
    );
    expect(edits.map((e) => [e.path, e.edits.length])).toEqual([
      ['a.yaml', 2],
      ['b.yaml', 2],
    ]);
    const a = applyTextEdits(files[0]!.text, edits[0]!.edits);
    expect(a.startsWith(`# keep me\n${secret('one', 'infra')}---\n`)).toBe(true);
    const two = parseAllDocuments(a)[1]?.toJS().stringData;
    const cert = new X509Certificate(two['tls.crt']);
    expect(cert.subject).toBe('CN=two.example.com');
    expect(cert.subjectAltName).toBe('DNS:two.example.com, DNS:www.two.example.com');
    expect(new Date(cert.validFrom).toISOString()).toBe('2031-05-05T07:08:09.000Z');
    expect(new Date(cert.validTo).toISOString()).toBe('2031-05-18T07:08:09.000Z');
    expect(privateKeyMatches(two['tls.crt'], two['tls.key'])).toBe('match');

    const three = parseAllDocuments(applyTextEdits(files[1]!.text, edits[1]!.edits))[0]?.toJS();
    const third = new X509Certificate(three.stringData['tls.crt']);
    expect(third.subject).toBe('CN=Three');
    expect(third.subjectAltName).toBeUndefined();
    expect(third.validTo).toBe('Jan  1 00:00:00 2050 GMT');
  });

  it('makes a new key every time', async () => {
    const order = {
      secret: { namespace: 'infra', name: 'one' },
      dnsNames: ['one.example.com'],
      notBefore: '-1d',
      notAfter: '+1d',
    };
    const [x] = await issueCertificates(files, [order], now);
    const [y] = await issueCertificates(files, [order], now);
    expect(x?.edits[1]?.text).not.toBe(y?.edits[1]?.text);
  });

  it('refuses instants it cannot read and Secrets that are not there', async () => {
    const order = { secret: { namespace: 'infra', name: 'one' }, dnsNames: [], notBefore: '-1d' };
    await expect(issueCertificates(files, [{ ...order, notAfter: 'soon' }], now)).rejects.toThrow(
      /cannot read/,
    );
    await expect(
      issueCertificates(
        files,
        [{ ...order, secret: { namespace: 'other', name: 'one' }, notAfter: '+1d' }],
        now,
      ),
    ).rejects.toThrow('Secret other/one with tls.crt and tls.key is not in the workspace.');
  });
});
