import { AsnParser } from '@peculiar/asn1-schema';
import type { IAsnParseOptions } from '@peculiar/asn1-schema';
import * as asn1js from 'asn1js';

/** Thrown when bytes are not the expected ASN.1 structure; caught at the API edge. */
export class DecodeError extends Error {}

/**
 * asn1js options for untrusted input: nesting and element counts are bounded so hostile DER costs
 * little time and stack; embedded OCTET/BIT STRING contents are decoded on demand, not
 * speculatively (faster, and keeps key material from being parsed as ASN.1).
 */
export const parseOptions: IAsnParseOptions = {
  berOptions: { maxDepth: 40, maxNodes: 20_000, parseEmbedded: false, copyInput: false },
};

// Library messages can be long; a reason is a hint, not a report.
const shortReason = (message: string | undefined): string =>
  (message || 'undecodable DER').slice(0, 120);

/**
 * Decodes exactly one DER element that fills `bytes` into an `@peculiar/asn1-*` schema class.
 * Throws `DecodeError` when it is not one (`what` names it in the message); trailing bytes count
 * as not one, as Go's crypto/x509 rejects them.
 */
export function decodeAsn<T>(
  bytes: Uint8Array | ArrayBuffer,
  schema: new () => T,
  what: string,
): T {
  let decoded: asn1js.FromBerResult;
  try {
    decoded = asn1js.fromBER(bytes, parseOptions.berOptions);
  } catch (e) {
    throw new DecodeError(shortReason(e instanceof Error ? e.message : undefined));
  }
  if (decoded.offset === -1) throw new DecodeError(shortReason(decoded.result.error));
  if (decoded.offset !== bytes.byteLength)
    throw new DecodeError('trailing data after the DER element');
  try {
    return AsnParser.fromASN(decoded.result, schema, parseOptions);
  } catch {
    throw new DecodeError(`not ${what}`);
  }
}
