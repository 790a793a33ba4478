import { expiryState, humanInstant } from '../../core';
import type { CertificateFacts, SecretCertificate } from '../../core';
import { badge, expiryBadge } from './badges';
import type { Badge } from './badges';

export interface CertificateField {
  readonly label: string;
  readonly value: string;
  readonly badge?: Badge;
}

export interface CertificateView {
  readonly type: string;
  readonly chain: Badge;
  readonly key: Badge;
  readonly problems: readonly { readonly code: string; readonly message: string }[];
  readonly certificates: readonly {
    readonly title: string;
    readonly fields: readonly CertificateField[];
  }[];
}

const keyBadge = {
  match: badge('ok', 'the private key matches the certificate'),
  mismatch: badge('error', 'the private key does NOT match the certificate'),
  unknown: badge('warning', 'key match could not be checked'),
} as const;

const noDnsNames = badge('warning', 'no DNS subjectAltName: clients will reject it');

function yesNo(b: boolean): string {
  return b ? 'yes' : 'no';
}

function fields(c: CertificateFacts, now: Date): CertificateField[] {
  const sans = [...c.dnsNames, ...c.ipAddresses, ...c.uris];
  const size = c.curve ?? (c.keySize === undefined ? '' : `${c.keySize} bits`);
  return [
    { label: 'Subject', value: c.subject },
    {
      label: 'SANs',
      value: sans.join(', ') || 'none',
      // Clients match names against DNS SANs only, never the subject CN.
      ...(c.dnsNames.length === 0 ? { badge: noDnsNames } : {}),
    },
    { label: 'Issuer', value: c.issuer },
    { label: 'Not before', value: humanInstant(c.notBefore) },
    {
      label: 'Not after',
      value: humanInstant(c.notAfter),
      badge: expiryBadge[expiryState(c, now)],
    },
    { label: 'Key', value: size ? `${c.keyAlgorithm} ${size}` : c.keyAlgorithm },
    { label: 'Signature', value: c.signatureAlgorithm },
    { label: 'Serial', value: c.serialNumber },
    { label: 'SHA-256', value: c.fingerprintSha256 },
    { label: 'Self-signed', value: yesNo(c.selfSigned) },
    { label: 'CA', value: yesNo(c.isCA) },
  ];
}

/** Certificate facts of a Secret, in the order of its chain, with expiry judged at `now`. */
export function toCertificateView(s: SecretCertificate, now: Date): CertificateView {
  const n = s.certificates.length;
  return {
    type: s.type,
    chain:
      n <= 1
        ? badge('muted', n === 1 ? 'single certificate' : 'no certificate read')
        : s.chainInOrder
          ? badge('ok', `chain of ${n}, in order`)
          : badge('error', `chain of ${n}, out of order`),
    key: s.keyMatch ? keyBadge[s.keyMatch] : badge('muted', 'no private key'),
    problems: s.problems,
    certificates: s.certificates.map((c, i) => ({
      title: `${i + 1}. ${i === 0 ? 'Leaf' : i === n - 1 ? 'Last in chain' : 'Intermediate'}: ${c.commonName ?? c.subject}`,
      fields: fields(c, now),
    })),
  };
}
