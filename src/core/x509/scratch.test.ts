import { test } from 'vitest';
import { generateKey, issueCertificate } from './testdata/generate';
import { readCertificateChain, privateKeyMatches } from './index';
test('scratch', async () => {
  const ca = await generateKey('P-256');
  for (const kind of ['RSA', 'P-256', 'P-384', 'P-521', 'Ed25519'] as const) {
    const key = await generateKey(kind);
    const self = await issueCertificate({ subject: 'CN=self', key, dnsNames: ['a.example.com'] });
    const leaf = await issueCertificate({ subject: 'CN=leaf', key, issuer: { name: 'CN=ca', key: ca }, dnsNames: ['a.example.com'] });
    for (let i = 0; i < 20; i++) { readCertificateChain(self); readCertificateChain(leaf); }
    let t = performance.now(); for (let i = 0; i < 100; i++) readCertificateChain(leaf); const tl = (performance.now() - t) / 100;
    t = performance.now(); for (let i = 0; i < 20; i++) readCertificateChain(self); const ts = (performance.now() - t) / 20;
    t = performance.now(); for (let i = 0; i < 20; i++) privateKeyMatches(self, key.pkcs8Pem); const tm = (performance.now() - t) / 20;
    console.log(kind, 'leaf', tl.toFixed(3), 'self-signed', ts.toFixed(3), 'match', tm.toFixed(3), readCertificateChain(self).certificates[0]?.selfSigned, privateKeyMatches(self, key.pkcs8Pem));
  }
});
