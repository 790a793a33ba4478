import type { ResolveContext } from '../resolve/context';
import type { CertificateFacts, KeyMatch } from '../x509';
import { KeptOrder } from './kept-order';

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

/**
 * Certificate facts for every Secret with a `tls.crt` (each distinct PEM parsed once), by
 * Secret key. With a `cache` from earlier calls, a Secret read as the same object as then
 * keeps its facts, and the order is kept while the same Secrets are listed.
 */
export function secretCertificates(
  ctx: ResolveContext,
  cache = new CertificateFactsCache(),
): SecretCertificate[] {
  const out: SecretCertificate[] = [];
  for (const s of ctx.allSecrets()) {
    const crt = s.data['tls.crt'];
    if (!crt) continue;
    out.push(
      cache.factsOf(s, () => {
        const chain = ctx.options.certificates.chain(crt);
        const key = s.data['tls.key'];
        return {
          secret: s.object.key,
          type: s.secretType,
          certificates: chain.certificates,
          chainInOrder: chain.chainInOrder,
          problems: chain.problems,
          keyMatch: key ? ctx.options.certificates.matches(crt, key) : undefined,
        };
      }),
    );
  }
  return cache.sorted(out);
}

/** Facts of the Secrets seen before, and the order they were listed in. */
export class CertificateFactsCache {
  private facts = new WeakMap<object, SecretCertificate>();
  private readonly order = new KeptOrder();

  factsOf(secret: object, make: () => SecretCertificate): SecretCertificate {
    let f = this.facts.get(secret);
    if (!f) this.facts.set(secret, (f = make()));
    return f;
  }

  /** `list` sorted by Secret key (sorting again only when the Secrets listed changed). */
  sorted(list: readonly SecretCertificate[]): SecretCertificate[] {
    return this.order.sort(list, (c) => c.secret);
  }
}
