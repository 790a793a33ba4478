import type { FrontendTLSValidation, Gateway } from '../model/gateway-api';
import { GATEWAY_GROUP } from '../model/object';
import type { ResolveContext } from './context';
import type { CARefResult, FrontendResult } from './resolved';

/**
 * Which client-certificate validation applies to HTTPS listeners on `port` (4.5): a `perPort`
 * entry for the port, else `default`; the pre-v1.4 per-listener `frontendValidation` is read
 * when the Gateway has no `spec.tls.frontend`.
 */
export function frontendFor(
  ctx: ResolveContext,
  gateway: Gateway,
  port: number,
  legacy: FrontendTLSValidation | undefined,
): FrontendResult | undefined {
  const perPort = gateway.tls.frontendPerPort.find((p) => p.port === port);
  const chosen: [FrontendResult['source'], FrontendTLSValidation] | undefined = perPort?.validation
    ? ['perPort', perPort.validation]
    : gateway.tls.frontendDefault
      ? ['default', gateway.tls.frontendDefault]
      : legacy
        ? ['legacy', legacy]
        : undefined;
  if (!chosen) return undefined;
  const [source, validation] = chosen;
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
  const base = { namespace: ns, name: ref.name, kind: ref.kind, path: ref.path };
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
  if (!cm)
    return {
      ...base,
      ok: false,
      reason,
      code: 'CA_CONFIGMAP_NOT_FOUND',
      message: `ConfigMap ${where} does not exist.`,
    };
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
