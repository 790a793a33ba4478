import { DecodeError } from './decode-asn';
import { notPemHint } from './not-pem-hint';
import { readPemBlocks } from './pem';
import type { PemBlock } from './pem';
import { readEcPrivateKey, readPkcs8PrivateKey, readRsaPrivateKey } from './private-key-formats';
import type { DecodedPrivateKey, PrivateKeyMaterial } from './private-key-formats';
import { decodeNamedCurveOid } from './public-key';
import { CertProblemCode } from './types';
import type { CertProblem, PrivateKeyFacts } from './types';

/** A key as the cache keeps it: facts, and the material for matching when it could be read. */
export interface ParsedPrivateKey {
  readonly facts: PrivateKeyFacts;
  readonly material?: PrivateKeyMaterial;
}

const labelAlgorithms: Readonly<Record<string, string>> = {
  'RSA PRIVATE KEY': 'RSA',
  'EC PRIVATE KEY': 'ECDSA',
  'DSA PRIVATE KEY': 'DSA',
};

function failed(code: string, message: string, algorithm = 'unknown'): ParsedPrivateKey {
  const problem: CertProblem = { code, message };
  return { facts: { algorithm, problems: [problem] } };
}

// A SEC1 key may leave its curve to an `EC PARAMETERS` block before it (`openssl ecparam -genkey`).
function curveFromParameters(blocks: readonly PemBlock[]): string | undefined {
  const der = blocks.find((b) => b.label === 'EC PARAMETERS')?.der;
  if (!der) return undefined;
  try {
    return decodeNamedCurveOid(der);
  } catch {
    return undefined;
  }
}

function decode(
  block: PemBlock,
  der: Uint8Array,
  blocks: readonly PemBlock[],
): DecodedPrivateKey | undefined {
  if (block.label === 'PRIVATE KEY') return readPkcs8PrivateKey(der);
  if (block.label === 'RSA PRIVATE KEY') return readRsaPrivateKey(der);
  if (block.label === 'EC PRIVATE KEY') return readEcPrivateKey(der, curveFromParameters(blocks));
  return undefined;
}

/** Parses the first private key of a PEM text (`tls.key`); never throws. */
export function parsePrivateKey(pem: string): ParsedPrivateKey {
  if (pem.trim() === '') return failed(CertProblemCode.keyNotPem, 'the key data is empty');
  const blocks = readPemBlocks(pem);
  // As Go's tls.X509KeyPair: the first block whose label is or ends in "PRIVATE KEY".
  const block = blocks.find((b) => b.label === 'PRIVATE KEY' || b.label.endsWith(' PRIVATE KEY'));
  if (!block) return failed(CertProblemCode.keyNotPem, notPemHint(pem, blocks, 'PRIVATE KEY'));
  const labelAlgorithm = labelAlgorithms[block.label];
  if (
    block.label === 'ENCRYPTED PRIVATE KEY' ||
    /ENCRYPTED/i.test(block.headers.get('Proc-Type') ?? '')
  ) {
    const message =
      'the private key is encrypted with a passphrase; Gateways need an unencrypted key';
    return failed(CertProblemCode.keyEncrypted, message, labelAlgorithm);
  }
  if (!block.der)
    return failed(
      CertProblemCode.keyMalformed,
      'the key PEM block has invalid base64 or no END line',
      labelAlgorithm,
    );
  try {
    const decoded = decode(block, block.der, blocks);
    if (!decoded)
      return failed(
        CertProblemCode.keyMalformed,
        `unsupported private key format "${block.label}"`,
        labelAlgorithm,
      );
    return { facts: { algorithm: decoded.algorithm, problems: [] }, material: decoded.material };
  } catch (e) {
    const reason = e instanceof DecodeError ? ` (${e.message})` : '';
    return failed(
      CertProblemCode.keyMalformed,
      `the "${block.label}" block is not a valid private key${reason}`,
      labelAlgorithm,
    );
  }
}

/** Reads the first private key of a PEM text (`tls.key`). Never throws. */
export function readPrivateKey(pem: string): PrivateKeyFacts {
  return parsePrivateKey(pem).facts;
}
