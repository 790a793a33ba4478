import type { BackendTLSPolicy, Gateway, PolicyTargetReference } from '../model/gateway-api';
import { compareAge, refusedText } from './context';
import type { ResolveContext } from './context';
import { checkCABundle } from './frontend-validation';
import type {
  CARefResult,
  PolicyAncestorResult,
  ResolvedPolicy,
  ResolvedRoute,
  Verdict,
} from './resolved';
import type { UnitCache } from './unit-cache';
import { ReachIndex } from './reach-index';

const MAX_ANCESTORS = 16;

function targetId(policy: BackendTLSPolicy, t: PolicyTargetReference): string {
  return `${t.group}/${t.kind}/${policy.object.meta.namespace}/${t.name}#${t.sectionName ?? ''}`;
}

/**
 * BackendTLSPolicy (12): targets, conflicts (oldest wins per target and section), CA references,
 * and one ancestor entry per Gateway whose routes send traffic to a targeted Service.
 */
export function resolvePolicies(
  ctx: ResolveContext,
  routes: readonly ResolvedRoute[],
  cache?: UnitCache<BackendTLSPolicy, ResolvedPolicy>,
  reach?: ReachIndex,
): ResolvedPolicy[] {
  // Which Gateways reach each Service (kept by the caller across analyses, or built here),
  // and per target (and section) the oldest policy, which wins conflicts. The winners are
  // found only when a policy has to be resolved (cached ones have what they need).
  const index = reach ?? ReachIndex.of(routes);
  let winners: Map<string, BackendTLSPolicy> | undefined;
  const winnerIndex = () => {
    if (winners) return winners;
    winners = new Map();
    for (const p of [...ctx.policies].sort((a, b) => compareAge(a.object, b.object)))
      for (const t of p.targetRefs) {
        const id = targetId(p, t);
        if (!winners.has(id)) winners.set(id, p);
      }
    return winners;
  };

  // Lookups a cached policy depends on: the routes reaching its Services, and its targets' winners.
  const lookups: Lookups = {
    reach: (id) => ctx.depend(`Reach/${id}`, index.reach(id)),
    winner: (id) => ctx.depend(`Winner/${id}`, winnerIndex().get(id)),
  };
  return ctx.policies.map((policy) =>
    cache
      ? cache.resolve(ctx, policy, () => resolvePolicy(ctx, policy, lookups))
      : resolvePolicy(ctx, policy, lookups),
  );
}

interface Lookups {
  reach(serviceId: string): ReadonlyMap<Gateway, ReadonlySet<number | undefined>> | undefined;
  winner(targetId: string): BackendTLSPolicy | undefined;
}

function resolvePolicy(
  ctx: ResolveContext,
  policy: BackendTLSPolicy,
  { reach, winner: winnerOf }: Lookups,
): ResolvedPolicy {
  const ns = policy.object.meta.namespace;
  const caRefs: CARefResult[] = policy.caCertificateRefs.map((r) => {
    const base = { namespace: ns, name: r.name, group: r.group, kind: r.kind, path: r.path };
    if (r.group !== '' || r.kind !== 'ConfigMap')
      return {
        ...base,
        ok: false,
        reason: 'InvalidKind' as const,
        code: 'CA_REF_UNSUPPORTED_KIND',
        message: `CA certificate reference ${ns}/${r.name} is of kind "${r.kind}" in group "${r.group}"; only ConfigMaps (group "") are supported.`,
      };
    return checkCABundle(ctx, ns, r.name, base, 'InvalidCACertificateRef');
  });
  // What is wrong with a CA bundle's content is a fact of the bundle too.
  for (const c of caRefs)
    if (!c.ok && c.code)
      ctx.report(
        policy.object,
        c.code,
        'error',
        c.message ?? '',
        c.path,
        undefined,
        policy.object.origin,
        c.configMap ? [c.configMap] : undefined,
      );

  // Per ancestor Gateway: which of our targets lead there, and did we win them?
  const ancestors = new Map<
    Gateway,
    { targets: PolicyTargetReference[]; missing: boolean; udp: boolean }
  >();
  const services: string[] = [];
  let lostTo: BackendTLSPolicy | undefined;
  let wonAny = false;
  for (const t of policy.targetRefs) {
    const winner = winnerOf(targetId(policy, t));
    if (winner && winner !== policy) lostTo = winner;
    else wonAny = true;
    const isService = t.group === '' && t.kind === 'Service';
    const svc = isService ? ctx.service(ns, t.name) : undefined;
    let port: number | undefined;
    let missing = !svc;
    let udp = false;
    if (svc) {
      services.push(svc.object.key);
      if (t.sectionName !== undefined) {
        const sp = svc.ports.find((p) => p.name === t.sectionName);
        if (!sp) {
          missing = true;
          ctx.report(
            policy.object,
            'BACKEND_TLS_TARGET_NOT_FOUND',
            'error',
            `Service ${ns}/${t.name} has no port named "${t.sectionName}".`,
            [...t.path, 'sectionName'],
          );
        } else {
          port = sp.port;
          udp = sp.protocol === 'UDP';
          if (udp)
            ctx.report(
              policy.object,
              'BACKEND_TLS_UDP_PORT',
              'error',
              `Port "${t.sectionName}" of Service ${ns}/${t.name} is UDP; BackendTLSPolicy applies to TCP ports only.`,
              [...t.path, 'sectionName'],
            );
        }
      }
    } else {
      const refused = isService ? ctx.refused('Service', ns, t.name) : undefined;
      ctx.report(
        policy.object,
        refused ? 'REF_TARGET_REFUSED' : 'BACKEND_TLS_TARGET_NOT_FOUND',
        'error',
        refused
          ? refusedText('Service', ns, t.name, refused)
          : isService
            ? `Service ${ns}/${t.name} does not exist.`
            : `Target ${t.kind} ${ns}/${t.name} is not a Service; only Services can be targeted.`,
        t.path,
      );
    }
    const gws = reach(`${ns}/${t.name}`);
    for (const [gw, ports] of gws ?? []) {
      if (port !== undefined && !ports.has(port) && !ports.has(undefined)) continue;
      const a = ancestors.get(gw) ?? { targets: [], missing: false, udp: false };
      a.targets.push(t);
      a.missing ||= missing;
      a.udp ||= udp;
      ancestors.set(gw, a);
    }
  }
  if (ancestors.size === 0 && policy.targetRefs.length > 0)
    ctx.report(
      policy.object,
      'BACKEND_TLS_NO_GATEWAY',
      'info',
      'No route attached to a Gateway sends traffic to the targeted Service, so this policy is not in effect yet.',
      ['spec'],
    );

  const badWellKnown =
    policy.wellKnownCACertificates !== undefined && policy.wellKnownCACertificates !== 'System';
  if (badWellKnown)
    ctx.report(
      policy.object,
      'BACKEND_TLS_WELL_KNOWN_UNSUPPORTED',
      'error',
      `wellKnownCACertificates "${policy.wellKnownCACertificates}" is not recognised; only "System" is supported.`,
      [...policy.validationPath],
    );
  if (lostTo && !wonAny)
    ctx.report(
      policy.object,
      'BACKEND_TLS_CONFLICTED',
      'error',
      `BackendTLSPolicy ${lostTo.object.meta.namespace}/${lostTo.object.meta.name} targets the same Service port and takes precedence (older).`,
      ['spec', policy.targetRefs[0] ? 'targetRefs' : 'targetRef'],
    );

  const invalidCA = caRefs.filter((c) => !c.ok);
  const resolvedRefs: Verdict = invalidCA[0]
    ? {
        ok: false,
        reason: invalidCA[0].reason as string,
        message: invalidCA.map((c) => c.message).join(' '),
      }
    : { ok: true, reason: 'ResolvedRefs', message: 'All references are resolved.' };

  const result: PolicyAncestorResult[] = [...ancestors.entries()]
    .sort(([a], [b]) => (a.object.key < b.object.key ? -1 : 1))
    .slice(0, MAX_ANCESTORS)
    .map(([gw, a]) => {
      let accepted: Verdict = { ok: true, reason: 'Accepted', message: 'Policy is accepted.' };
      const lostAll = a.targets.every((t) => winnerOf(targetId(policy, t)) !== policy);
      if (lostAll)
        accepted = {
          ok: false,
          reason: 'Conflicted',
          message: `Another BackendTLSPolicy targets the same Service port and is older.`,
        };
      else if (a.missing)
        accepted = {
          ok: false,
          reason: 'TargetNotFound',
          message: 'The targeted Service (or port) does not exist.',
        };
      else if (badWellKnown || a.udp)
        accepted = {
          ok: false,
          reason: 'Invalid',
          message: a.udp
            ? 'The targeted Service port is UDP; TLS applies to TCP only.'
            : `wellKnownCACertificates "${policy.wellKnownCACertificates}" is not recognised.`,
        };
      else if (caRefs.length > 0 && invalidCA.length === caRefs.length)
        accepted = {
          ok: false,
          reason: 'NoValidCACertificate',
          message: 'None of the CA certificate references can be used.',
        };
      return { gateway: gw, controllerName: ctx.controllerFor(gw), accepted, resolvedRefs };
    });
  return {
    policy,
    ancestors: result,
    services,
    caRefs,
    conflictedBy: lostTo && !wonAny ? lostTo.object.key : undefined,
  };
}
