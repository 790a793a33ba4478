import type { KubeObject } from '../model/object';
import type { Condition, ListenerStatus, ParentRefStatus, StatusItem } from '../model/status';
import { condition } from '../model/status';
import type { Verdict } from '../resolve/resolved';
import type {
  ResolvedGateway,
  ResolvedListener,
  ResolvedListenerSet,
  ResolvedPolicy,
  ResolvedRoute,
} from '../resolve/resolved';

function cond(type: string, v: Verdict, gen: number): Condition {
  return condition(type, v.ok, v.reason, v.message, gen);
}

function item(o: KubeObject, status: StatusItem['status']): StatusItem {
  return {
    apiVersion: o.apiVersion,
    kind: o.kind,
    metadata: { name: o.meta.name, namespace: o.meta.namespace },
    status,
  };
}

function listenerStatus(l: ResolvedListener, gen: number): ListenerStatus {
  const conditions = [
    cond('Accepted', l.accepted, gen),
    cond('Programmed', l.programmed, gen),
    cond('ResolvedRefs', l.resolvedRefs, gen),
  ];
  // Negative-polarity conditions appear only when true (11).
  if (l.conflicted)
    conditions.push(condition('Conflicted', true, l.conflicted.reason, l.conflicted.message, gen));
  if (l.overlapping)
    conditions.push(
      condition('OverlappingTLSConfig', true, l.overlapping.reason, l.overlapping.message, gen),
    );
  return {
    name: l.listener.name,
    supportedKinds: l.supportedKinds.map((k) => ({ group: k.group, kind: k.kind })),
    attachedRoutes: l.attachedRoutes,
    conditions,
  };
}

export function gatewayStatus(g: ResolvedGateway): StatusItem {
  const o = g.gateway.object;
  const gen = o.meta.generation;
  const conditions = [
    cond('Accepted', g.accepted, gen),
    cond('Programmed', g.programmed, gen),
    cond('ResolvedRefs', g.resolvedRefs, gen),
  ];
  if (g.insecureFrontend)
    conditions.push(
      condition(
        'InsecureFrontendValidationMode',
        true,
        'ConfigurationChanged',
        'Client certificate validation allows connections without a valid certificate (AllowInsecureFallback).',
        gen,
      ),
    );
  return item(o, {
    conditions,
    listeners: g.listeners.filter((l) => l.owner === g.gateway).map((l) => listenerStatus(l, gen)),
    attachedListenerSets: g.listenerSets.filter((s) => s.accepted.ok).length,
  });
}

export function listenerSetStatus(s: ResolvedListenerSet): StatusItem {
  const o = s.listenerSet.object;
  const gen = o.meta.generation;
  return item(o, {
    conditions: [cond('Accepted', s.accepted, gen), cond('Programmed', s.programmed, gen)],
    listeners: s.listeners.map((l) => listenerStatus(l, gen)),
  });
}

export function routeStatus(r: ResolvedRoute): StatusItem {
  const o = r.route.object;
  const gen = o.meta.generation;
  return item(o, {
    parents: r.parents.map((p) => {
      const ref = r.route.parentRefs[p.index];
      const parentRef: ParentRefStatus = ref
        ? {
            group: ref.group,
            kind: ref.kind,
            ...(ref.namespace !== undefined ? { namespace: ref.namespace } : {}),
            name: ref.name,
            ...(ref.sectionName !== undefined ? { sectionName: ref.sectionName } : {}),
            ...(ref.port !== undefined ? { port: ref.port } : {}),
          }
        : { group: '', kind: '', name: '' };
      return {
        parentRef,
        controllerName: p.controllerName,
        conditions: [cond('Accepted', p.accepted, gen), cond('ResolvedRefs', r.resolvedRefs, gen)],
      };
    }),
  });
}

export function policyStatus(p: ResolvedPolicy): StatusItem {
  const o = p.policy.object;
  const gen = o.meta.generation;
  return item(o, {
    ancestors: p.ancestors.map((a) => ({
      ancestorRef: {
        group: a.gateway.object.group,
        kind: 'Gateway',
        namespace: a.gateway.object.meta.namespace,
        name: a.gateway.object.meta.name,
      },
      controllerName: a.controllerName,
      conditions: [cond('Accepted', a.accepted, gen), cond('ResolvedRefs', a.resolvedRefs, gen)],
    })),
  });
}
