import type { FrontendTLSValidation, Gateway } from '../model/gateway-api';
import { GATEWAY_GROUP } from '../model/object';
import { refusedText } from './context';
import type { ResolveContext } from './context';
import type { CARefResult, FrontendResult } from './resolved';

/**
 * Which client-certificate validation applies to HTTPS listeners on `port` (4.5): a `perPort`
 * entry for the port, else `default`; the pre-v1.4 per-listener `frontendValidation` is read
 * when neither applies. A `perPort` entry without `validation` is still an override: listeners
 * on that port get no client validation at all, however broken the default is.
 */
export function frontendFor(
  ctx: ResolveContext,
  gateway: Gateway,
  port: number,
  legacy: FrontendTLSValidation | undefined,
): FrontendResult | undefined {
  // Spec (apis/v1 FrontendTLSConfig): Default applies "for all Listeners handling HTTPS traffic,
  // unless a per-port configuration is defined", and PerPort: "Per port configuration is
  // optional. Once set this configuration overrides the default configuration for all Listeners
  // handling HTTPS traffic that match this port."
  const perPort = gateway.tls.frontendPerPort.find((p) => p.port === port);
  if (perPort) return perPort.validation && toResult(ctx, gateway, 'perPort', perPort.validation);
  if (gateway.tls.frontendDefault)
    return toResult(ctx, gateway, 'default', gateway.tls.frontendDefault);
  return legacy && toResult(ctx, gateway, 'legacy', legacy);
}

function toResult(
  ctx: ResolveContext,
  gateway: Gateway,
  source: FrontendResult['source'],
  validation: FrontendTLSValidation,
): FrontendResult {
  return {
    source,
    mode: validation.mode,
    caRefs: validation.caCertificateRefs.map((r) => checkCARef(ctx, gateway, r)),
  };
}

function checkCARef(
  ctx: ResolveContext,
  gateway: Gateway,
  ref: FrontendTLSValidation['caCertificateRefs'][number],
): CARefResult {
  const ns = ref.namespace ?? gateway.object.meta.namespace;
  const base = {
    namespace: ns,
    name: ref.name,
    group: ref.group,
    kind: ref.kind,
    path: ref.path,
  };
  const where = `${ns}/${ref.name}`;
  if (ref.group !== '' || ref.kind !== 'ConfigMap') {
    return {
      ...base,
      ok: false,
      reason: 'InvalidCACertificateKind',
      code: 'CA_REF_UNSUPPORTED_KIND',
      message: `CA certificate reference ${where} is of kind "${ref.kind}" in group "${ref.group}"; only ConfigMaps (group "") are supported.`,
    };
  }
  const from = { group: GATEWAY_GROUP, kind: 'Gateway', namespace: gateway.object.meta.namespace };
  if (!ctx.isPermitted(from, { group: '', kind: 'ConfigMap', namespace: ns, name: ref.name })) {
    return {
      ...base,
      ok: false,
      reason: 'RefNotPermitted',
      code: 'REF_NOT_PERMITTED',
      message: `ConfigMap ${where} is in another namespace and no ReferenceGrant in "${ns}" allows Gateways from "${from.namespace}" to use it.`,
    };
  }
  return checkCABundle(ctx, ns, ref.name, base, 'InvalidCACertificateRef');
}

/** A ConfigMap holding a PEM CA bundle under `ca.crt` (frontend validation, BackendTLSPolicy). */
export function checkCABundle(
  ctx: ResolveContext,
  namespace: string,
  name: string,
  base: Omit<CARefResult, 'ok'>,
  reason: 'InvalidCACertificateRef',
): CARefResult {
  const where = `${namespace}/${name}`;
  const cm = ctx.configMap(namespace, name);
  if (!cm) {
    const refused = ctx.refused('ConfigMap', namespace, name);
    return {
      ...base,
      ok: false,
      reason,
      code: refused ? 'REF_TARGET_REFUSED' : 'CA_CONFIGMAP_NOT_FOUND',
      message: refused
        ? refusedText('ConfigMap', namespace, name, refused)
        : `ConfigMap ${where} does not exist.`,
    };
  }
  const pem = cm.data['ca.crt'];
  if (!pem || !pem.trim())
    return {
      ...base,
      ok: false,
      reason,
      code: 'CA_DATA_MISSING',
      message: `ConfigMap ${where} has no ca.crt.`,
      configMap: cm.object.key,
    };
  const chain = ctx.options.certificates.chain(pem);
  if (chain.certificates.length === 0)
    return {
      ...base,
      ok: false,
      reason,
      code: 'CA_MALFORMED',
      message: `ConfigMap ${where}: ca.crt holds no readable PEM certificate.`,
      configMap: cm.object.key,
    };
  return { ...base, ok: true, configMap: cm.object.key };
}
