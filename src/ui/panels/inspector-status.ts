import type { Condition, StatusItem } from '../../core';
import { statusOf } from '../../worker/focus';
import { badge } from './badges';
import type { Badge, Level } from './badges';

export interface ConditionRow {
  readonly type: string;
  readonly status: string;
  readonly badge: Badge;
  readonly reason: string;
  readonly message: string;
}

export interface ConditionGroup {
  readonly title: string;
  readonly conditions: readonly ConditionRow[];
}

/** Condition types where `True` means trouble, and how much (the others are healthy when `True`). */
const abnormalWhenTrue: Readonly<Record<string, Level>> = {
  Conflicted: 'error',
  OverlappingTLSConfig: 'warning',
};

function toRow(c: Condition): ConditionRow {
  const abnormal = abnormalWhenTrue[c.type];
  const level: Level =
    c.status === 'Unknown'
      ? 'warning'
      : abnormal
        ? c.status === 'True'
          ? abnormal
          : 'ok'
        : c.status === 'False'
          ? 'error'
          : 'ok';
  return {
    type: c.type,
    status: c.status,
    badge: badge(level, c.status),
    reason: c.reason,
    message: c.message,
  };
}

interface ParentRef {
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  readonly sectionName?: string;
  readonly port?: number;
}

function refTitle(prefix: string, r: ParentRef, namespace: string): string {
  const section = r.sectionName ? ` · listener ${r.sectionName}` : '';
  const port = r.port === undefined ? '' : ` · port ${r.port}`;
  return `${prefix} ${r.kind} ${r.namespace ?? namespace}/${r.name}${section}${port}`;
}

/** The status conditions of a node, grouped as the object's status holds them. */
export function toConditionGroups(
  status: readonly StatusItem[],
  id: string,
): { groups: ConditionGroup[]; facts: { label: string; value: string }[] } {
  const [item] = statusOf(status, id);
  const groups: ConditionGroup[] = [];
  const facts: { label: string; value: string }[] = [];
  if (!item) return { groups, facts };
  const s = item.status;
  const listener = id.includes('#') ? id.slice(id.indexOf('#') + 1) : undefined;
  if (listener !== undefined) {
    const l = 'listeners' in s ? s.listeners.find((x) => x.name === listener) : undefined;
    if (!l) return { groups, facts };
    groups.push({ title: 'Listener conditions', conditions: l.conditions.map(toRow) });
    facts.push({ label: 'Attached routes', value: String(l.attachedRoutes) });
    facts.push({
      label: 'Supported kinds',
      value: l.supportedKinds.map((k) => k.kind).join(', ') || 'none',
    });
    return { groups, facts };
  }
  if ('conditions' in s) groups.push({ title: 'Conditions', conditions: s.conditions.map(toRow) });
  if ('attachedListenerSets' in s && s.attachedListenerSets !== undefined)
    facts.push({ label: 'Attached ListenerSets', value: String(s.attachedListenerSets) });
  const ns = item.metadata.namespace;
  if ('parents' in s)
    for (const p of s.parents)
      groups.push({
        title: refTitle('Parent', p.parentRef, ns),
        conditions: p.conditions.map(toRow),
      });
  if ('ancestors' in s)
    for (const a of s.ancestors)
      groups.push({
        title: refTitle('Ancestor', a.ancestorRef, ns),
        conditions: a.conditions.map(toRow),
      });
  return { groups, facts };
}
