/**
 * The CRDs' CEL validation rules (x-kubernetes-validations), evaluated in TypeScript for every
 * kind the resolver reads. Rules run on the object after CRD defaulting, skip fields of the wrong
 * type (the schema reports those) and never throw. Rules that need the previous version of the
 * object (GatewayClass `controllerName` is immutable) cannot be checked on static input.
 *
 * Codes, by file:
 * - cel-listeners: LISTENER_TLS_FORBIDDEN, LISTENER_HTTPS_MODE_NOT_TERMINATE,
 *   LISTENER_TLS_MODE_REQUIRED, LISTENER_HOSTNAME_FORBIDDEN, LISTENER_NAME_DUPLICATE,
 *   LISTENER_DUPLICATE, LISTENER_TLS_CERTIFICATE_REFS_REQUIRED
 * - cel-gateway: FRONTEND_TLS_PORT_DUPLICATE, GATEWAY_ADDRESS_DUPLICATE,
 *   GATEWAY_ADDRESS_HOSTNAME_INVALID, GATEWAY_INFRASTRUCTURE_KEY_INVALID,
 *   GATEWAY_INFRASTRUCTURE_KEY_PREFIX_TOO_LONG
 * - cel-routes, cel-backend-ref: PARENT_REF_DUPLICATE, BACKEND_REF_PORT_REQUIRED,
 *   ROUTE_RULE_NAME_DUPLICATE, HOSTNAME_IS_IP, HOSTNAME_INVALID, HOSTNAME_WILDCARD_INVALID
 * - cel-http-route, cel-route-filters, with P = HTTPROUTE or GRPCROUTE: P_MATCHES_TOO_MANY,
 *   P_FILTER_REPEATED, P_FILTER_FIELD_MISSING, P_FILTER_FIELD_UNEXPECTED,
 *   P_MIRROR_PERCENT_AND_FRACTION, P_MIRROR_FRACTION_INVALID, P_SESSION_PERSISTENCE_TYPE_MISMATCH,
 *   P_SESSION_ABSOLUTE_TIMEOUT_REQUIRED; HTTPROUTE_REDIRECT_AND_REWRITE,
 *   HTTPROUTE_REDIRECT_WITH_BACKEND_REFS, HTTPROUTE_REPLACE_PREFIX_NEEDS_ONE_PREFIX_MATCH,
 *   HTTPROUTE_PATH_MODIFIER_MISMATCH, HTTPROUTE_EXTERNAL_AUTH_PROTOCOL_MISMATCH,
 *   HTTPROUTE_CORS_WILDCARD_NOT_ALONE, HTTPROUTE_PATH_INVALID,
 *   HTTPROUTE_BACKEND_TIMEOUT_EXCEEDS_REQUEST; GRPCROUTE_METHOD_MATCH_EMPTY,
 *   GRPCROUTE_METHOD_MATCH_INVALID
 * - cel-policy: BACKEND_TLS_CA_SOURCE_CONFLICT, BACKEND_TLS_CA_SOURCE_MISSING,
 *   BACKEND_TLS_SAN_{HOSTNAME,URI}_{REQUIRED,FORBIDDEN}, BACKEND_TLS_TARGET_DUPLICATE
 */
import type { SchemaProblem } from '../schema/validate-schema';
import { supportedVersions } from '../schema/registry';
import { checkGatewaySpec } from './cel-gateway';
import { checkListeners } from './cel-listeners';
import { checkBackendTLSPolicy } from './cel-policy';
import type { RouteKind } from './cel-routes';
import { checkRoute } from './cel-routes';
import type { Json } from './cel-values';
import { mapAt } from './cel-values';

const G = 'gateway.networking.k8s.io';
const X = 'gateway.networking.x-k8s.io';

type Check = (version: string, spec: Json, out: SchemaProblem[]) => void;

const route =
  (kind: RouteKind): Check =>
  (version, spec, out) =>
    checkRoute(kind, version, spec, out);

const checks = new Map<string, Check>([
  [
    `${G}/Gateway`,
    (_version, spec, out) => {
      checkListeners(spec, { owner: 'Gateway', tlsModeRequired: true }, out);
      checkGatewaySpec(spec, out);
    },
  ],
  [
    `${G}/ListenerSet`,
    (_version, spec, out) =>
      checkListeners(spec, { owner: 'ListenerSet', tlsModeRequired: true }, out),
  ],
  [
    `${X}/XListenerSet`,
    (_version, spec, out) =>
      checkListeners(spec, { owner: 'ListenerSet', tlsModeRequired: false, defaultPort: 0 }, out),
  ],
  [`${G}/HTTPRoute`, route('HTTPRoute')],
  [`${G}/GRPCRoute`, route('GRPCRoute')],
  [`${G}/TLSRoute`, route('TLSRoute')],
  [`${G}/TCPRoute`, route('TCPRoute')],
  [`${G}/UDPRoute`, route('UDPRoute')],
  [`${G}/BackendTLSPolicy`, checkBackendTLSPolicy],
]);

/**
 * Problems the API server's CEL rules would report for this object. Paths start at the object
 * root (`spec`, …). Unknown kinds and versions, and objects without a `spec` map, have none.
 */
export function validateCel(
  group: string,
  version: string,
  kind: string,
  object: Record<string, unknown>,
): SchemaProblem[] {
  const key = `${group}/${kind}`;
  const check = checks.get(key);
  const versions = Object.hasOwn(supportedVersions, key) ? supportedVersions[key] : undefined;
  if (!check || !versions?.includes(version)) return [];
  const spec = mapAt(object, 'spec');
  if (!spec) return [];
  const out: SchemaProblem[] = [];
  check(version, spec, out);
  return out;
}
