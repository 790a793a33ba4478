import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CertificateCache } from './index';

const fixture = (name: string): string =>
  readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');

describe('CertificateCache', () => {
  test('returns the same object for the same PEM text', () => {
    const cache = new CertificateCache();
    const chain = cache.chain(fixture('chain-in-order.pem'));
    expect(cache.chain(fixture('chain-in-order.pem'))).toBe(chain);
    const key = cache.key(fixture('leaf.key'));
    expect(cache.key(fixture('leaf.key'))).toBe(key);
    expect(cache.chain('garbage')).toBe(cache.chain('garbage'));
    expect(cache.key('')).toBe(cache.key(''));
  });

  test('gives the same answers as the functions it remembers', () => {
    const cache = new CertificateCache();
    expect(cache.matches(fixture('ec.crt'), fixture('ec-sec1-no-public.key'))).toBe('match');
    expect(cache.matches(fixture('ec.crt'), fixture('leaf.key'))).toBe('mismatch');
    expect(cache.matches(fixture('rsa.crt'), fixture('rsa-encrypted-pkcs8.key'))).toBe('unknown');
    expect(cache.key(fixture('rsa-encrypted-pkcs8.key')).problems.map((p) => p.code)).toEqual([
      'KEY_ENCRYPTED',
    ]);
  });

  test('a certificate shared by two bundles is read once', () => {
    const cache = new CertificateCache();
    const leafOnly = cache.chain(fixture('leaf.crt'));
    const bundle = cache.chain(fixture('chain-in-order.pem'));
    expect(bundle.certificates[0]).toBe(leafOnly.certificates[0]);
    // Editing the text around a certificate does not re-read it.
    const edited = cache.chain(`# edited\n${fixture('chain-in-order.pem')}`);
    expect(edited).not.toBe(bundle);
    expect(edited.certificates[1]).toBe(bundle.certificates[1]);
  });

  test('forgets the least recently used texts beyond its capacity', () => {
    const cache = new CertificateCache(2);
    const first = cache.chain(fixture('rsa.crt'));
    cache.chain(fixture('ec.crt'));
    expect(cache.chain(fixture('rsa.crt'))).toBe(first); // refreshes rsa.crt
    cache.chain(fixture('ec384.crt')); // evicts ec.crt, the least recently used
    expect(cache.chain(fixture('rsa.crt'))).toBe(first);
    const again = cache.chain(fixture('ec.crt'));
    expect(again).toEqual(cache.chain(fixture('ec.crt')));
  });

  test('also forgets by the size of the texts it holds', () => {
    const bundle = fixture('chain-in-order.pem');
    const cache = new CertificateCache(100, bundle.length + 10);
    const first = cache.chain(bundle);
    cache.chain(`${bundle}\n`); // over the character budget: the first text goes
    expect(cache.chain(bundle)).not.toBe(first);
    expect(cache.chain(bundle)).toEqual(first);
  });
});
