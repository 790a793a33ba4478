import { matchKey } from './key-match';
import type { ParsedChain } from './read-certificate-chain';
import { parseChain } from './read-certificate-chain';
import type { ParsedPrivateKey } from './read-private-key';
import { parsePrivateKey } from './read-private-key';
import type { KeyMatch } from './types';

/** Key match between already parsed texts (shared with the cache). */
export function matchParsed(chain: ParsedChain, key: ParsedPrivateKey): KeyMatch {
  const leaf = chain.leaf;
  if (!leaf || !key.material) return 'unknown';
  try {
    return matchKey(leaf.publicKey, key.material);
  } catch {
    return 'unknown';
  }
}

/**
 * Whether `keyPem` holds the private key of the first certificate in `certificatePem` (the leaf,
 * as in `tls.crt`). Synchronous. `unknown` when either side cannot be read (including a first
 * certificate block that does not parse, whatever follows it) or cannot be compared (see
 * `matchKey`). Never throws.
 */
export function privateKeyMatches(certificatePem: string, keyPem: string): KeyMatch {
  return matchParsed(parseChain(certificatePem), parsePrivateKey(keyPem));
}
