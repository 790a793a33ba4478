import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { describe, expect, test } from 'vitest';
import { readCertificateChain } from './index';
import { generateKey, issueCertificate } from './testdata/generate';
import type { KeyKind } from './testdata/generate';

// Time per parse, wall clock and CPU: on a busy machine the CPU time is the steadier of the two.
function clock(parses: number): () => string {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000 / parses;
    return `${((performance.now() - wall) / parses).toFixed(3)} ms (CPU ${cpuMs.toFixed(3)} ms)`;
  };
}

// Logs timings for the record; asserts nothing about milliseconds.
describe('parse speed', () => {
  // Generating certificates with @peculiar/x509 costs ~8 ms each, so 100 distinct ones are read
  // ten times each: 1,000 parses (nothing is memoised by readCertificateChain).
  test('1,000 parses', { timeout: 120_000 }, async () => {
    const kinds: KeyKind[] = ['P-256', 'RSA'];
    const [ca, ...keys] = await Promise.all([generateKey('P-256'), ...kinds.map(generateKey)]);
    const start = performance.now();
    const pems = await Promise.all(
      Array.from({ length: 100 }, (_, i) => {
        const key = keys[i % keys.length] ?? ca;
        const names = [`www.app${i}.example.com`, `*.app${i}.example.com`];
        // Mostly CA-issued (signing with the P-256 CA keeps generation fast), every tenth self-signed.
        const issuer = i % 10 !== 0 ? { issuer: { name: 'O=Acme, CN=Acme CA', key: ca } } : {};
        return issueCertificate({
          subject: `O=Acme, CN=${names[0]}`,
          key,
          dnsNames: names,
          serialNumber: (i + 1).toString(16),
          ...issuer,
        });
      }),
    );
    console.log(`generated in ${(performance.now() - start).toFixed(0)} ms`);
    for (const pem of pems) readCertificateChain(pem); // warm up the JIT
    const parses = 10 * pems.length;

    let stop = clock(parses);
    for (let pass = 0; pass < 10; pass++)
      for (const pem of pems) expect(readCertificateChain(pem).certificates).toHaveLength(1);
    const core = stop();

    // For scale: the library's own reading of the PEM text, with the getters most like ours.
    stop = clock(parses);
    for (let pass = 0; pass < 10; pass++)
      for (const pem of pems) {
        const cert = new x509.X509Certificate(pem);
        void [cert.subject, cert.issuer, cert.notAfter, cert.serialNumber, cert.extensions];
      }
    const library = stop();
    console.log(
      `readCertificateChain (@peculiar/x509, @noble/hashes SHA-256): ${core} per certificate ` +
        `(1,000 parses, P-256 and RSA-2048 keys); X509Certificate from PEM with its getters: ${library}`,
    );
  });
});
