import { describe, expect, test } from 'vitest';
import { certificateCovers } from './index';
import type { Coverage } from './index';

const san = (...dnsNames: string[]) => ({ dnsNames });

describe('certificateCovers (RFC 6125 against Gateway hostnames, §9.5)', () => {
  test.each<[string, string[], string, Coverage]>([
    // §9.5 table: precise names served under listener *.example.com, cert SAN *.example.com
    ['one label under a SAN wildcard', ['*.example.com'], 'a.example.com', 'covered'],
    ['two labels under a SAN wildcard', ['*.example.com'], 'a.b.example.com', 'uncovered'],
    ['the apex under a SAN wildcard', ['*.example.com'], 'example.com', 'uncovered'],
    // A Gateway wildcard serves one or more labels; no certificate covers that fully.
    ['listener wildcard vs the same SAN wildcard', ['*.example.com'], '*.example.com', 'partial'],
    [
      'listener wildcard vs specific SANs only',
      ['a.example.com', 'b.example.com'],
      '*.example.com',
      'uncovered',
    ],
    [
      'listener wildcard vs a deeper SAN wildcard',
      ['*.b.example.com'],
      '*.example.com',
      'uncovered',
    ],
    ['listener wildcard vs a shallower SAN wildcard', ['*.com'], '*.example.com', 'uncovered'],
    ['exact SAN', ['www.example.com'], 'www.example.com', 'covered'],
    ['exact SAN, other name', ['www.example.com'], 'api.example.com', 'uncovered'],
    ['second SAN', ['a.example.com', 'b.example.com'], 'b.example.com', 'covered'],
    ['partial-label wildcard never matches', ['f*.example.com'], 'foo.example.com', 'uncovered'],
    ['suffix wildcard never matches', ['*oo.example.com'], 'foo.example.com', 'uncovered'],
    ['wildcard not leftmost never matches', ['a.*.example.com'], 'a.b.example.com', 'uncovered'],
    ['case-insensitive hostname', ['www.example.com'], 'WWW.Example.COM', 'covered'],
    ['case-insensitive SAN', ['*.EXAMPLE.com'], 'a.example.com', 'covered'],
    ['trailing dot on the hostname', ['www.example.com'], 'www.example.com.', 'covered'],
    ['trailing dot on the SAN', ['*.example.com.'], 'a.example.com', 'covered'],
    ['no names at all', [], 'a.example.com', 'uncovered'],
    ['match-everything listener', ['*.example.com'], '*', 'uncovered'],
  ])('%s: %j vs %s is %s', (_, dnsNames, hostname, expected) => {
    expect(certificateCovers(san(...dnsNames), hostname)).toBe(expected);
  });

  test('the CN is a fallback only when there are no dNSName SANs', () => {
    expect(
      certificateCovers({ dnsNames: [], commonName: 'legacy.example.com' }, 'legacy.example.com'),
    ).toBe('covered');
    expect(
      certificateCovers({ dnsNames: [], commonName: 'Legacy.Example.com' }, 'LEGACY.example.com'),
    ).toBe('covered');
    expect(certificateCovers({ dnsNames: [], commonName: '*.example.com' }, 'a.example.com')).toBe(
      'covered',
    );
    expect(certificateCovers({ dnsNames: [], commonName: '*.example.com' }, '*.example.com')).toBe(
      'partial',
    );
    expect(
      certificateCovers(
        { dnsNames: ['other.example.com'], commonName: 'legacy.example.com' },
        'legacy.example.com',
      ),
    ).toBe('uncovered');
  });
});
