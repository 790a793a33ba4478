/**
 * CEL rules shared by the route kinds: parentRefs uniqueness (the sectionName-or-port variant of
 * the CRDs we ship), port on core Service backendRefs, rule names, TLSRoute hostnames.
 */
import type { Path } from '../model/path';
import type { SchemaProblem } from '../schema/validate-schema';
import { checkServiceBackendPort } from './cel-backend-ref';
import { checkHttpLikeRoute } from './cel-http-route';
import type { Json } from './cel-values';
import {
  clip,
  field,
  intAt,
  isMap,
  listAt,
  problem,
  repeats,
  strAt,
  strOr,
  tupleKey,
} from './cel-values';
import { isIP } from './ip';

export type RouteKind = 'HTTPRoute' | 'GRPCRoute' | 'TLSRoute' | 'TCPRoute' | 'UDPRoute';

/** Versions whose CRD checks rule names (the others allow a single rule). */
const RULE_NAMES_CHECKED: Readonly<Record<RouteKind, readonly string[]>> = {
  HTTPRoute: ['v1', 'v1beta1'],
  GRPCRoute: ['v1', 'v1alpha2'],
  TLSRoute: ['v1alpha2'],
  TCPRoute: ['v1alpha2'],
  UDPRoute: ['v1alpha2'],
};

export function checkRoute(
  kind: RouteKind,
  version: string,
  spec: Json,
  out: SchemaProblem[],
): void {
  checkParentRefs(spec, out);
  const rules = listAt(spec, 'rules');
  if (rules) {
    rules.forEach((rule, i) => {
      listAt(rule, 'backendRefs')?.forEach((ref, j) =>
        checkServiceBackendPort(ref, ['spec', 'rules', i, 'backendRefs', j], out),
      );
    });
    if (RULE_NAMES_CHECKED[kind].includes(version)) checkRuleNames(rules, out);
  }
  if (kind === 'TLSRoute' && version !== 'v1alpha2') checkTlsRouteHostnames(spec, out);
  if (kind === 'HTTPRoute' || kind === 'GRPCRoute') checkHttpLikeRoute(kind, spec, out);
}

/** Which parent: defaulted group and kind, name, namespace ("" when unset). */
function parentKey(ref: unknown): string | undefined {
  if (!isMap(ref)) return undefined;
  const group = strOr(ref, 'group', 'gateway.networking.k8s.io');
  const kind = strOr(ref, 'kind', 'Gateway');
  const name = strAt(ref, 'name');
  const namespace = strOr(ref, 'namespace', '');
  if (group === undefined || kind === undefined || name === undefined || namespace === undefined)
    return undefined;
  return tupleKey([group, kind, name, namespace]);
}

/** sectionName ("" when unset) and port (0 when unset), as the CEL compares them. */
function sectionOf(ref: unknown): { section: string; port: number } | undefined {
  const section = strOr(ref, 'sectionName', '');
  const port = field(ref, 'port') === undefined ? 0 : intAt(ref, 'port');
  return section === undefined || port === undefined ? undefined : { section, port };
}

function checkParentRefs(spec: Json, out: SchemaProblem[]): void {
  const refs = listAt(spec, 'parentRefs');
  if (!refs) return;
  const reported = new Set<number>();
  const report = (index: number, message: string) => {
    if (reported.has(index)) return;
    reported.add(index);
    out.push(problem('PARENT_REF_DUPLICATE', message, ['spec', 'parentRefs', index]));
  };
  // Exact repeats: same parent, same sectionName, same port.
  const exact = (r: unknown) => {
    const parent = parentKey(r);
    const s = sectionOf(r);
    return parent === undefined || s === undefined
      ? undefined
      : tupleKey([parent, s.section, s.port]);
  };
  for (const { index, first } of repeats(refs, exact))
    report(
      index,
      `This parentRef repeats parentRefs[${first}]; remove it, or give it a different sectionName or port.`,
    );
  // Same parent twice: both must narrow by sectionName, or neither; likewise for port.
  refs.forEach((r, j) => {
    const parent = parentKey(r);
    const s = sectionOf(r);
    if (parent === undefined || s === undefined) return;
    for (let i = 0; i < j; i++) {
      const other = sectionOf(refs[i]);
      if (parentKey(refs[i]) !== parent || other === undefined) continue;
      if ((s.section === '') !== (other.section === '') || (s.port === 0) !== (other.port === 0)) {
        report(
          j,
          `This parentRef names the same parent as parentRefs[${i}] but only one of them sets sectionName or port; when a route names a parent more than once, set sectionName (or port) on every reference to it.`,
        );
        return;
      }
    }
  });
}

function checkRuleNames(rules: readonly unknown[], out: SchemaProblem[]): void {
  for (const { index, first } of repeats(rules, (r) => strAt(r, 'name')))
    out.push(
      problem(
        'ROUTE_RULE_NAME_DUPLICATE',
        `Rule name "${strAt(rules[index], 'name')}" is already used by rules[${first}]; give each rule its own name.`,
        ['spec', 'rules', index, 'name'],
      ),
    );
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** TLSRoute v1/v1alpha3 hostname rules: no IPs, RFC 1123 names, wildcard only as `*.` prefix. */
function checkTlsRouteHostnames(spec: Json, out: SchemaProblem[]): void {
  listAt(spec, 'hostnames')?.forEach((h, i) => {
    if (typeof h !== 'string') return;
    const path: Path = ['spec', 'hostnames', i];
    if (isIP(h))
      out.push(
        problem(
          'HOSTNAME_IS_IP',
          `"${h}" is an IP address; TLSRoute hostnames are matched against SNI, which carries DNS names only, so use a DNS name.`,
          path,
        ),
      );
    if (!h.includes('*')) {
      if (!DNS1123_SUBDOMAIN.test(h))
        out.push(
          problem(
            'HOSTNAME_INVALID',
            `"${clip(h)}" is not a valid DNS name; use lowercase letters, digits, "-" and "." (RFC 1123).`,
            path,
          ),
        );
    } else if (!h.startsWith('*.') || !DNS1123_SUBDOMAIN.test(h.slice(2)))
      out.push(
        problem(
          'HOSTNAME_WILDCARD_INVALID',
          `"${clip(h)}" has a misplaced wildcard; "*" may only be the whole first label, as in "*.example.com".`,
          path,
        ),
      );
  });
}
