import { describe, expect, test } from 'vitest';
import { formatIpAddress } from './general-names';

const ipv6 = (...groups: number[]): Uint8Array =>
  Uint8Array.from(groups.flatMap((g) => [g >> 8, g & 0xff]));

describe('formatIpAddress (RFC 5952 for IPv6)', () => {
  test.each([
    [Uint8Array.of(192, 0, 2, 1), '192.0.2.1'],
    [ipv6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), '2001:db8::1'],
    [ipv6(0, 0, 0, 0, 0, 0, 0, 0), '::'],
    [ipv6(0, 0, 0, 0, 0, 0, 0, 1), '::1'],
    [ipv6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1), '2001:db8:0:1:1:1:1:1'],
    [ipv6(0x2001, 0, 0, 1, 0, 0, 0, 1), '2001:0:0:1::1'],
    [ipv6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1), '2001:db8::1:0:0:1'],
    [ipv6(0xfe80, 0, 0, 0, 0, 0, 0, 0), 'fe80::'],
    [Uint8Array.of(1, 2, 3), '#010203'],
  ])('%j is %s', (bytes, text) => {
    expect(formatIpAddress(bytes)).toBe(text);
  });
});
