import type { SecretObjectReference } from '../model/gateway-api';
import type { ChainFacts } from '../x509';
import { refusedText } from './context';
import type { ResolveContext } from './context';

/** Who refers: the referrer's group, kind and namespace (for ReferenceGrant checks). */
export interface Referrer {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
}

/** The outcome of one certificate reference (listener `certificateRefs`, backend client cert). */
export interface CertificateRefResult {
  readonly ref: SecretObjectReference;
  /** Namespace the reference points into (defaulted to the referrer's). */
  readonly namespace: string;
  readonly name: string;
  /** True when the Secret exists, may be referenced, and holds a usable key pair. */
  readonly ok: boolean;
  /** Status reason when not ok: `RefNotPermitted` or `InvalidCertificateRef`. */
  readonly reason?: 'RefNotPermitted' | 'InvalidCertificateRef';
  /** Diagnostic code (stable) and message when not ok, or for warnings on a usable ref. */
  readonly code?: string;
  readonly message?: string;
  /** `Secret/ns/name` when the Secret exists and may be referenced. */
  readonly secret?: string;
  /** Parsed `tls.crt` when readable. */
  readonly chain?: ChainFacts;
  readonly warnings: readonly { code: string; message: string }[];
}

/**
 * Checks a reference to a TLS key pair: kind (core Secret), ReferenceGrant for other
 * namespaces, existence, `tls.crt`/`tls.key` present, PEM readable, key matching the certificate.
 */
export function checkCertificateRef(
  ctx: ResolveContext,
  from: Referrer,
  ref: SecretObjectReference,
): CertificateRefResult {
  const namespace = ref.namespace ?? from.namespace;
  const base = {
    ref,
    namespace,
    name: ref.name,
    warnings: [] as { code: string; message: string }[],
  };
  const where = `${namespace}/${ref.name}`;
  if (ref.group !== '' || ref.kind !== 'Secret') {
    return {
      ...base,
      ok: false,
      reason: 'InvalidCertificateRef',
      code: 'CERT_REF_UNSUPPORTED_KIND',
      message: `Certificate reference ${where} is of kind "${ref.kind}" in group "${ref.group}"; only core Secrets (group "", kind Secret) are supported.`,
    };
  }
  if (!ctx.isPermitted(from, { group: '', kind: 'Secret', namespace, name: ref.name })) {
    return {
      ...base,
      ok: false,
      reason: 'RefNotPermitted',
      code: 'REF_NOT_PERMITTED',
      message: `Secret ${where} is in another namespace and no ReferenceGrant in "${namespace}" allows ${from.kind}s from "${from.namespace}" to use it.`,
    };
  }
  const secret = ctx.secret(namespace, ref.name);
  if (!secret) {
    const refused = ctx.refused('Secret', namespace, ref.name);
    return {
      ...base,
      ok: false,
      reason: 'InvalidCertificateRef',
      code: refused ? 'REF_TARGET_REFUSED' : 'CERT_SECRET_NOT_FOUND',
      message: refused
        ? refusedText('Secret', namespace, ref.name, refused)
        : `Secret ${where} does not exist.`,
    };
  }
  const found = { ...base, secret: secret.object.key };
  if (secret.secretType !== 'kubernetes.io/tls') {
    found.warnings.push({
      code: 'CERT_SECRET_TYPE',
      message: `Secret ${where} has type "${secret.secretType}"; portable certificate Secrets have type kubernetes.io/tls.`,
    });
  }
  const crt = secret.data['tls.crt'];
  const key = secret.data['tls.key'];
  if (!crt || !key) {
    const missing = [!crt && 'tls.crt', !key && 'tls.key'].filter(Boolean).join(' and ');
    const undecodable = secret.undecodable.filter((k) => k === 'tls.crt' || k === 'tls.key');
    return {
      ...found,
      ok: false,
      reason: 'InvalidCertificateRef',
      code: undecodable.length ? 'CERT_MALFORMED' : 'CERT_DATA_MISSING',
      message: undecodable.length
        ? `Secret ${where}: ${undecodable.join(' and ')} is not valid base64.`
        : `Secret ${where} has no ${missing}.`,
    };
  }
  const chain = ctx.options.certificates.chain(crt);
  if (chain.certificates.length === 0) {
    return {
      ...found,
      chain,
      ok: false,
      reason: 'InvalidCertificateRef',
      code: 'CERT_MALFORMED',
      message: `Secret ${where}: tls.crt is not a PEM certificate${chain.problems[0] ? ` (${chain.problems[0].message})` : ''}.`,
    };
  }
  const keyFacts = ctx.options.certificates.key(key);
  if (keyFacts.problems.length > 0) {
    return {
      ...found,
      chain,
      ok: false,
      reason: 'InvalidCertificateRef',
      code: 'CERT_KEY_MALFORMED',
      message: `Secret ${where}: tls.key is not a usable private key (${keyFacts.problems[0]?.message}).`,
    };
  }
  const match = ctx.options.certificates.matches(crt, key);
  if (match === 'mismatch') {
    return {
      ...found,
      chain,
      ok: false,
      reason: 'InvalidCertificateRef',
      code: 'CERT_KEY_MISMATCH',
      message: `Secret ${where}: tls.key does not belong to the certificate in tls.crt.`,
    };
  }
  for (const p of chain.problems)
    found.warnings.push({ code: p.code, message: `Secret ${where}: ${p.message}` });
  return { ...found, chain, ok: true };
}
