/**
 * HTTPRoute and GRPCRoute filters. They are modelled field by field because backend references
 * live in them (`requestMirror.backendRef`, `externalAuth.backendRef`) and because typos in
 * filter fields should be reported as unknown fields.
 */
import {
  BackendObjectReference,
  Group,
  Kind,
  ObjectName,
  PortNumber,
  PreciseHostname,
} from './common';
import { bool, int, list, obj, str } from './dsl';

export const HTTPHeaderName = str({
  minLength: 1,
  maxLength: 256,
  pattern: /^[A-Za-z0-9!#$%&'*+\-.^_\x60|~]+$/,
  patternName: 'HTTP header name',
});

const HeaderValue = str({
  minLength: 1,
  maxLength: 4096,
  pattern: /^[!-~]+([\t ]?[!-~]+)*$/,
  patternName: 'header value (visible ASCII, single spaces or tabs)',
});

/** A reference to a backend (a Service port by default) without weight or filters. */
export const BackendRefObject = obj(BackendObjectReference, {
  required: ['name'],
  doc: 'A backend: a Service (with port) by default.',
});

const HeaderList = list(
  obj({ name: HTTPHeaderName, value: HeaderValue }, { required: ['name', 'value'] }),
  {
    maxItems: 16,
    mapKeys: ['name'],
  },
);

const HeaderModifier = obj(
  { add: HeaderList, set: HeaderList, remove: list(str(), { maxItems: 16 }) },
  { doc: 'Headers to add, set or remove.' },
);

const RequestMirror = obj(
  {
    backendRef: { ...BackendRefObject, doc: 'The backend that receives copies of requests.' },
    percent: int({ minimum: 0, maximum: 100 }),
    fraction: obj(
      { numerator: int({ minimum: 0 }), denominator: int({ minimum: 1, default: 100 }) },
      { required: ['numerator'] },
    ),
  },
  { required: ['backendRef'], doc: 'Mirrors requests to another backend; responses are ignored.' },
);

const PathModifier = obj(
  {
    type: str({ enum: ['ReplaceFullPath', 'ReplacePrefixMatch'] }),
    replaceFullPath: str({ maxLength: 1024 }),
    replacePrefixMatch: str({ maxLength: 1024 }),
  },
  { required: ['type'] },
);

const RequestRedirect = obj(
  {
    scheme: str({ enum: ['http', 'https'] }),
    hostname: PreciseHostname,
    path: PathModifier,
    port: PortNumber,
    statusCode: int({ enum: [301, 302, 303, 307, 308], default: 302 }),
  },
  { doc: 'Answers with a redirect instead of forwarding the request.' },
);

const URLRewrite = obj(
  { hostname: PreciseHostname, path: PathModifier },
  { doc: 'Rewrites the host and/or path before forwarding.' },
);

const ExtensionRef = obj(
  { group: Group, kind: Kind, name: ObjectName },
  { required: ['group', 'kind', 'name'], doc: 'An implementation-specific filter object.' },
);

const CORS = obj(
  {
    allowOrigins: list(
      str({
        minLength: 1,
        maxLength: 253,
        pattern:
          /(^\*$)|(^(http(s)?):\/\/(((\*\.)?([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+|\*)(:([0-9]{1,5}))?)$)/,
        patternName: 'origin (scheme://host[:port] or *)',
      }),
      { maxItems: 64 },
    ),
    allowCredentials: bool(),
    allowMethods: list(
      str({
        enum: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', '*'],
      }),
      { maxItems: 9 },
    ),
    allowHeaders: list(HTTPHeaderName, { maxItems: 64 }),
    exposeHeaders: list(HTTPHeaderName, { maxItems: 64 }),
    maxAge: int({ minimum: 1, default: 5 }),
  },
  { doc: 'Cross-origin resource sharing settings.' },
);

const ExternalAuth = obj(
  {
    protocol: str({ enum: ['HTTP', 'GRPC'] }),
    backendRef: { ...BackendRefObject, doc: 'The authorization service.' },
    grpc: obj({ allowedHeaders: list(str(), { maxItems: 64 }) }),
    http: obj({
      path: str({
        maxLength: 1024,
        pattern: /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$/,
        patternName: 'URL path',
      }),
      allowedHeaders: list(str(), { maxItems: 64 }),
      allowedResponseHeaders: list(str(), { maxItems: 64 }),
    }),
    forwardBody: obj({ maxSize: int({ minimum: 0 }) }),
  },
  {
    required: ['backendRef', 'protocol'],
    doc: 'Asks an external service to authorize each request.',
  },
);

export const HTTPRouteFilter = obj(
  {
    type: str({
      enum: [
        'RequestHeaderModifier',
        'ResponseHeaderModifier',
        'RequestMirror',
        'RequestRedirect',
        'URLRewrite',
        'ExtensionRef',
        'CORS',
        'ExternalAuth',
      ],
      doc: 'Which filter this is; the field of the same name holds its settings.',
    }),
    requestHeaderModifier: HeaderModifier,
    responseHeaderModifier: HeaderModifier,
    requestMirror: RequestMirror,
    requestRedirect: RequestRedirect,
    urlRewrite: URLRewrite,
    extensionRef: ExtensionRef,
    cors: CORS,
    externalAuth: ExternalAuth,
  },
  { required: ['type'], doc: 'A processing step applied to matching requests.' },
);

export const GRPCRouteFilter = obj(
  {
    type: str({
      enum: ['ResponseHeaderModifier', 'RequestHeaderModifier', 'RequestMirror', 'ExtensionRef'],
      doc: 'Which filter this is; the field of the same name holds its settings.',
    }),
    requestHeaderModifier: HeaderModifier,
    responseHeaderModifier: HeaderModifier,
    requestMirror: RequestMirror,
    extensionRef: ExtensionRef,
  },
  { required: ['type'], doc: 'A processing step applied to matching requests.' },
);
