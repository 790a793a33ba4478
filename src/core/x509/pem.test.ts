import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeBase64 } from './base64';
import { readPemBlocks } from './pem';

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes));

describe('decodeBase64', () => {
  test('agrees with atob, with or without padding and line breaks', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64(bytes);
        expect(decodeBase64(text)).toEqual(bytes);
        expect(decodeBase64(text.replace(/=+$/, ''))).toEqual(bytes);
        expect(decodeBase64(text.replace(/.{10}/g, '$&\r\n '))).toEqual(bytes);
      }),
    );
  });

  test.each(['A', 'AB=C', 'AB==C', 'A===', '*AAA', 'AAA\u00e9'])('rejects %j', (text) => {
    expect(decodeBase64(text)).toBeUndefined();
  });
});

describe('readPemBlocks', () => {
  test('labels, RFC 1421 headers and explanatory text', () => {
    const text = [
      'Bag Attributes',
      '    localKeyID: 01 02',
      '-----BEGIN RSA PRIVATE KEY-----',
      'Proc-Type: 4,ENCRYPTED',
      'DEK-Info: AES-128-CBC,00112233',
      '',
      'AAEC',
      '-----END RSA PRIVATE KEY-----',
      'between',
      '-----BEGIN CERTIFICATE-----',
      'AAEC',
      'AwQ=',
      '-----END CERTIFICATE-----',
    ].join('\r\n');
    const [key, cert] = readPemBlocks(text);
    expect(key?.label).toBe('RSA PRIVATE KEY');
    expect(key?.headers.get('Proc-Type')).toBe('4,ENCRYPTED');
    expect(key?.der).toEqual(Uint8Array.of(0, 1, 2));
    expect(cert?.label).toBe('CERTIFICATE');
    expect(cert?.der).toEqual(Uint8Array.of(0, 1, 2, 3, 4));
  });

  test('a BEGIN without its END, or with another END, yields a block without DER', () => {
    const blocks = readPemBlocks('-----BEGIN CERTIFICATE-----\nAAEC\n-----END PRIVATE KEY-----\n');
    expect(blocks.map((b) => [b.label, b.der])).toEqual([['CERTIFICATE', undefined]]);
  });
});
