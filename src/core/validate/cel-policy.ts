/**
 * BackendTLSPolicy CEL rules: one CA source, subjectAltNames entries that hold what their type
 * says, and targets named twice only with distinct sectionNames. v1alpha2 had the CA rule on its
 * old field names (`tls.caCertRefs`, `tls.wellKnownCACerts`) and a single `targetRef`.
 */
import type { Path } from '../model/path';
import type { SchemaProblem } from '../schema/validate-schema';
import type { Json } from './cel-values';
import {
  field,
  isMap,
  isSetString,
  listAt,
  mapAt,
  problem,
  repeats,
  strAt,
  strOr,
  tupleKey,
} from './cel-values';

export function checkBackendTLSPolicy(version: string, spec: Json, out: SchemaProblem[]): void {
  if (version === 'v1alpha2') {
    const tls = mapAt(spec, 'tls');
    if (tls) checkCaSource(tls, ['spec', 'tls'], 'caCertRefs', 'wellKnownCACerts', out);
    return;
  }
  const validation = mapAt(spec, 'validation');
  if (validation) {
    const path: Path = ['spec', 'validation'];
    checkCaSource(validation, path, 'caCertificateRefs', 'wellKnownCACertificates', out);
    listAt(validation, 'subjectAltNames')?.forEach((san, i) => {
      if (isMap(san)) checkSubjectAltName(san, [...path, 'subjectAltNames', i], out);
    });
  }
  checkTargets(spec, out);
}

function checkCaSource(
  validation: Json,
  path: Path,
  refsKey: string,
  wellKnownKey: string,
  out: SchemaProblem[],
): void {
  const refs = field(validation, refsKey);
  const wellKnown = field(validation, wellKnownKey);
  // Wrong types are the schema's to report; the rule cannot be evaluated on them.
  if (
    (refs !== undefined && !Array.isArray(refs)) ||
    (wellKnown !== undefined && typeof wellKnown !== 'string')
  )
    return;
  const hasRefs = Array.isArray(refs) && refs.length > 0;
  const hasWellKnown = isSetString(validation, wellKnownKey);
  if (hasRefs && hasWellKnown)
    out.push(
      problem(
        'BACKEND_TLS_CA_SOURCE_CONFLICT',
        `Trust either the CA certificates in ${refsKey} or the well-known set in ${wellKnownKey}, not both; remove one.`,
        [...path, wellKnownKey],
        'key',
      ),
    );
  else if (!hasRefs && !hasWellKnown)
    out.push(
      problem(
        'BACKEND_TLS_CA_SOURCE_MISSING',
        `Say which CA signs the backend certificate: add ${refsKey} (a ConfigMap with ca.crt) or ${wellKnownKey}: System.`,
        path,
        'key',
      ),
    );
}

/** SAN type, its field, what it holds, and the codes for "missing" and "misplaced". */
const SAN_FIELDS = [
  [
    'Hostname',
    'hostname',
    'a DNS name',
    'BACKEND_TLS_SAN_HOSTNAME_REQUIRED',
    'BACKEND_TLS_SAN_HOSTNAME_FORBIDDEN',
  ],
  [
    'URI',
    'uri',
    'a URI such as a SPIFFE ID',
    'BACKEND_TLS_SAN_URI_REQUIRED',
    'BACKEND_TLS_SAN_URI_FORBIDDEN',
  ],
] as const;

function checkSubjectAltName(san: Json, path: Path, out: SchemaProblem[]): void {
  const type = strAt(san, 'type');
  if (type === undefined) return;
  for (const [name, key, what, required, forbidden] of SAN_FIELDS) {
    const value = field(san, key);
    if (value !== undefined && typeof value !== 'string') continue;
    const set = isSetString(san, key);
    if (type === name && !set)
      out.push(
        problem(
          required,
          `A subjectAltNames entry of type ${name} needs ${key} with ${what}; add it.`,
          [...path, 'type'],
        ),
      );
    else if (type !== name && set)
      out.push(
        problem(
          forbidden,
          `${key} is only used in entries of type ${name}; move it to its own entry with type ${name}.`,
          [...path, key],
          'key',
        ),
      );
  }
}

/** Target (group, kind, name) and its sectionName ("" when unset), as the CRD compares them. */
function targetOf(ref: unknown): { target: string; section: string } | undefined {
  const group = strAt(ref, 'group');
  const kind = strAt(ref, 'kind');
  const name = strAt(ref, 'name');
  const section = strOr(ref, 'sectionName', '');
  if (group === undefined || kind === undefined || name === undefined || section === undefined)
    return undefined;
  return { target: tupleKey([group, kind, name]), section };
}

function checkTargets(spec: Json, out: SchemaProblem[]): void {
  const refs = listAt(spec, 'targetRefs');
  if (!refs) return;
  const reported = new Set<number>();
  const report = (index: number, message: string) => {
    if (reported.has(index)) return;
    reported.add(index);
    out.push(problem('BACKEND_TLS_TARGET_DUPLICATE', message, ['spec', 'targetRefs', index]));
  };
  const exact = (r: unknown) => {
    const t = targetOf(r);
    return t && tupleKey([t.target, t.section]);
  };
  for (const { index, first } of repeats(refs, exact))
    report(
      index,
      `This target repeats targetRefs[${first}]; remove it or give it a different sectionName.`,
    );
  refs.forEach((r, j) => {
    const t = targetOf(r);
    if (!t) return;
    for (let i = 0; i < j; i++) {
      const other = targetOf(refs[i]);
      if (other?.target === t.target && (other.section === '') !== (t.section === '')) {
        report(
          j,
          `This target names the same Service as targetRefs[${i}] but only one of them sets sectionName; when a Service is targeted more than once, set sectionName on every reference.`,
        );
        return;
      }
    }
  });
}
