import type { ResolveContext } from '../resolve/context';
import type { CertificateFacts, KeyMatch } from '../x509';

/** What the Inspector shows for a Secret that holds a certificate. */
export interface SecretCertificate {
  /** `Secret/namespace/name`. */
  readonly secret: string;
  readonly type: string;
  readonly certificates: readonly CertificateFacts[];
  readonly chainInOrder: boolean;
  readonly problems: readonly { readonly code: string; readonly message: string }[];
  /** Whether `tls.key` belongs to the first certificate (absent without a key). */
  readonly keyMatch?: KeyMatch;
}

/** Certificate facts for every Secret with a `tls.crt` (each distinct PEM parsed once). */
export function secretCertificates(ctx: ResolveContext): SecretCertificate[] {
  const out: SecretCertificate[] = [];
  for (const s of ctx.allSecrets()) {
    const crt = s.data['tls.crt'];
    if (!crt) continue;
    const chain = ctx.options.certificates.chain(crt);
    const key = s.data['tls.key'];
    out.push({
      secret: s.object.key,
      type: s.secretType,
      certificates: chain.certificates,
      chainInOrder: chain.chainInOrder,
      problems: chain.problems,
      keyMatch: key ? ctx.options.certificates.matches(crt, key) : undefined,
    });
  }
  return out.sort((a, b) => (a.secret < b.secret ? -1 : 1));
}
