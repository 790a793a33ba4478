/**
 * Test-only: a `kubernetes.io/tls` Secret holding one of the certificates of `certs/` (see its
 * README: foo, bar, wildcard, multi, expired, cn-only), as YAML text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, 'certs');

function block(pem: string): string {
  return pem
    .trim()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n');
}

export function tlsSecret(namespace: string, name: string, cert: string): string {
  const crt = readFileSync(join(dir, `${cert}.crt.pem`), 'utf8');
  const key = readFileSync(join(dir, `${cert}.key.pem`), 'utf8');
  return `apiVersion: v1
kind: Secret
metadata: { name: ${name}, namespace: ${namespace} }
type: kubernetes.io/tls
stringData:
  tls.crt: |
${block(crt)}
  tls.key: |
${block(key)}
`;
}
