import { edgeId, listenerNodeId } from '../graph/element-ids';
import type { KubeObject } from '../model/object';
import { objectKey } from '../model/object';
import type { ResolveContext } from './context';
import type { CARefResult, ResolvedGateway } from './resolved';
import type { UnitCache } from './unit-cache';

const shimAnnotations = ['cert-manager.io/issuer', 'cert-manager.io/cluster-issuer'];

/**
 * Why a missing Secret is expected to appear: a cert-manager Certificate in the workspace
 * names it, or the Gateway asks cert-manager's gateway-shim to issue its listener certificates.
 */
function pendingIssue(
  ctx: ResolveContext,
  owner: KubeObject,
  namespace: string,
  name: string,
): string | undefined {
  const issuer = ctx.issuerOf(namespace, name);
  if (issuer)
    return `cert-manager Certificate ${issuer.object.meta.namespace}/${issuer.object.meta.name} will create it; until then the listener has no certificate.`;
  const shim = shimAnnotations.find((a) => Object.hasOwn(owner.meta.annotations, a));
  if (shim && namespace === owner.meta.namespace)
    return `The ${shim} annotation asks cert-manager to issue it; until then the listener has no certificate.`;
  return undefined;
}

/**
 * Turns listener outcomes into findings that point at the field responsible. With a cache, a
 * Gateway whose resolution (and cert-manager lookups) did not change reports what it did.
 */
export function reportListeners(
  ctx: ResolveContext,
  gateways: readonly ResolvedGateway[],
  cache?: UnitCache<ResolvedGateway, true>,
): void {
  for (const g of gateways) {
    if (cache) cache.resolve(ctx, g, () => reportGateway(ctx, g));
    else reportGateway(ctx, g);
  }
}

function reportGateway(ctx: ResolveContext, g: ResolvedGateway): true {
  for (const l of g.listeners) {
    const o = l.owner.object;
    const p = l.listener.path;
    const a = l.accepted;
    if (l.conflicted)
      ctx.report(o, 'LISTENER_CONFLICT', 'error', l.conflicted.message, [...p, 'port']);
    else if (!a.ok && a.reason === 'UnsupportedProtocol')
      ctx.report(o, 'LISTENER_UNSUPPORTED_PROTOCOL', 'error', a.message, [...p, 'protocol']);
    else if (!a.ok && a.reason === 'UnsupportedValue')
      ctx.report(o, 'LISTENER_TLS_TERMINATE_UNSUPPORTED', 'error', a.message, [
        ...p,
        'tls',
        'mode',
      ]);
    else if (!a.ok && a.reason === 'NoValidCACertificate')
      ctx.report(o, 'FRONTEND_NO_VALID_CA', 'error', a.message, [...p, 'port']);
    if (l.overlapping)
      ctx.report(o, 'LISTENER_OVERLAPPING_TLS', 'warning', l.overlapping.message, [
        ...p,
        'hostname',
      ]);
    if (l.invalidKinds.length > 0)
      ctx.report(
        o,
        'LISTENER_INVALID_ROUTE_KIND',
        'error',
        l.resolvedRefs.reason === 'InvalidRouteKinds'
          ? l.resolvedRefs.message
          : `Route kinds ${l.invalidKinds.map((k) => k.kind).join(', ')} cannot be served on a ${l.listener.protocol} listener.`,
        l.listener.allowedRoutes.kindsPath,
      );
    if (!l.programmed.ok && l.accepted.ok && l.listener.protocol === 'HTTPS' && !l.listener.tls)
      ctx.report(o, 'LISTENER_NO_CERTIFICATE', 'error', l.programmed.message, p, 'value');
    for (const c of l.certificates) {
      const pending =
        c.code === 'CERT_SECRET_NOT_FOUND'
          ? pendingIssue(ctx, l.owner.object, c.namespace, c.name)
          : undefined;
      // What is wrong with a Secret's content is a fact of the Secret too.
      const also = c.secret ? [c.secret] : undefined;
      if (pending)
        ctx.report(o, 'CERT_SECRET_PENDING', 'warning', `${c.message} ${pending}`, c.ref.path);
      else if (!c.ok && c.code)
        ctx.report(o, c.code, 'error', c.message ?? '', c.ref.path, undefined, o.origin, also);
      for (const w of c.warnings)
        ctx.report(o, w.code, 'warning', w.message, c.ref.path, undefined, o.origin, also);
    }
  }
  // Frontend CA problems are reported once per field, not once per targeted listener; each
  // concerns the edges from those listeners to the CA bundle, and the bundle when it is read.
  const fields = new Map<
    string,
    { holder: KubeObject; ref: CARefResult; code: string; also: string[] }
  >();
  for (const l of g.listeners) {
    const f = l.frontend;
    if (!f) continue;
    const holder = f.source === 'legacy' ? l.owner.object : g.gateway.object;
    for (const r of f.caRefs) {
      if (r.ok || !r.code) continue;
      const id = `${holder.key}:${r.path.join('.')}`;
      let field = fields.get(id);
      if (!field)
        fields.set(
          id,
          (field = { holder, ref: r, code: r.code, also: r.configMap ? [r.configMap] : [] }),
        );
      const lid = listenerNodeId(l.owner.object.key, l.listener.name);
      field.also.push(edgeId('client-ca', lid, objectKey(r.kind, r.namespace, r.name)));
    }
  }
  for (const { holder, ref: r, code, also } of fields.values())
    ctx.report(holder, code, 'error', r.message ?? '', r.path, undefined, holder.origin, also);
  const b = g.backendClientCertificate;
  if (b) {
    const o = g.gateway.object;
    const also = b.secret ? [b.secret] : undefined;
    if (!b.ok && b.code)
      ctx.report(o, b.code, 'error', b.message ?? '', b.ref.path, undefined, o.origin, also);
    for (const w of b.warnings)
      ctx.report(o, w.code, 'warning', w.message, b.ref.path, undefined, o.origin, also);
  }
  return true;
}
