import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CertProblemCode, readCertificateChain } from './index';
import { readPemBlocks } from './pem';
import { generateKey, issueCertificate } from './testdata/generate';

const fixture = (name: string): string =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const codes = (pem: string): string[] => readCertificateChain(pem).problems.map((p) => p.code);
const armour = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${btoa(String.fromCharCode(...der))}\n-----END CERTIFICATE-----\n`;

describe('chain order', () => {
  test('leaf, intermediate, root in order', async () => {
    const [rootKey, midKey, leafKey] = await Promise.all([
      generateKey('P-384'),
      generateKey('RSA'),
      generateKey('P-256'),
    ]);
    const root = await issueCertificate({ subject: 'CN=Root', key: rootKey, ca: true });
    const mid = await issueCertificate({
      subject: 'CN=Intermediate',
      key: midKey,
      issuer: { name: 'CN=Root', key: rootKey },
      ca: true,
    });
    const leaf = await issueCertificate({
      subject: 'CN=leaf',
      key: leafKey,
      issuer: { name: 'CN=Intermediate', key: midKey },
    });
    const inOrder = readCertificateChain(leaf + mid + root);
    expect(inOrder.chainInOrder).toBe(true);
    expect(inOrder.problems).toEqual([]);
    expect(inOrder.certificates.map((c) => [c.subject, c.selfSigned, c.isCA])).toEqual([
      ['CN=leaf', false, false],
      ['CN=Intermediate', false, true],
      ['CN=Root', true, true],
    ]);
    const shuffled = readCertificateChain(leaf + root + mid);
    expect(shuffled.chainInOrder).toBe(false);
    expect(shuffled.problems.map((p) => p.code)).toEqual([CertProblemCode.chainOutOfOrder]);
    expect(shuffled.certificates.map((c) => c.subject)).toEqual([
      'CN=leaf',
      'CN=Root',
      'CN=Intermediate',
    ]);
  });

  test('a root-first chain from OpenSSL is out of order, and the message says it looks reversed', () => {
    expect(readCertificateChain(fixture('chain-in-order.pem'))).toMatchObject({
      chainInOrder: true,
      problems: [],
    });
    const reversed = readCertificateChain(fixture('chain-wrong-order.pem'));
    expect(reversed.chainInOrder).toBe(false);
    expect(reversed.problems).toHaveLength(1);
    expect(reversed.problems[0]).toMatchObject({
      code: 'CHAIN_OUT_OF_ORDER',
      message: expect.stringContaining('reversed'),
    });
  });

  test('issuer name alone is not enough when the key identifiers disagree', async () => {
    const [caKey, impostorKey, leafKey] = await Promise.all([
      generateKey('P-256'),
      generateKey('P-256'),
      generateKey('P-256'),
    ]);
    const impostor = await issueCertificate({ subject: 'CN=CA', key: impostorKey, ca: true });
    const leaf = await issueCertificate({
      subject: 'CN=leaf',
      key: leafKey,
      issuer: { name: 'CN=CA', key: caKey },
    });
    expect(readCertificateChain(leaf + impostor).chainInOrder).toBe(false);
  });

  test('names compare case- and space-insensitively', async () => {
    const [caKey, leafKey] = await Promise.all([generateKey('P-256'), generateKey('P-256')]);
    const ca = await issueCertificate({
      subject: 'CN=Acme  Root',
      key: caKey,
      keyIdentifiers: false,
    });
    const leaf = await issueCertificate({
      subject: 'CN=leaf',
      key: leafKey,
      issuer: { name: 'CN=acme root', key: caKey },
      keyIdentifiers: false,
    });
    expect(readCertificateChain(leaf + ca).chainInOrder).toBe(true);
  });
});

describe('PEM tolerance', () => {
  test('CRLF, indentation, surrounding whitespace and text around the blocks', () => {
    const pem = fixture('leaf.crt');
    const crlf = `\r\n  subject=CN=www.example.com\r\n${pem.replace(/\n/g, '\r\n')}\r\n  trailing words \r\n\r\n`;
    expect(readCertificateChain(crlf)).toMatchObject({
      problems: [],
      certificates: [{ subject: 'CN=www.example.com' }],
    });
    const indented = pem.replace(/^/gm, '    ');
    expect(readCertificateChain(indented).certificates).toHaveLength(1);
  });

  test('OpenSSL -text output before the block', () => {
    const text = fixture('rsa-with-text.crt');
    expect(text.indexOf('Certificate:')).toBeLessThan(text.indexOf('-----BEGIN'));
    expect(readCertificateChain(text)).toMatchObject({
      problems: [],
      certificates: [{ commonName: 'rsa.example.com' }],
    });
  });

  test('other blocks in between are skipped', () => {
    const mixed = fixture('leaf.crt') + fixture('leaf.key') + fixture('ca.crt');
    expect(readCertificateChain(mixed)).toMatchObject({ chainInOrder: true, problems: [] });
    expect(readCertificateChain(mixed).certificates).toHaveLength(2);
  });
});

describe('problems', () => {
  test.each(['', '   \n\t\r\n'])('empty input %j is CERT_EMPTY', (text) => {
    expect(readCertificateChain(text)).toEqual({
      certificates: [],
      chainInOrder: true,
      problems: [{ code: 'CERT_EMPTY', message: expect.any(String) }],
    });
  });

  test('CERT_NOT_PEM with a hint about what was found instead', () => {
    const body = fixture('leaf.crt')
      .split('\n')
      .filter((l) => !l.startsWith('-----'))
      .join('');
    const cases: [string, RegExp][] = [
      ['hello world', /BEGIN CERTIFICATE/],
      [body, /without .* armour/],
      [btoa(fixture('leaf.crt')), /encoded twice/],
      [fixture('leaf.key'), /found PRIVATE KEY/],
    ];
    for (const [text, hint] of cases) {
      const chain = readCertificateChain(text);
      expect(chain.certificates).toEqual([]);
      expect(chain.problems).toEqual([
        { code: 'CERT_NOT_PEM', message: expect.stringMatching(hint) },
      ]);
    }
  });

  test('CERT_MALFORMED per bad block; good blocks still read', () => {
    const good = fixture('leaf.crt');
    const badBase64 = '-----BEGIN CERTIFICATE-----\nnot*base64\n-----END CERTIFICATE-----\n';
    const truncated = good.replace(/\n[^\n]*\n-----END/, '\n-----END');
    const unterminated = '-----BEGIN CERTIFICATE-----\nMIIB\n';
    expect(codes(badBase64)).toEqual(['CERT_MALFORMED']);
    expect(codes(truncated)).toEqual(['CERT_MALFORMED']);
    expect(codes(unterminated)).toEqual(['CERT_MALFORMED']);
    const mixed = readCertificateChain(good + badBase64 + fixture('ca.crt'));
    expect(mixed.certificates.map((c) => c.subject)).toEqual([
      'CN=www.example.com',
      'CN=Acme Test Root, O=Acme',
    ]);
    expect(mixed.problems).toEqual([
      { code: 'CERT_MALFORMED', message: expect.stringContaining('certificate 2') },
    ]);
  });

  test('a CERTIFICATE block holding a key is malformed', () => {
    const key = fixture('leaf.key').replace(/PRIVATE KEY/g, 'CERTIFICATE');
    expect(codes(key)).toEqual(['CERT_MALFORMED']);
  });

  // new X509Certificate(der) alone would accept both: it ignores trailing bytes, and it reads a
  // body that does not start like DER as PEM, hex or base64 text.
  test('bytes after the certificate make it malformed, as in Go', () => {
    const der = readPemBlocks(fixture('leaf.crt'))[0]?.der ?? new Uint8Array();
    const padded = armour(Uint8Array.of(...der, 0));
    expect(readCertificateChain(padded).problems).toEqual([
      { code: 'CERT_MALFORMED', message: expect.stringContaining('trailing data') },
    ]);
  });

  test('a body that is the certificate base64-encoded again is malformed', () => {
    const body = fixture('leaf.crt')
      .replace(/-----[^\n]*\n/g, '')
      .replace(/\n/g, '');
    const twice = armour(new TextEncoder().encode(body));
    expect(codes(twice)).toEqual(['CERT_MALFORMED']);
  });
});
