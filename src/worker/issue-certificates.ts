/**
 * Certificates made in the browser: a WebCrypto ECDSA P-256 key per certificate, the
 * certificate built and signed by the core (`issueCertificate`), and both written into the
 * Secret that holds them as text edits. The private key is made here and goes nowhere but into
 * the workspace text.
 */
import { issueCertificate, parseInstant, secretDataEdits, toPem } from '../core';
import type { CertificateKey, SourceFile, TextEdit } from '../core';

/** A certificate and key to make for a Secret (`tls.crt`, `tls.key`) of the workspace. */
export interface CertificateOrder {
  readonly secret: { readonly namespace: string; readonly name: string };
  /** The subject CN; the first DNS name when absent. */
  readonly commonName?: string;
  readonly organization?: string;
  /** subjectAltName dNSNames; none makes a certificate that no client accepts. */
  readonly dnsNames: readonly string[];
  /** RFC 3339, or a span from the request's `now` (`-90d`, `+12d`): see `parseInstant`. */
  readonly notBefore: string;
  readonly notAfter: string;
}

/** The edits of one file. */
export interface FileEdits {
  readonly path: string;
  readonly edits: readonly TextEdit[];
}

const P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;

/** A new ECDSA P-256 key: the core's signing view of it, and its private key as PKCS#8 PEM. */
export async function newCertificateKey(
  subtle: SubtleCrypto,
): Promise<{ key: CertificateKey; pem: string }> {
  const pair = await subtle.generateKey(P256, true, ['sign']);
  const pkcs8 = new Uint8Array(await subtle.exportKey('pkcs8', pair.privateKey));
  return {
    key: {
      publicKey: new Uint8Array(await subtle.exportKey('spki', pair.publicKey)),
      sign: async (data) =>
        new Uint8Array(
          await subtle.sign(
            { name: 'ECDSA', hash: 'SHA-256' },
            pair.privateKey,
            data as BufferSource,
          ),
        ),
    },
    pem: toPem('PRIVATE KEY', pkcs8),
  };
}

/**
 * Makes every ordered certificate, valid from `notBefore` to `notAfter` judged at `now`, and
 * returns the edits that put it into its Secret. Throws (the worker answers with an error) when
 * an instant cannot be read or a Secret does not hold `tls.crt` and `tls.key` in the files.
 */
export async function issueCertificates(
  files: readonly SourceFile[],
  orders: readonly CertificateOrder[],
  now: Date,
  crypto: Crypto = globalThis.crypto,
): Promise<FileEdits[]> {
  const byPath = new Map<string, TextEdit[]>();
  for (const order of orders) {
    const where = `${order.secret.namespace}/${order.secret.name}`;
    const notBefore = parseInstant(order.notBefore, now);
    const notAfter = parseInstant(order.notAfter, now);
    if (!notBefore || !notAfter)
      throw new Error(`Secret ${where}: cannot read "${order.notBefore}" or "${order.notAfter}".`);
    const { key, pem: keyPem } = await newCertificateKey(crypto.subtle);
    const certificate = await issueCertificate(
      {
        commonName: order.commonName ?? order.dnsNames[0] ?? order.secret.name,
        ...(order.organization ? { organization: order.organization } : {}),
        dnsNames: order.dnsNames,
        notBefore,
        notAfter,
        serial: crypto.getRandomValues(new Uint8Array(16)),
      },
      key,
    );
    const values = { 'tls.crt': certificate, 'tls.key': keyPem };
    let found: { path: string; edits: TextEdit[] } | undefined;
    for (const f of files) {
      const edits = secretDataEdits(f.text, order.secret, values);
      if (edits) found = { path: f.path, edits };
      if (found) break;
    }
    if (!found)
      throw new Error(`Secret ${where} with tls.crt and tls.key is not in the workspace.`);
    byPath.set(found.path, [...(byPath.get(found.path) ?? []), ...found.edits]);
  }
  return [...byPath].map(([path, edits]) => ({ path, edits }));
}
