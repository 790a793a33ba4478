/**
 * Route `spec` schemas: HTTPRoute (v1, v1beta1), GRPCRoute (v1, v1alpha2), TLSRoute (v1,
 * v1alpha3, v1alpha2), TCPRoute and UDPRoute (v1, v1alpha2). Versions that share a shape share
 * a schema; the differences are the TLSRoute hostnames and the number of rules of L4 routes.
 */
import { BackendObjectReference, Hostname, ParentReference, SectionName } from './common';
import { int, list, obj, str } from './dsl';
import { GRPCRouteFilter, HTTPHeaderName, HTTPRouteFilter } from './route-filters';
import type { ArraySchema, ObjectSchema, Schema } from './types';

const ParentRefs = list(ParentReference, {
  maxItems: 32,
  doc: 'Gateways (or ListenerSets) this route attaches to; sectionName and port narrow it to listeners.',
});

const RuleName = { ...SectionName, doc: 'Name of the rule, unique within the route.' };

const UseDefaultGateways = str({ enum: ['All', 'None'] });

const Weight = int({ minimum: 0, maximum: 1000000, default: 1 });

function backendRef(extra: Record<string, Schema> = {}) {
  return obj(
    { ...BackendObjectReference, weight: Weight, ...extra },
    {
      required: ['name'],
      doc: 'A backend (a Service port by default) and its share of the traffic.',
    },
  );
}

const BackendRefs = list(backendRef(), { minItems: 1, maxItems: 16 });

const Duration = str({
  pattern: /^([0-9]{1,5}(h|m|s|ms)){1,4}$/,
  patternName: 'duration (e.g. 10s, 1m30s, 500ms)',
});

const HeaderMatchType = str({ enum: ['Exact', 'RegularExpression'], default: 'Exact' });

const SessionPersistence = obj(
  {
    type: str({ enum: ['Cookie', 'Header'], default: 'Cookie' }),
    absoluteTimeout: Duration,
    cookie: obj({
      lifetimeType: str({ enum: ['Permanent', 'Session'], default: 'Session' }),
      name: HTTPHeaderName,
      path: str({ maxLength: 1024, default: '/' }),
    }),
    header: obj({ name: HTTPHeaderName }, { required: ['name'] }),
  },
  { doc: 'Keeps a client on the same backend.' },
);

const HTTPRouteMatch = obj(
  {
    path: obj(
      {
        type: str({ enum: ['Exact', 'PathPrefix', 'RegularExpression'], default: 'PathPrefix' }),
        value: str({ maxLength: 1024, default: '/' }),
      },
      { doc: 'Request path to match (default: prefix "/").' },
    ),
    headers: list(
      obj(
        {
          name: HTTPHeaderName,
          type: HeaderMatchType,
          value: str({
            minLength: 1,
            maxLength: 4096,
            pattern: /^[!-~]+([\t ]?[!-~]+)*$/,
            patternName: 'header value',
          }),
        },
        { required: ['name', 'value'] },
      ),
      { maxItems: 16, mapKeys: ['name'] },
    ),
    queryParams: list(
      obj(
        {
          name: HTTPHeaderName,
          type: HeaderMatchType,
          value: str({ minLength: 1, maxLength: 1024 }),
        },
        { required: ['name', 'value'] },
      ),
      { maxItems: 16, mapKeys: ['name'] },
    ),
    method: str({
      enum: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'],
    }),
  },
  { doc: 'Conditions a request must meet; all given conditions must hold.' },
);

const HTTPRouteRule = obj(
  {
    name: RuleName,
    matches: list(HTTPRouteMatch, { maxItems: 64 }),
    filters: list(HTTPRouteFilter, { maxItems: 16 }),
    backendRefs: list(backendRef({ filters: list(HTTPRouteFilter, { maxItems: 16 }) }), {
      maxItems: 16,
    }),
    timeouts: obj({ request: Duration, backendRequest: Duration }),
    retry: obj({
      attempts: int({ minimum: 1 }),
      backoff: Duration,
      codes: list(int({ minimum: 400, maximum: 599 })),
    }),
    sessionPersistence: SessionPersistence,
  },
  { doc: 'Requests matching any of the matches go through the filters to the backends.' },
);

export const HTTPRouteSpec = obj(
  {
    parentRefs: ParentRefs,
    hostnames: list(Hostname, { maxItems: 16 }),
    rules: list(HTTPRouteRule, { minItems: 1, maxItems: 16 }),
    useDefaultGateways: UseDefaultGateways,
  },
  { doc: 'Desired state of the HTTPRoute.' },
);

const GRPCRouteMatch = obj(
  {
    method: obj(
      {
        type: HeaderMatchType,
        service: str({ maxLength: 1024 }),
        method: str({ maxLength: 1024 }),
      },
      { doc: 'gRPC service and/or method to match.' },
    ),
    headers: list(
      obj(
        {
          name: HTTPHeaderName,
          type: HeaderMatchType,
          value: str({ minLength: 1, maxLength: 4096 }),
        },
        { required: ['name', 'value'] },
      ),
      { maxItems: 16, mapKeys: ['name'] },
    ),
  },
  { doc: 'Conditions a request must meet; all given conditions must hold.' },
);

const GRPCRouteRule = obj(
  {
    name: RuleName,
    matches: list(GRPCRouteMatch, { maxItems: 64 }),
    filters: list(GRPCRouteFilter, { maxItems: 16 }),
    backendRefs: list(backendRef({ filters: list(GRPCRouteFilter, { maxItems: 16 }) }), {
      maxItems: 16,
    }),
    sessionPersistence: SessionPersistence,
  },
  { doc: 'Requests matching any of the matches go through the filters to the backends.' },
);

export const GRPCRouteSpec = obj(
  {
    parentRefs: ParentRefs,
    hostnames: list(Hostname, { maxItems: 16 }),
    rules: list(GRPCRouteRule, { maxItems: 16 }),
    useDefaultGateways: UseDefaultGateways,
  },
  { doc: 'Desired state of the GRPCRoute.' },
);

const L4Rule = obj(
  { name: RuleName, backendRefs: BackendRefs },
  { required: ['backendRefs'], doc: 'Connections are spread over the backends by weight.' },
);

/**
 * TCPRoute/UDPRoute (and, with hostnames, TLSRoute) spec with `maxRules` rules at most. In every
 * TLSRoute version, hostnames are required exactly when the list has a minimum length.
 */
function l4RouteSpec(kind: string, maxRules: number, hostnames?: ArraySchema): ObjectSchema {
  return obj(
    {
      parentRefs: ParentRefs,
      ...(hostnames ? { hostnames } : {}),
      rules: list(L4Rule, { minItems: 1, maxItems: maxRules }),
      useDefaultGateways: UseDefaultGateways,
    },
    {
      required: hostnames?.minItems ? ['hostnames', 'rules'] : ['rules'],
      doc: `Desired state of the ${kind}.`,
    },
  );
}

const TLSHostnames = list(Hostname, {
  minItems: 1,
  maxItems: 1024,
  doc: 'SNI names this route serves; no IP addresses.',
});

export const TLSRouteSpec = l4RouteSpec('TLSRoute', 1, TLSHostnames);
/** v1alpha3 has the v1 shape. */
export const TLSRouteV1Alpha3Spec = TLSRouteSpec;
export const TLSRouteV1Alpha2Spec = l4RouteSpec(
  'TLSRoute',
  16,
  list(Hostname, { maxItems: 1024, doc: 'SNI names this route serves.' }),
);
export const TCPRouteSpec = l4RouteSpec('TCPRoute', 1);
export const TCPRouteV1Alpha2Spec = l4RouteSpec('TCPRoute', 16);
export const UDPRouteSpec = l4RouteSpec('UDPRoute', 1);
export const UDPRouteV1Alpha2Spec = l4RouteSpec('UDPRoute', 16);
