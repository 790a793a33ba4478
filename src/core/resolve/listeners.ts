import type { Gateway, Listener, ListenerSet } from '../model/gateway-api';
import { GATEWAY_GROUP } from '../model/object';
import { checkCertificateRef } from './certificate-refs';
import type { ResolveContext } from './context';
import { frontendFor } from './frontend-validation';
import type { ResolvedListener, Verdict } from './resolved';
import { resolveRouteKinds, SUPPORTED_PROTOCOLS } from './route-kinds';

const OK_ACCEPTED: Verdict = { ok: true, reason: 'Accepted', message: 'Listener is accepted.' };

/**
 * Evaluates one listener on its own: protocol, TLS mode, route kinds, certificate references
 * and frontend validation. Conflicts with other listeners are applied afterwards.
 */
export function resolveListener(
  ctx: ResolveContext,
  owner: Gateway | ListenerSet,
  gateway: Gateway,
  listener: Listener,
): ResolvedListener {
  const { protocol, tls } = listener;
  const kinds = resolveRouteKinds(protocol, listener.allowedRoutes.kinds);
  const supportedProtocol = SUPPORTED_PROTOCOLS.has(protocol);
  const terminates =
    (protocol === 'HTTPS' || protocol === 'TLS') && (tls?.mode ?? 'Terminate') === 'Terminate';
  const from = {
    group: owner.object.group === GATEWAY_GROUP ? GATEWAY_GROUP : owner.object.group,
    kind: owner.object.kind,
    namespace: owner.object.meta.namespace,
  };
  const certificates =
    terminates && tls ? tls.certificateRefs.map((ref) => checkCertificateRef(ctx, from, ref)) : [];
  // Choice: client-certificate validation targets every HTTPS listener on the port, ListenerSet
  // entries included ("all Listeners handling HTTPS traffic"; HTTP/2 reuse crosses owners, 4.5).
  const frontend =
    protocol === 'HTTPS'
      ? frontendFor(ctx, gateway, listener.port, tls?.frontendValidation)
      : undefined;

  let accepted = OK_ACCEPTED;
  if (!supportedProtocol) {
    accepted = {
      ok: false,
      reason: 'UnsupportedProtocol',
      message: `Protocol "${protocol}" is not supported; use HTTP, HTTPS, TLS, TCP or UDP.`,
    };
  } else if (protocol === 'TLS' && tls?.mode === 'Terminate') {
    // Choice (13.1): TLSRouteModeTerminate is not claimed, as conformance allows.
    accepted = {
      ok: false,
      reason: 'UnsupportedValue',
      message:
        'TLS listeners with mode Terminate are not supported; use mode Passthrough or protocol HTTPS.',
    };
  } else if (frontend && frontend.caRefs.length > 0 && frontend.caRefs.every((r) => !r.ok)) {
    accepted = {
      ok: false,
      reason: 'NoValidCACertificate',
      message: `None of the client CA certificates for port ${listener.port} can be used.`,
    };
  }

  // ResolvedRefs: every problem is listed; the reason is the most important one.
  const problems: { reason: string; message: string }[] = [];
  for (const c of certificates)
    if (!c.ok) problems.push({ reason: c.reason as string, message: c.message ?? '' });
  for (const r of frontend?.caRefs ?? [])
    if (!r.ok) problems.push({ reason: r.reason as string, message: r.message ?? '' });
  if (kinds.invalid.length > 0)
    problems.push({
      reason: 'InvalidRouteKinds',
      message: `Route kinds ${kinds.invalid.map((k) => `${k.group}/${k.kind}`).join(', ')} cannot be served on a ${protocol} listener.`,
    });
  const priority = [
    'RefNotPermitted',
    'InvalidCertificateRef',
    'InvalidCACertificateRef',
    'InvalidCACertificateKind',
    'InvalidRouteKinds',
  ];
  problems.sort((a, b) => priority.indexOf(a.reason) - priority.indexOf(b.reason));
  const resolvedRefs: Verdict = problems.length
    ? {
        ok: false,
        reason: (problems[0] as { reason: string }).reason,
        message: problems.map((p) => p.message).join(' '),
      }
    : { ok: true, reason: 'ResolvedRefs', message: 'All references are resolved.' };

  const usable = certificates.filter((c) => c.ok).length;
  let programmed: Verdict = { ok: true, reason: 'Programmed', message: 'Listener is programmed.' };
  if (!accepted.ok) programmed = { ok: false, reason: 'Invalid', message: accepted.message };
  else if (terminates && !tls)
    programmed = {
      ok: false,
      reason: 'Invalid',
      message: 'HTTPS listener has no tls configuration, so it has no certificate to present.',
    };
  else if (terminates && tls && tls.certificateRefs.length > 0 && usable === 0)
    programmed = {
      ok: false,
      reason: 'Invalid',
      message: 'No usable certificate: ' + resolvedRefs.message,
    };

  return {
    id: `${owner.object.key}#${listener.name}`,
    owner,
    gateway,
    listener,
    supportedKinds: supportedProtocol ? kinds.supported : [],
    invalidKinds: kinds.invalid,
    certificates,
    frontend,
    accepted,
    resolvedRefs,
    programmed,
    attachedRoutes: 0,
    attachments: [],
  };
}
