/**
 * CEL rules on HTTPRoute and GRPCRoute filter lists (`rules[].filters` and
 * `rules[].backendRefs[].filters`), including the port rule on the backends filters refer to.
 */
import type { Path } from '../model/path';
import type { SchemaProblem } from '../schema/validate-schema';
import { checkServiceBackendPort } from './cel-backend-ref';
import type { Json } from './cel-values';
import { field, has, intAt, isMap, listAt, mapAt, problem, strAt } from './cel-values';

/** Code prefix, and which route kind's filter set applies. */
export type RoutePrefix = 'HTTPROUTE' | 'GRPCROUTE';

/** Each filter type and the field that holds its settings. */
const FILTER_FIELDS: Readonly<Record<RoutePrefix, readonly (readonly [string, string])[]>> = {
  HTTPROUTE: [
    ['RequestHeaderModifier', 'requestHeaderModifier'],
    ['ResponseHeaderModifier', 'responseHeaderModifier'],
    ['RequestMirror', 'requestMirror'],
    ['RequestRedirect', 'requestRedirect'],
    ['URLRewrite', 'urlRewrite'],
    ['ExtensionRef', 'extensionRef'],
    ['CORS', 'cors'],
    ['ExternalAuth', 'externalAuth'],
  ],
  GRPCROUTE: [
    ['RequestHeaderModifier', 'requestHeaderModifier'],
    ['ResponseHeaderModifier', 'responseHeaderModifier'],
    ['RequestMirror', 'requestMirror'],
    ['ExtensionRef', 'extensionRef'],
  ],
};

/** Filter types that may appear once per list. */
const ONCE: Readonly<Record<RoutePrefix, readonly string[]>> = {
  HTTPROUTE: [
    'CORS',
    'RequestHeaderModifier',
    'ResponseHeaderModifier',
    'RequestRedirect',
    'URLRewrite',
  ],
  GRPCROUTE: ['RequestHeaderModifier', 'ResponseHeaderModifier'],
};

export function checkFilters(
  filters: readonly unknown[],
  path: Path,
  prefix: RoutePrefix,
  out: SchemaProblem[],
): void {
  const types = filters.map((f) => strAt(f, 'type'));
  for (const once of ONCE[prefix]) {
    const first = types.indexOf(once);
    types.forEach((t, k) => {
      if (t === once && k > first)
        out.push(
          problem(
            `${prefix}_FILTER_REPEATED`,
            `A ${once} filter is already set at index ${first}; merge the two, as this filter may appear once per list.`,
            [...path, k, 'type'],
          ),
        );
    });
  }
  const redirect = types.indexOf('RequestRedirect');
  const rewrite = types.indexOf('URLRewrite');
  if (prefix === 'HTTPROUTE' && redirect >= 0 && rewrite >= 0)
    out.push(
      problem(
        'HTTPROUTE_REDIRECT_AND_REWRITE',
        'RequestRedirect and URLRewrite cannot be combined: a redirect answers the client, a rewrite forwards the request; keep one of them.',
        [...path, Math.max(redirect, rewrite), 'type'],
      ),
    );
  filters.forEach((f, k) => {
    if (isMap(f)) checkFilter(f, [...path, k], prefix, out);
  });
}

function checkFilter(f: Json, path: Path, prefix: RoutePrefix, out: SchemaProblem[]): void {
  const type = strAt(f, 'type');
  if (type !== undefined)
    for (const [name, key] of FILTER_FIELDS[prefix]) {
      if (has(f, key) && type !== name)
        out.push(
          problem(
            `${prefix}_FILTER_FIELD_UNEXPECTED`,
            `${key} belongs to filters of type ${name}, but this filter is of type ${type}; remove ${key} or change the type.`,
            [...path, key],
            'key',
          ),
        );
      else if (!has(f, key) && type === name)
        out.push(
          problem(
            `${prefix}_FILTER_FIELD_MISSING`,
            `A ${name} filter needs its settings in ${key}; add it.`,
            [...path, 'type'],
          ),
        );
    }

  const mirror = mapAt(f, 'requestMirror');
  if (mirror) checkMirror(mirror, [...path, 'requestMirror'], prefix, out);
  if (prefix === 'GRPCROUTE') return;
  for (const key of ['requestRedirect', 'urlRewrite'] as const) {
    const modifier = mapAt(mapAt(f, key), 'path');
    if (modifier) checkPathModifier(modifier, [...path, key, 'path'], out);
  }
  const auth = mapAt(f, 'externalAuth');
  if (auth) checkExternalAuth(auth, [...path, 'externalAuth'], out);
  const cors = mapAt(f, 'cors');
  if (cors) checkCors(cors, [...path, 'cors'], out);
}

function checkMirror(mirror: Json, path: Path, prefix: RoutePrefix, out: SchemaProblem[]): void {
  checkServiceBackendPort(field(mirror, 'backendRef'), [...path, 'backendRef'], out);
  if (has(mirror, 'percent') && has(mirror, 'fraction'))
    out.push(
      problem(
        `${prefix}_MIRROR_PERCENT_AND_FRACTION`,
        'Give the share of mirrored requests either as percent or as fraction, not both.',
        [...path, 'fraction'],
        'key',
      ),
    );
  const fraction = mapAt(mirror, 'fraction');
  const numerator = intAt(fraction, 'numerator');
  const denominator =
    field(fraction, 'denominator') === undefined ? 100 : intAt(fraction, 'denominator');
  if (numerator !== undefined && denominator !== undefined && numerator > denominator)
    out.push(
      problem(
        `${prefix}_MIRROR_FRACTION_INVALID`,
        `The mirror fraction ${numerator}/${denominator} is more than 100%; make the numerator at most the denominator.`,
        [...path, 'fraction', 'numerator'],
      ),
    );
}

/** `type` names which of replaceFullPath / replacePrefixMatch is set, and only that one. */
function checkPathModifier(modifier: Json, path: Path, out: SchemaProblem[]): void {
  const type = strAt(modifier, 'type');
  if (type === undefined) return;
  for (const [name, key] of [
    ['ReplaceFullPath', 'replaceFullPath'],
    ['ReplacePrefixMatch', 'replacePrefixMatch'],
  ] as const) {
    if (type === name && !has(modifier, key))
      out.push(
        problem(
          'HTTPROUTE_PATH_MODIFIER_MISMATCH',
          `A path modifier of type ${name} needs ${key}; add it.`,
          [...path, 'type'],
        ),
      );
    else if (type !== name && has(modifier, key))
      out.push(
        problem(
          'HTTPROUTE_PATH_MODIFIER_MISMATCH',
          `${key} is only used when type is ${name}; remove it or change the type.`,
          [...path, key],
          'key',
        ),
      );
  }
}

/** `protocol` names which of grpc / http settings is set, and only that one. */
function checkExternalAuth(auth: Json, path: Path, out: SchemaProblem[]): void {
  checkServiceBackendPort(field(auth, 'backendRef'), [...path, 'backendRef'], out);
  const protocol = strAt(auth, 'protocol');
  if (protocol === undefined) return;
  for (const [name, key] of [
    ['GRPC', 'grpc'],
    ['HTTP', 'http'],
  ] as const) {
    if (protocol === name && !has(auth, key))
      out.push(
        problem(
          'HTTPROUTE_EXTERNAL_AUTH_PROTOCOL_MISMATCH',
          `External authorization over ${name} needs its settings in ${key}; add it.`,
          [...path, 'protocol'],
        ),
      );
    else if (protocol !== name && has(auth, key))
      out.push(
        problem(
          'HTTPROUTE_EXTERNAL_AUTH_PROTOCOL_MISMATCH',
          `${key} settings are only used when protocol is ${name}; remove them or change the protocol.`,
          [...path, key],
          'key',
        ),
      );
  }
}

function checkCors(cors: Json, path: Path, out: SchemaProblem[]): void {
  for (const key of ['allowOrigins', 'allowMethods', 'allowHeaders'] as const) {
    const values = listAt(cors, key);
    if (values && values.includes('*') && values.length > 1)
      out.push(
        problem(
          'HTTPROUTE_CORS_WILDCARD_NOT_ALONE',
          `${key} contains "*", which already allows everything; remove the other entries or the "*".`,
          [...path, key],
        ),
      );
  }
}
