/**
 * CEL rules of HTTPRoute and GRPCRoute rules: match counts, filters, redirects and rewrites,
 * path matches, timeouts, session persistence, gRPC method matches. Defaults are applied first:
 * an HTTPRoute rule without matches has one (prefix "/"), a match without path matches prefix "/".
 */
import type { Path } from '../model/path';
import type { SchemaProblem } from '../schema/validate-schema';
import type { RoutePrefix } from './cel-route-filters';
import { checkFilters } from './cel-route-filters';
import type { Json } from './cel-values';
import { clip, field, has, isMap, listAt, mapAt, problem, strAt, strOr } from './cel-values';

const MAX_MATCHES = 128;

export function checkHttpLikeRoute(
  kind: 'HTTPRoute' | 'GRPCRoute',
  spec: Json,
  out: SchemaProblem[],
): void {
  const prefix: RoutePrefix = kind === 'HTTPRoute' ? 'HTTPROUTE' : 'GRPCROUTE';
  const rules = listAt(spec, 'rules');
  if (!rules) return;
  // The CRD sums the first 16 rules (the most a route may have).
  const total = rules.slice(0, 16).reduce<number>((sum, rule) => {
    const matches = field(rule, 'matches');
    if (matches === undefined) return sum + (prefix === 'HTTPROUTE' && isMap(rule) ? 1 : 0);
    return sum + (Array.isArray(matches) ? matches.length : 0);
  }, 0);
  if (total > MAX_MATCHES)
    out.push(
      problem(
        `${prefix}_MATCHES_TOO_MANY`,
        `The rules have ${total} matches in total; at most ${MAX_MATCHES} are allowed per route, so split the route.`,
        ['spec', 'rules'],
      ),
    );
  rules.forEach((rule, i) => {
    if (isMap(rule)) checkRule(rule, ['spec', 'rules', i], prefix, out);
  });
}

function checkRule(rule: Json, path: Path, prefix: RoutePrefix, out: SchemaProblem[]): void {
  const filters = listAt(rule, 'filters');
  if (filters) checkFilters(filters, [...path, 'filters'], prefix, out);
  const backendRefs = listAt(rule, 'backendRefs');
  backendRefs?.forEach((ref, j) => {
    const refFilters = listAt(ref, 'filters');
    if (refFilters) checkFilters(refFilters, [...path, 'backendRefs', j, 'filters'], prefix, out);
  });
  const session = mapAt(rule, 'sessionPersistence');
  if (session) checkSessionPersistence(session, [...path, 'sessionPersistence'], prefix, out);
  if (prefix === 'GRPCROUTE') {
    listAt(rule, 'matches')?.forEach((m, k) =>
      checkGrpcMethod(m, [...path, 'matches', k, 'method'], out),
    );
    return;
  }
  if (backendRefs && backendRefs.length > 0)
    filters?.forEach((f, k) => {
      if (has(f, 'requestRedirect'))
        out.push(
          problem(
            'HTTPROUTE_REDIRECT_WITH_BACKEND_REFS',
            'A rule that redirects answers the client itself, so it cannot also have backendRefs; remove one or the other.',
            [...path, 'filters', k, 'requestRedirect'],
            'key',
          ),
        );
    });
  checkPrefixReplacement(rule, filters, backendRefs, path, out);
  listAt(rule, 'matches')?.forEach((m, k) =>
    checkPathMatch(m, [...path, 'matches', k, 'path'], out),
  );
  checkTimeouts(rule, [...path, 'timeouts'], out);
}

/** A redirect or rewrite with `replacePrefixMatch` needs exactly one match, a PathPrefix one. */
function checkPrefixReplacement(
  rule: Json,
  filters: readonly unknown[] | undefined,
  backendRefs: readonly unknown[] | undefined,
  path: Path,
  out: SchemaProblem[],
): void {
  const replaces = (which: string) => (f: unknown) => {
    const modifier = mapAt(mapAt(f, which), 'path');
    return strAt(modifier, 'type') === 'ReplacePrefixMatch' && has(modifier, 'replacePrefixMatch');
  };
  // The CRD uses exists_one: a rule counts only when exactly one filter (or backend) replaces.
  const exactlyOne = (list: readonly unknown[] | undefined, test: (x: unknown) => boolean) =>
    list !== undefined && list.filter(test).length === 1;
  const applies = ['requestRedirect', 'urlRewrite'].some(
    (which) =>
      exactlyOne(filters, replaces(which)) ||
      exactlyOne(backendRefs, (b) => exactlyOne(listAt(b, 'filters'), replaces(which))),
  );
  if (applies && singlePrefixMatch(field(rule, 'matches')) === false)
    out.push(
      problem(
        'HTTPROUTE_REPLACE_PREFIX_NEEDS_ONE_PREFIX_MATCH',
        'replacePrefixMatch replaces the matched prefix, so the rule needs exactly one match, of type PathPrefix.',
        [...path, 'matches'],
      ),
    );
}

/** Whether (defaulted) matches are exactly one PathPrefix match; undefined for wrong shapes. */
function singlePrefixMatch(matches: unknown): boolean | undefined {
  if (matches === undefined) return true; // defaulted to one PathPrefix "/" match
  if (!Array.isArray(matches)) return undefined;
  if (matches.length !== 1) return false;
  const first: unknown = matches[0];
  if (!isMap(first)) return undefined;
  const matchPath = field(first, 'path');
  if (matchPath === undefined) return true; // defaulted to PathPrefix "/"
  if (!isMap(matchPath)) return undefined;
  const type = strOr(matchPath, 'type', 'PathPrefix');
  return type === undefined ? undefined : type === 'PathPrefix';
}

const PATH_CHARS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$/;

/** Why an Exact or PathPrefix path value is refused, or undefined when it is fine. */
function pathValueProblem(value: string): string | undefined {
  if (!value.startsWith('/')) return 'must start with "/"';
  for (const bad of ['//', '/./', '/../', '%2f', '%2F', '#'])
    if (value.includes(bad)) return `must not contain "${bad}"`;
  for (const bad of ['/..', '/.']) if (value.endsWith(bad)) return `must not end with "${bad}"`;
  if (!PATH_CHARS.test(value)) return 'contains characters that must be percent-encoded';
  return undefined;
}

function checkPathMatch(match: unknown, path: Path, out: SchemaProblem[]): void {
  const p = field(match, 'path');
  if (!isMap(p)) return;
  const type = strOr(p, 'type', 'PathPrefix');
  const value = strOr(p, 'value', '/');
  if ((type !== 'Exact' && type !== 'PathPrefix') || value === undefined) return;
  const why = pathValueProblem(value);
  if (why)
    out.push(
      problem(
        'HTTPROUTE_PATH_INVALID',
        `The ${type} path "${clip(value)}" ${why}; write a normalized absolute path.`,
        [...path, 'value'],
      ),
    );
}

/** Gateway API durations (`1h30m`, `500ms`) in milliseconds; undefined when not one. */
export function parseDuration(s: string): number | undefined {
  if (!/^([0-9]{1,5}(h|m|s|ms)){1,4}$/.test(s)) return undefined;
  const unit: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  let total = 0;
  for (const [, n, u] of s.matchAll(/([0-9]{1,5})(ms|h|m|s)/g))
    total += Number(n) * (unit[u ?? ''] ?? 0);
  return total;
}

function checkTimeouts(rule: Json, path: Path, out: SchemaProblem[]): void {
  const timeouts = mapAt(rule, 'timeouts');
  const request = parseDuration(strAt(timeouts, 'request') ?? '');
  const backend = parseDuration(strAt(timeouts, 'backendRequest') ?? '');
  if (request !== undefined && backend !== undefined && request !== 0 && backend > request)
    out.push(
      problem(
        'HTTPROUTE_BACKEND_TIMEOUT_EXCEEDS_REQUEST',
        'The backendRequest timeout is longer than the whole request timeout, so it could never be reached; shorten it or raise timeouts.request.',
        [...path, 'backendRequest'],
      ),
    );
}

function checkSessionPersistence(
  session: Json,
  path: Path,
  prefix: RoutePrefix,
  out: SchemaProblem[],
): void {
  const type = strOr(session, 'type', 'Cookie');
  if (type !== undefined)
    for (const [name, key] of [
      ['Cookie', 'cookie'],
      ['Header', 'header'],
    ] as const) {
      if (has(session, key) && type !== name)
        out.push(
          problem(
            `${prefix}_SESSION_PERSISTENCE_TYPE_MISMATCH`,
            `${key} settings are only used when type is ${name}; remove them or change the type.`,
            [...path, key],
            'key',
          ),
        );
      else if (!has(session, key) && type === name)
        out.push(
          problem(
            `${prefix}_SESSION_PERSISTENCE_TYPE_MISMATCH`,
            `Session persistence of type ${name} (the default is Cookie) needs ${key} settings; add them.`,
            has(session, 'type') ? [...path, 'type'] : path,
            has(session, 'type') ? undefined : 'key',
          ),
        );
    }
  const cookie = mapAt(session, 'cookie');
  if (
    cookie &&
    strOr(cookie, 'lifetimeType', 'Session') === 'Permanent' &&
    !has(session, 'absoluteTimeout')
  )
    out.push(
      problem(
        `${prefix}_SESSION_ABSOLUTE_TIMEOUT_REQUIRED`,
        'A Permanent session cookie needs an expiry: set sessionPersistence.absoluteTimeout.',
        [...path, 'cookie', 'lifetimeType'],
      ),
    );
}

const GRPC_SERVICE = /^\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$/i;
const GRPC_METHOD = /^[A-Za-z_][A-Za-z_0-9]*$/;

function checkGrpcMethod(match: unknown, path: Path, out: SchemaProblem[]): void {
  const method = mapAt(match, 'method');
  if (!method) return;
  const type = strOr(method, 'type', 'Exact');
  if (type === undefined) return;
  if (!has(method, 'service') && !has(method, 'method'))
    out.push(
      problem(
        'GRPCROUTE_METHOD_MATCH_EMPTY',
        'A method match needs a service, a method, or both; add one or remove the method match.',
        path,
        'key',
      ),
    );
  if (type !== 'Exact') return;
  for (const [key, pattern, what] of [
    ['service', GRPC_SERVICE, 'a dotted name such as "pkg.v1.Service"'],
    ['method', GRPC_METHOD, 'a name of letters, digits and "_"'],
  ] as const) {
    const value = strAt(method, key);
    if (value !== undefined && !pattern.test(value))
      out.push(
        problem(
          'GRPCROUTE_METHOD_MATCH_INVALID',
          `The ${key} "${clip(value)}" is not valid for an Exact match; use ${what}, or type RegularExpression.`,
          [...path, key],
        ),
      );
  }
}
