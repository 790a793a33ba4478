import { matchParsed } from './private-key-matches';
import type { ParsedCertificate } from './read-certificate';
import { parseChain } from './read-certificate-chain';
import type { ParsedChain } from './read-certificate-chain';
import { parsePrivateKey } from './read-private-key';
import type { ParsedPrivateKey } from './read-private-key';
import type { ChainFacts, KeyMatch, PrivateKeyFacts } from './types';

/**
 * A Map that forgets its least recently used entries beyond `capacity` entries or `maxChars`
 * characters of keys: the keys are whole PEM texts, and editing a large CA bundle makes a new
 * one per keystroke.
 */
class RecentMap<V> {
  private readonly entries = new Map<string, V>();
  private readonly capacity: number;
  private readonly maxChars: number;
  private chars = 0;

  constructor(capacity: number, maxChars: number) {
    this.capacity = capacity;
    this.maxChars = maxChars;
  }

  get(key: string, make: () => V): V {
    const found = this.entries.get(key);
    if (found !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const made = make();
    this.entries.set(key, made);
    this.chars += key.length;
    for (const oldest of this.entries.keys()) {
      if (
        this.entries.size <= 1 ||
        (this.entries.size <= this.capacity && this.chars <= this.maxChars)
      )
        break;
      this.entries.delete(oldest);
      this.chars -= oldest.length;
    }
    return made;
  }
}

/**
 * Parses each distinct PEM text once and hands out the same result object for the same text,
 * so re-resolving a workspace after an edit only parses what changed. Certificates are also
 * remembered one by one, so editing one certificate of a CA bundle re-reads only that one.
 * Treat results as immutable. Each kind of entry is bounded (least recently used out first), so
 * a long editing session, which produces a new text per keystroke, cannot grow it without limit.
 */
export class CertificateCache {
  private readonly certificates: RecentMap<ParsedCertificate>;
  private readonly chains: RecentMap<ParsedChain>;
  private readonly keys: RecentMap<ParsedPrivateKey>;
  private readonly matchResults: RecentMap<KeyMatch>;

  /**
   * @param capacity entries kept per kind (certificates, chains, keys, key matches)
   * @param maxChars characters of PEM text kept as keys per kind
   */
  constructor(capacity = 4096, maxChars = 8_000_000) {
    this.certificates = new RecentMap(capacity, maxChars);
    this.chains = new RecentMap(capacity, maxChars);
    this.keys = new RecentMap(capacity, maxChars);
    this.matchResults = new RecentMap(capacity, maxChars);
  }

  /** `readCertificateChain`, memoised. */
  chain(pem: string): ChainFacts {
    return this.parsedChain(pem).facts;
  }

  /** `readPrivateKey`, memoised. */
  key(pem: string): PrivateKeyFacts {
    return this.parsedKey(pem).facts;
  }

  /** `privateKeyMatches`, memoised (EC and Ed25519 checks may derive a public key). */
  matches(certPem: string, keyPem: string): KeyMatch {
    const pair = JSON.stringify([certPem, keyPem]);
    return this.matchResults.get(pair, () =>
      matchParsed(this.parsedChain(certPem), this.parsedKey(keyPem)),
    );
  }

  private parsedChain(pem: string): ParsedChain {
    return this.chains.get(pem, () => parseChain(pem, this.certificates));
  }

  private parsedKey(pem: string): ParsedPrivateKey {
    return this.keys.get(pem, () => parsePrivateKey(pem));
  }
}
