/**
 * CEL rules on `spec.listeners` of Gateway, ListenerSet and XListenerSet (reference 4.6 L1–L7),
 * evaluated after CRD defaulting (`tls.mode` defaults to Terminate).
 */
import type { Path } from '../model/path';
import type { SchemaProblem } from '../schema/validate-schema';
import type { Json } from './cel-values';
import {
  field,
  intAt,
  isMap,
  listAt,
  mapAt,
  problem,
  repeats,
  strAt,
  tupleKey,
} from './cel-values';

export interface ListenerRules {
  /** Owner kind for messages: names need only be unique within one Gateway or ListenerSet. */
  readonly owner: 'Gateway' | 'ListenerSet';
  /** "tls mode must be set for protocol TLS" (since v1.5; not in XListenerSet v1alpha1). */
  readonly tlsModeRequired: boolean;
  /** CRD default of `port` (XListenerSet: 0); undefined when the port has no default. */
  readonly defaultPort?: number;
}

const NO_TLS = new Set(['HTTP', 'TCP', 'UDP']);
const NO_HOSTNAME = new Set(['TCP', 'UDP']);

/** Checks every listener of `spec.listeners`. */
export function checkListeners(spec: Json, rules: ListenerRules, out: SchemaProblem[]): void {
  const listeners = listAt(spec, 'listeners');
  if (!listeners) return;
  const base: Path = ['spec', 'listeners'];
  listeners.forEach((l, i) => {
    if (isMap(l)) checkListener(l, [...base, i], rules, out);
  });

  for (const { index, first } of repeats(listeners, (l) => strAt(l, 'name'))) {
    out.push(
      problem(
        'LISTENER_NAME_DUPLICATE',
        `Listener name "${strAt(listeners[index], 'name')}" is already used by listeners[${first}]; give each listener of this ${rules.owner} its own name.`,
        [...base, index, 'name'],
      ),
    );
  }

  for (const { index, first } of repeats(listeners, (l) => listenerIdentity(l, rules))) {
    out.push(
      problem(
        'LISTENER_DUPLICATE',
        `This listener has the same port, protocol and hostname as listeners[${first}]; change one of them or remove the duplicate.`,
        [...base, index],
      ),
    );
  }
}

/** (port, protocol, hostname); an unset hostname equals only another unset hostname. */
function listenerIdentity(l: unknown, rules: ListenerRules): string | undefined {
  if (!isMap(l)) return undefined;
  const port = field(l, 'port') === undefined ? rules.defaultPort : intAt(l, 'port');
  const protocol = strAt(l, 'protocol');
  const hostname = field(l, 'hostname');
  if (port === undefined || protocol === undefined) return undefined;
  if (hostname !== undefined && typeof hostname !== 'string') return undefined;
  return tupleKey([port, protocol, hostname ?? null]);
}

function checkListener(l: Json, path: Path, rules: ListenerRules, out: SchemaProblem[]): void {
  const protocol = strAt(l, 'protocol');
  const tlsValue = field(l, 'tls');
  const tls = mapAt(l, 'tls');
  // Defaulting turns `tls: {}` into `{mode: Terminate}`; a non-string mode is left to the schema.
  const modeValue = field(tls, 'mode');
  const mode =
    modeValue === undefined ? 'Terminate' : typeof modeValue === 'string' ? modeValue : undefined;

  const tlsForbidden = protocol !== undefined && NO_TLS.has(protocol) && tlsValue !== undefined;
  if (tlsForbidden)
    out.push(
      problem(
        'LISTENER_TLS_FORBIDDEN',
        `A ${protocol} listener carries no TLS, so it must not have a tls block; remove it, or use HTTPS or TLS as the protocol.`,
        [...path, 'tls'],
        'key',
      ),
    );

  if (protocol === 'HTTPS' && tls && mode !== undefined && mode !== '' && mode !== 'Terminate')
    out.push(
      problem(
        'LISTENER_HTTPS_MODE_NOT_TERMINATE',
        `An HTTPS listener always terminates TLS, so tls.mode must be Terminate (or unset), not "${mode}"; use protocol TLS for passthrough.`,
        [...path, 'tls', 'mode'],
      ),
    );

  if (rules.tlsModeRequired && protocol === 'TLS') {
    if (tlsValue === undefined)
      out.push(
        problem(
          'LISTENER_TLS_MODE_REQUIRED',
          'A TLS listener needs a tls block with mode Passthrough or Terminate; add one.',
          [...path, 'protocol'],
        ),
      );
    else if (tls && mode === '')
      out.push(
        problem(
          'LISTENER_TLS_MODE_REQUIRED',
          'A TLS listener needs tls.mode set to Passthrough or Terminate, not an empty string.',
          [...path, 'tls', 'mode'],
        ),
      );
  }

  const hostname = strAt(l, 'hostname');
  if (
    protocol !== undefined &&
    NO_HOSTNAME.has(protocol) &&
    hostname !== undefined &&
    hostname !== ''
  )
    out.push(
      problem(
        'LISTENER_HOSTNAME_FORBIDDEN',
        `A ${protocol} listener cannot match on hostnames; remove hostname or use protocol TLS to route by SNI.`,
        [...path, 'hostname'],
        'key',
      ),
    );

  // Removing a forbidden tls block also fixes a missing certificate: report only the former.
  if (tls && mode === 'Terminate' && !tlsForbidden && !hasCertificatesOrOptions(tls))
    out.push(
      problem(
        'LISTENER_TLS_CERTIFICATE_REFS_REQUIRED',
        'A listener that terminates TLS needs a certificate: add tls.certificateRefs (a kubernetes.io/tls Secret) or implementation-specific tls.options.',
        [...path, 'tls'],
        'key',
      ),
    );
}

/** `size(certificateRefs) > 0 || size(options) > 0`; wrong types count as present (no report). */
function hasCertificatesOrOptions(tls: Json): boolean {
  const refs = field(tls, 'certificateRefs');
  const options = field(tls, 'options');
  if (refs !== undefined && !Array.isArray(refs)) return true;
  if (options !== undefined && !isMap(options)) return true;
  return (
    (Array.isArray(refs) && refs.length > 0) || (isMap(options) && Object.keys(options).length > 0)
  );
}
