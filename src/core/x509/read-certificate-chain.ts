import { DecodeError } from './decode-asn';
import { notPemHint } from './not-pem-hint';
import { readPemBlocks } from './pem';
import type { PemBlock } from './pem';
import { readCertificate } from './read-certificate';
import type { ParsedCertificate } from './read-certificate';
import { CertProblemCode } from './types';
import type { CertProblem, ChainFacts } from './types';

/** A chain as the cache keeps it: facts, and the parsed certificates for key matching. */
export interface ParsedChain {
  readonly facts: ChainFacts;
  readonly certificates: readonly ParsedCertificate[];
  /** The first CERTIFICATE block, when it parsed (the one `tls.key` must belong to). */
  readonly leaf?: ParsedCertificate;
}

/** Remembers parsed certificates by their base64 text, so bundles that share one parse it once. */
export interface CertificateMemo {
  get(base64: string, make: () => ParsedCertificate): ParsedCertificate;
}

const certificateLabel = 'CERTIFICATE';
// Hostile input can hold thousands of broken blocks; a few findings say enough.
const maxMalformedReported = 10;

/** True when `child` names `parent` as its issuer (name, and key identifiers when both exist). */
export function isIssuedBy(child: ParsedCertificate, parent: ParsedCertificate): boolean {
  if (child.issuerName !== parent.subjectName) return false;
  return (
    child.authorityKeyId === undefined ||
    parent.subjectKeyId === undefined ||
    child.authorityKeyId === parent.subjectKeyId
  );
}

function orderProblem(certificates: readonly ParsedCertificate[]): CertProblem | undefined {
  for (let i = 0; i + 1 < certificates.length; i++) {
    const child = certificates[i];
    const parent = certificates[i + 1];
    if (!child || !parent || isIssuedBy(child, parent)) continue;
    const reversed = isIssuedBy(parent, child)
      ? ' (the order looks reversed: the leaf must come first)'
      : '';
    return {
      code: CertProblemCode.chainOutOfOrder,
      message:
        `certificate ${i + 1} (${child.facts.subject}) is not issued by certificate ${i + 2} ` +
        `(${parent.facts.subject}); each certificate must be followed by its issuer${reversed}`,
    };
  }
  return undefined;
}

function readBlocks(blocks: readonly PemBlock[], memo: CertificateMemo | undefined) {
  const certificates: ParsedCertificate[] = [];
  const problems: CertProblem[] = [];
  let leaf: ParsedCertificate | undefined;
  blocks.forEach((block, i) => {
    const where = blocks.length > 1 ? `certificate ${i + 1}` : 'the certificate';
    const der = block.der;
    if (!der) {
      problems.push({
        code: CertProblemCode.malformed,
        message: `${where}: invalid base64 or no END line`,
      });
      return;
    }
    try {
      const read = () => readCertificate(der);
      const certificate = memo ? memo.get(block.base64, read) : read();
      certificates.push(certificate);
      if (i === 0) leaf = certificate;
    } catch (e) {
      // Any failure on user input is a finding, never an exception (a DecodeError has a reason).
      const reason = e instanceof DecodeError ? ` (${e.message})` : '';
      problems.push({
        code: CertProblemCode.malformed,
        message: `${where} is not a valid X.509 certificate${reason}`,
      });
    }
  });
  if (problems.length > maxMalformedReported) {
    const rest = problems.length - maxMalformedReported;
    problems.splice(maxMalformedReported);
    problems.push({
      code: CertProblemCode.malformed,
      message: `${rest} more certificate blocks are not valid either`,
    });
  }
  return { certificates, problems, leaf };
}

/** Parses a PEM bundle; never throws. */
export function parseChain(pem: string, memo?: CertificateMemo): ParsedChain {
  if (pem.trim() === '') {
    const problem = { code: CertProblemCode.empty, message: 'the certificate data is empty' };
    return {
      facts: { certificates: [], chainInOrder: true, problems: [problem] },
      certificates: [],
    };
  }
  const blocks = readPemBlocks(pem);
  const certBlocks = blocks.filter((b) => b.label === certificateLabel);
  if (certBlocks.length === 0) {
    const problem = {
      code: CertProblemCode.notPem,
      message: notPemHint(pem, blocks, certificateLabel),
    };
    return {
      facts: { certificates: [], chainInOrder: true, problems: [problem] },
      certificates: [],
    };
  }
  const { certificates, problems, leaf } = readBlocks(certBlocks, memo);
  const order = orderProblem(certificates);
  if (order) problems.push(order);
  return {
    facts: {
      certificates: certificates.map((c) => c.facts),
      chainInOrder: order === undefined,
      problems,
    },
    certificates,
    ...(leaf ? { leaf } : {}),
  };
}

/** Reads every certificate of a PEM bundle (`tls.crt`, `ca.crt`) and checks their order. Never throws. */
export function readCertificateChain(pem: string): ChainFacts {
  return parseChain(pem).facts;
}
