import type { Gateway, ListenerSet } from '../model/gateway-api';
import { edgeId } from '../graph/element-ids';
import { GATEWAY_GROUP, GATEWAY_X_GROUP, objectKey } from '../model/object';
import { checkCertificateRef } from './certificate-refs';
import type { CertificateRefResult } from './certificate-refs';
import { compareAge } from './context';
import { refusedText } from './context';
import type { ResolveContext } from './context';
import { applyConflicts, applyOverlaps } from './conflicts';
import { resolveListener } from './listeners';
import type { UnitCache } from './unit-cache';
import type { ResolvedGateway, ResolvedListener, ResolvedListenerSet, Verdict } from './resolved';

/** `namespace/name` of the Gateway a ListenerSet names as its parent, if it names one. */
function parentGatewayOf(ls: ListenerSet): string | undefined {
  const p = ls.parentRef;
  if (!p || (p.group !== GATEWAY_GROUP && p.group !== GATEWAY_X_GROUP) || p.kind !== 'Gateway')
    return undefined;
  return `${p.namespace ?? ls.object.meta.namespace}/${p.name}`;
}

/** Does the Gateway's `allowedListeners` admit ListenerSets from this namespace? */
function allowsListenerSet(ctx: ResolveContext, gw: Gateway, ls: ListenerSet): boolean {
  const { from, selector } = gw.allowedListeners;
  switch (from) {
    case 'All':
      return true;
    case 'Same':
      return ls.object.meta.namespace === gw.object.meta.namespace;
    case 'Selector':
      return ctx.namespaceMatches(ls.object.meta.namespace, selector);
    default:
      return false;
  }
}

/**
 * Resolves every Gateway with its ListenerSets; ListenerSets without a parent are returned too.
 * With a cache, a Gateway whose inputs and lookups are unchanged keeps its previous result.
 */
export function resolveGateways(
  ctx: ResolveContext,
  cache?: UnitCache<Gateway, ResolvedGateway>,
): {
  gateways: ResolvedGateway[];
  orphanListenerSets: ResolvedListenerSet[];
} {
  const byParent = new Map<string, ListenerSet[]>();
  for (const ls of ctx.listenerSets) {
    const parent = parentGatewayOf(ls);
    if (parent === undefined) continue;
    const list = byParent.get(parent) ?? [];
    list.push(ls);
    byParent.set(parent, list);
  }
  const claimed = new Set<ListenerSet>();
  const gateways = ctx.gateways.map((gw) => {
    const sets = byParent.get(`${gw.object.meta.namespace}/${gw.object.meta.name}`) ?? [];
    sets.forEach((s) => claimed.add(s));
    return cache
      ? cache.resolve(ctx, gw, () => resolveGateway(ctx, gw, sets), sets)
      : resolveGateway(ctx, gw, sets);
  });
  const orphanListenerSets = ctx.listenerSets
    .filter((ls) => !claimed.has(ls))
    .map((ls): ResolvedListenerSet => {
      const p = ls.parentRef;
      const ns = p?.namespace ?? ls.object.meta.namespace;
      const refused = p && p.kind === 'Gateway' ? ctx.refused('Gateway', ns, p.name) : undefined;
      const message = !p
        ? 'The ListenerSet has no parentRef.'
        : refused
          ? `Parent ${refusedText('Gateway', ns, p.name, refused)}`
          : `Parent Gateway ${ns}/${p.name} does not exist.`;
      // A refused parent is drawn, with an edge to it that says why.
      if (p)
        ctx.report(
          ls.object,
          refused ? 'REF_TARGET_REFUSED' : 'PARENT_NOT_FOUND',
          'error',
          message,
          p.path,
          'key',
          ls.object.origin,
          refused ? [edgeId('parent', ls.object.key, objectKey('Gateway', ns, p.name))] : undefined,
        );
      return {
        listenerSet: ls,
        accepted: { ok: false, reason: 'ParentNotAccepted', message },
        programmed: { ok: false, reason: 'ParentNotProgrammed', message },
        listeners: [],
      };
    });
  return { gateways, orphanListenerSets };
}

function resolveGateway(
  ctx: ResolveContext,
  gw: Gateway,
  candidateSets: ListenerSet[],
): ResolvedGateway {
  const own = gw.listeners.map((l) => resolveListener(ctx, gw, gw, l));
  // Conflicts inside the Gateway decide whether it is accepted, so apply them to own listeners first.
  applyConflicts(own);
  const valid = own.filter((l) => l.accepted.ok).length;
  const accepted: Verdict =
    valid === own.length
      ? { ok: true, reason: 'Accepted', message: 'Gateway is accepted.' }
      : valid > 0
        ? {
            ok: true,
            reason: 'ListenersNotValid',
            message: `${own.length - valid} of ${own.length} listeners ${own.length - valid === 1 ? 'is' : 'are'} not valid.`,
          }
        : { ok: false, reason: 'ListenersNotValid', message: 'No listener is valid.' };
  const programmed: Verdict = accepted.ok
    ? { ok: true, reason: 'Programmed', message: 'Gateway is programmed.' }
    : { ok: false, reason: 'Invalid', message: accepted.message };

  const sets = [...candidateSets].sort((a, b) => compareAge(a.object, b.object));
  const listenerSets: ResolvedListenerSet[] = [];
  const merged: ResolvedListener[] = [...own];
  for (const ls of sets) {
    if (!allowsListenerSet(ctx, gw, ls)) {
      const message = `Gateway ${gw.object.meta.namespace}/${gw.object.meta.name} does not allow ListenerSets from namespace "${ls.object.meta.namespace}" (allowedListeners.namespaces.from: ${gw.allowedListeners.from}).`;
      ctx.report(
        ls.object,
        'LISTENER_SET_NOT_ALLOWED',
        'error',
        message,
        ['spec', 'parentRef'],
        'key',
      );
      listenerSets.push({
        listenerSet: ls,
        gateway: gw,
        accepted: { ok: false, reason: 'NotAllowed', message },
        programmed: { ok: false, reason: 'NotAllowed', message },
        listeners: [],
      });
      continue;
    }
    if (!accepted.ok) {
      const message = 'The parent Gateway is not accepted.';
      listenerSets.push({
        listenerSet: ls,
        gateway: gw,
        accepted: { ok: false, reason: 'ParentNotAccepted', message },
        programmed: { ok: false, reason: 'ParentNotProgrammed', message },
        listeners: [],
      });
      continue;
    }
    const entries = ls.listeners.map((l) => resolveListener(ctx, ls, gw, l));
    merged.push(...entries);
    listenerSets.push({
      listenerSet: ls,
      gateway: gw,
      accepted: { ok: true, reason: 'Accepted', message: 'ListenerSet is accepted.' },
      programmed: { ok: true, reason: 'Programmed', message: 'ListenerSet is programmed.' },
      listeners: entries,
    });
  }
  applyConflicts(merged);
  applyOverlaps(merged);
  for (const rs of listenerSets) {
    if (!rs.accepted.ok) continue;
    // Choice: a valid entry is one that is accepted and can be programmed; an entry whose only
    // certificate is not permitted leaves the set ListenersNotValid (conformance
    // ListenerSetReferenceGrant), one with some invalid route kinds does not.
    if (!rs.listeners.some((l) => l.accepted.ok && l.programmed.ok)) {
      const message = 'No listener of this ListenerSet is valid.';
      rs.accepted = { ok: false, reason: 'ListenersNotValid', message };
      rs.programmed = { ok: false, reason: 'ListenersNotValid', message };
    }
  }

  let backendClientCertificate: CertificateRefResult | undefined;
  const backendRef = gw.tls.backendClientCertificateRef;
  if (backendRef) {
    backendClientCertificate = checkCertificateRef(
      ctx,
      { group: GATEWAY_GROUP, kind: 'Gateway', namespace: gw.object.meta.namespace },
      backendRef,
    );
  }
  let resolvedRefs: Verdict = {
    ok: true,
    reason: 'ResolvedRefs',
    message: 'All references are resolved.',
  };
  if (backendClientCertificate && !backendClientCertificate.ok) {
    resolvedRefs = {
      ok: false,
      reason:
        backendClientCertificate.reason === 'RefNotPermitted'
          ? 'RefNotPermitted'
          : 'InvalidClientCertificateRef',
      message: backendClientCertificate.message ?? '',
    };
  } else if (own.some((l) => !l.resolvedRefs.ok)) {
    resolvedRefs = {
      ok: false,
      reason: 'ListenersNotResolved',
      message: (() => {
        const names = own.filter((l) => !l.resolvedRefs.ok).map((l) => `"${l.listener.name}"`);
        return names.length === 1
          ? `Listener ${names[0]} has unresolved references.`
          : `Listeners ${names.join(', ')} have unresolved references.`;
      })(),
    };
  }
  const insecureFrontend =
    gw.tls.frontendDefault?.mode === 'AllowInsecureFallback' ||
    gw.tls.frontendPerPort.some((p) => p.validation?.mode === 'AllowInsecureFallback');

  return {
    gateway: gw,
    controllerName: ctx.controllerFor(gw),
    accepted,
    programmed,
    resolvedRefs,
    insecureFrontend,
    backendClientCertificate,
    listeners: merged,
    listenerSets,
  };
}
