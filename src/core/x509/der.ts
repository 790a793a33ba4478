import * as asn1js from 'asn1js';

/** A decoded DER element (asn1js is the parser of record; these helpers only read its tree). */
export type DerNode = asn1js.BaseBlock;

/** Thrown by the readers below when the DER does not have the expected shape; caught at the API edge. */
export class DerError extends Error {}

const universal = 1;
const contextSpecific = 3;

// Embedded OCTET/BIT STRING contents are decoded on demand, not speculatively (faster, and
// keeps key material from being parsed as ASN.1). Limits bound the work on hostile input.
const options = { parseEmbedded: false, copyInput: false, maxDepth: 40, maxNodes: 20000 };

/** Decodes exactly one DER element that fills `bytes`. */
export function decodeDer(bytes: Uint8Array): DerNode {
  let decoded: asn1js.FromBerResult;
  try {
    decoded = asn1js.fromBER(bytes, options);
  } catch (e) {
    throw new DerError(e instanceof Error ? e.message : 'undecodable DER');
  }
  if (decoded.offset === -1) throw new DerError(decoded.result.error || 'undecodable DER');
  if (decoded.offset !== bytes.length) throw new DerError('trailing data after the DER element');
  return decoded.result;
}

/** True when `node` has this context-specific tag (`[n]`). */
export function isContext(node: DerNode | undefined, n: number): node is DerNode {
  return node?.idBlock.tagClass === contextSpecific && node.idBlock.tagNumber === n;
}

function expectUniversal(node: DerNode | undefined, tag: number, what: string): DerNode {
  if (!node || node.idBlock.tagClass !== universal || node.idBlock.tagNumber !== tag)
    throw new DerError(`expected ${what}`);
  return node;
}

/** The elements of a constructed node (SEQUENCE, SET, or a constructed `[n]`). */
export function children(node: DerNode | undefined): DerNode[] {
  if (!node?.idBlock.isConstructed) throw new DerError('expected a constructed element');
  const value = (node.valueBlock as unknown as { value?: unknown }).value;
  if (!Array.isArray(value)) throw new DerError('expected a constructed element');
  return value as DerNode[];
}

/** The elements of a SEQUENCE. */
export function sequence(node: DerNode | undefined): DerNode[] {
  return children(expectUniversal(node, 16, 'SEQUENCE'));
}

/** The elements of a SET. */
export function set(node: DerNode | undefined): DerNode[] {
  return children(expectUniversal(node, 17, 'SET'));
}

/** The whole encoding (tag, length and content) as it was decoded. */
export function encoded(node: DerNode): Uint8Array {
  return node.valueBeforeDecodeView;
}

/** Content octets of a primitive element, whatever its tag (implicitly tagged values too). */
export function content(node: DerNode | undefined): Uint8Array {
  if (!node || node.idBlock.isConstructed || node.lenBlock.isIndefiniteForm)
    throw new DerError('expected a primitive element');
  return node.valueBeforeDecodeView.subarray(node.idBlock.blockLength + node.lenBlock.blockLength);
}

/** Dotted OID text. */
export function oid(node: DerNode | undefined): string {
  if (!(node instanceof asn1js.ObjectIdentifier))
    throw new DerError('expected an OBJECT IDENTIFIER');
  return node.getValue();
}

/** A non-negative INTEGER's magnitude bytes (the DER sign byte dropped). */
export function unsignedInteger(node: DerNode | undefined): Uint8Array {
  const bytes = content(expectUniversal(node, 2, 'INTEGER'));
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  return bytes.subarray(start);
}

/** A BIT STRING's bytes; only whole-byte strings are expected here (keys). */
export function bitString(node: DerNode | undefined): Uint8Array {
  const bytes = content(expectUniversal(node, 3, 'BIT STRING'));
  if (bytes.length === 0 || bytes[0] !== 0) throw new DerError('expected a whole-byte BIT STRING');
  return bytes.subarray(1);
}

/** An OCTET STRING's bytes. */
export function octetString(node: DerNode | undefined): Uint8Array {
  return content(expectUniversal(node, 4, 'OCTET STRING'));
}

/** A BOOLEAN. */
export function boolean(node: DerNode | undefined): boolean {
  const bytes = content(expectUniversal(node, 1, 'BOOLEAN'));
  return bytes.length === 1 && bytes[0] !== 0;
}

/** Text of any ASN.1 string type, or undefined when `node` is not one. */
export function text(node: DerNode | undefined): string | undefined {
  return node instanceof asn1js.BaseStringBlock ? node.getValue() : undefined;
}

/** A UTCTime or GeneralizedTime as a valid Date. */
export function time(node: DerNode | undefined): Date {
  if (!(node instanceof asn1js.UTCTime)) throw new DerError('expected a time');
  const date = node.toDate();
  if (Number.isNaN(date.getTime())) throw new DerError('invalid time');
  return date;
}
