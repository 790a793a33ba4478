import { Name } from '@peculiar/asn1-x509';
import * as asn1js from 'asn1js';
import { describe, expect, test } from 'vitest';
import { decodeAsn } from './decode-asn';
import { readName } from './distinguished-name';

type Attribute = [oid: string, value: asn1js.BaseBlock];
const utf8 = (value: string) => new asn1js.Utf8String({ value });
const printable = (value: string) => new asn1js.PrintableString({ value });

/** Encodes a Name from RDNs in DER order and reads it back as @peculiar/asn1-x509 parses it. */
function name(...rdns: Attribute[][]) {
  const der = new asn1js.Sequence({
    value: rdns.map(
      (rdn) =>
        new asn1js.Set({
          value: rdn.map(
            ([oid, value]) =>
              new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), value] }),
          ),
        }),
    ),
  }).toBER();
  return readName(decodeAsn(new Uint8Array(der), Name, 'a Name'));
}

const [C, O, OU, CN] = ['2.5.4.6', '2.5.4.10', '2.5.4.11', '2.5.4.3'];

describe('readName', () => {
  test('RFC 4514 order: most specific RDN first; multi-valued RDNs joined with +', () => {
    const n = name(
      [[C, printable('US')]],
      [[O, utf8('Acme')]],
      [
        [OU, utf8('Web')],
        [CN, utf8('www')],
      ],
    );
    expect(n.text).toBe('OU=Web+CN=www, O=Acme, C=US');
    expect(n.commonName).toBe('www');
  });

  test.each([
    ['Acme, Inc.', 'CN=Acme\\, Inc.'],
    ['a+b;c<d>e"f\\g', 'CN=a\\+b\\;c\\<d\\>e\\"f\\\\g'],
    ['#tag', 'CN=\\#tag'],
    ['in#side', 'CN=in#side'],
    [' padded ', 'CN=\\ padded\\ '],
    [' ', 'CN=\\ '],
    ['nul\u0000', 'CN=nul\\00'],
    ['münchen ✓', 'CN=münchen ✓'],
  ])('escapes %j', (value, text) => {
    expect(name([[CN, utf8(value)]]).text).toBe(text);
  });

  test('unknown attribute types by OID; non-string values as #hex', () => {
    const n = name([['1.2.3.4', utf8('x')]], [['1.2.3.5', new asn1js.Integer({ value: 5 })]]);
    expect(n.text).toBe('1.2.3.5=#020105, 1.2.3.4=x');
  });

  test('string types outside DirectoryString are still text', () => {
    const n = name(
      [['2.5.4.5', new asn1js.NumericString({ value: '0123' })]],
      [[CN, new asn1js.VisibleString({ value: 'visible, text' })]],
    );
    expect(n.text).toBe('CN=visible\\, text, serialNumber=0123');
    expect(n.commonName).toBe('visible, text');
  });

  test('the most specific CN is the common name', () => {
    expect(name([[CN, utf8('first')]], [[CN, utf8('second')]]).commonName).toBe('second');
    expect(name([[O, utf8('no cn')]]).commonName).toBeUndefined();
  });

  test('canonical form ignores case, spacing and string type', () => {
    const a = name([[O, printable('Acme  Corp ')]], [[CN, printable('Root')]]);
    const b = name([[O, utf8('acme corp')]], [[CN, utf8('ROOT')]]);
    expect(a.canonical).toBe(b.canonical);
    expect(a.canonical).not.toBe(name([[CN, utf8('Root')]], [[O, utf8('Acme Corp')]]).canonical);
  });
});
