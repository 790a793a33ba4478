import { worstState } from '../../core';
import type { GraphNode, ServedCertificate, ServingMap, SniAnswer, SniTraceStep } from '../../core';
import { badge, coverageBadgeOf, expiryBadge } from './badges';
import type { Badge } from './badges';
import { listenerId } from './to-host-rows';

export interface SniView {
  /** Whether a client gets through, in the words of the graph's states. */
  readonly verdict: Badge;
  /** Why it is not OK, when it is not. */
  readonly verdictMessage?: string;
  readonly summary: string;
  readonly listener?: { readonly id: string; readonly name: string };
  readonly certificates: readonly {
    readonly id: string;
    readonly name: string;
    readonly sans: readonly string[];
    /** Coverage of the asked host, with `no subjectAltName` when that is why it fails. */
    readonly coverage?: Badge;
    readonly expiry?: Badge;
    readonly notAfter?: string;
  }[];
  readonly steps: readonly {
    readonly verdict: Badge;
    readonly listenerId: string;
    readonly listener: string;
    readonly hostname: string;
    readonly message: string;
  }[];
}

const verdicts: Record<SniTraceStep['verdict'], Badge> = {
  chosen: badge('ok', 'chosen'),
  matched: badge('info', 'also matches', '≈'),
  'no-match': badge('muted', 'no match'),
  'not-ready': badge('warning', 'not ready'),
};

/**
 * An SNI answer in words, with each certificate's coverage of the host, and its SANs and expiry
 * from the serving map. The verdict is the worst of whether the handshake works for this host
 * (the answer's state: coverage, expiry) and the state of the answering listener in the graph
 * (given its nodes), so the answer never says OK beside a listener drawn in warning or error.
 */
export function toSniView(
  answer: SniAnswer | null,
  serving: ServingMap,
  nodes?: ReadonlyMap<string, GraphNode>,
): SniView {
  if (!answer)
    return {
      verdict: badge('error', 'No answer'),
      summary: 'That Gateway is not in the workspace.',
      certificates: [],
      steps: [],
    };
  const served = new Map<string, ServedCertificate>();
  for (const g of serving.gateways)
    for (const p of g.ports)
      for (const h of p.hosts)
        for (const c of h.certificates) served.set(`${c.namespace}/${c.name}`, c);
  const listener =
    answer.listener && answer.owner
      ? { id: listenerId(answer.owner, answer.listener), name: answer.listener }
      : undefined;
  const drawn = listener && nodes?.get(listener.id)?.state;
  const state = worstState(drawn ? [answer.state, drawn] : [answer.state]);
  return {
    verdict: !listener
      ? badge('error', 'Rejected')
      : state.level === 'ok'
        ? badge('ok', 'Answered')
        : badge(state.level, `Answered, but ${state.reason ?? state.level}`),
    ...(listener && state.level !== 'ok' && state.message ? { verdictMessage: state.message } : {}),
    summary: answer.summary,
    listener,
    certificates: answer.certificates.map((c) => {
      const name = `${c.namespace}/${c.name}`;
      const s = served.get(name);
      return {
        id: `Secret/${name}`,
        name,
        sans: s?.dnsNames ?? [],
        coverage: coverageBadgeOf(c.coverage, c.coverageReason),
        expiry: s?.expiry ? expiryBadge[s.expiry] : undefined,
        notAfter: s?.notAfter?.slice(0, 10),
      };
    }),
    steps: answer.trace.map((t) => ({
      verdict: verdicts[t.verdict],
      listenerId: listenerId(t.owner, t.listener),
      listener: t.listener,
      hostname: t.hostname,
      message: t.message,
    })),
  };
}
