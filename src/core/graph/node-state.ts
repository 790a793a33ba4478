import type { CertificateRefResult } from '../resolve/certificate-refs';
import type {
  ResolvedGateway,
  ResolvedListener,
  ResolvedPolicy,
  ResolvedRoute,
  Verdict,
} from '../resolve/resolved';
import type { NodeState } from './types';

export const OK: NodeState = { level: 'ok' };

function failing(...verdicts: (Verdict | undefined)[]): Verdict | undefined {
  return verdicts.find((v) => v && !v.ok);
}

function error(v: Verdict): NodeState {
  return { level: 'error', reason: v.reason, message: v.message };
}

export function gatewayState(g: ResolvedGateway): NodeState {
  const f = failing(g.accepted, g.programmed);
  if (f) return error(f);
  if (g.accepted.reason !== 'Accepted')
    return { level: 'warning', reason: g.accepted.reason, message: g.accepted.message };
  if (!g.resolvedRefs.ok)
    return { level: 'warning', reason: g.resolvedRefs.reason, message: g.resolvedRefs.message };
  return OK;
}

export function listenerState(l: ResolvedListener): NodeState {
  const f = failing(l.accepted, l.programmed, l.resolvedRefs);
  if (f) return error(f);
  if (l.overlapping)
    return { level: 'warning', reason: l.overlapping.reason, message: l.overlapping.message };
  return OK;
}

export function routeState(r: ResolvedRoute): NodeState {
  const p = r.parents.find((x) => !x.accepted.ok);
  if (p) return error(p.accepted);
  if (!r.resolvedRefs.ok) return error(r.resolvedRefs);
  if (r.parents.length === 0)
    return {
      level: 'warning',
      reason: 'NotAttached',
      message: 'No parent Gateway or ListenerSet of this route is in the workspace.',
    };
  return OK;
}

export function policyState(p: ResolvedPolicy): NodeState {
  for (const a of p.ancestors) {
    const f = failing(a.accepted, a.resolvedRefs);
    if (f) return error(f);
  }
  const bad = p.caRefs.find((c) => !c.ok);
  if (bad) return { level: 'error', reason: bad.reason, message: bad.message };
  if (p.ancestors.length === 0)
    return {
      level: 'warning',
      reason: 'NotInEffect',
      message: 'No route attached to a Gateway sends traffic to the targeted Service.',
    };
  return OK;
}

export function certificateRefState(c: CertificateRefResult): NodeState {
  if (!c.ok) return { level: 'error', reason: c.reason, message: c.message };
  const w = c.warnings[0];
  return w ? { level: 'warning', reason: w.code, message: w.message } : OK;
}

/** The worst of several states (error > warning > ok); the first of the worst wins. */
export function worst(states: readonly NodeState[]): NodeState {
  return states.find((s) => s.level === 'error') ?? states.find((s) => s.level === 'warning') ?? OK;
}
