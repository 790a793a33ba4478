import type { Coverage, CoverageReason, ExpiryState, NodeState, Severity } from '../../core';

/** Every state is shown by colour, icon and words together; the level picks the colour. */
export type Level = 'ok' | 'warning' | 'error' | 'info' | 'muted';

export interface Badge {
  readonly level: Level;
  readonly icon: string;
  readonly text: string;
}

const icons: Record<Level, string> = { ok: '✓', warning: '⚠', error: '✗', info: 'ℹ', muted: '–' };

export function badge(level: Level, text: string, icon = icons[level]): Badge {
  return { level, icon, text };
}

// Fact badges have the levels of the findings that state the same facts (CERT_HOSTNAME_NOT_COVERED
// and CERT_NO_SAN are warnings, CERT_EXPIRED and CERT_NOT_YET_VALID errors), so a fact and the
// state it causes never disagree.
export const coverageBadge: Record<Coverage, Badge> = {
  covered: badge('ok', 'covered'),
  partial: badge('warning', 'partial: deeper names fail', '◐'),
  uncovered: badge('warning', 'NOT covered'),
};

const noSubjectAltName = badge('warning', 'NOT covered: no subjectAltName');

/**
 * Coverage with its reason: a certificate without SAN dNSNames covers no name at all (clients
 * ignore the subject CN), which the badge says even where there is no hostname to cover.
 */
export function coverageBadgeOf(
  coverage: Coverage | undefined,
  reason?: CoverageReason,
): Badge | undefined {
  if (reason === 'no-subject-alt-name') return noSubjectAltName;
  return coverage ? coverageBadge[coverage] : undefined;
}

export const expiryBadge: Record<ExpiryState, Badge> = {
  valid: badge('ok', 'valid'),
  expiring: badge('warning', 'expiring'),
  expired: badge('error', 'expired'),
  'not-yet-valid': badge('error', 'not yet valid'),
};

export const severityBadge: Record<Severity, Badge> = {
  error: badge('error', 'Error'),
  warning: badge('warning', 'Warning'),
  info: badge('info', 'Info'),
};

/** A resolved node or edge state in words: `OK`, or its reason. */
export function stateBadge(state: NodeState): Badge {
  if (state.level === 'ok') return badge('ok', state.reason ?? 'OK');
  return badge(state.level, state.reason ?? (state.level === 'error' ? 'Error' : 'Warning'));
}
