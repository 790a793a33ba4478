import type { Route } from '../model/gateway-api';
import { GATEWAY_GROUP } from '../model/object';
import { refusedText } from './context';
import type { ResolveContext } from './context';
import type { BackendResult, Verdict } from './resolved';

const reasonOrder = ['RefNotPermitted', 'InvalidKind', 'BackendNotFound', 'UnsupportedProtocol'];

/** Route `backendRefs` (6.5): kind, ReferenceGrant, existence. Computed once per route. */
export function resolveBackends(
  ctx: ResolveContext,
  route: Route,
): { backends: BackendResult[]; verdict: Verdict } {
  const ns = route.object.meta.namespace;
  const backends: BackendResult[] = [];
  const problems: { reason: string; message: string }[] = [];
  for (const rule of route.rules) {
    for (const ref of rule.backendRefs) {
      const namespace = ref.namespace ?? ns;
      const base = {
        namespace,
        name: ref.name,
        kind: ref.kind,
        group: ref.group,
        port: ref.port,
        path: ref.path,
      };
      const where = `${namespace}/${ref.name}`;
      let fail: { reason: string; code: string; message: string } | undefined;
      let service: string | undefined;
      if (ref.group !== '' || ref.kind !== 'Service') {
        fail = {
          reason: 'InvalidKind',
          code: 'BACKEND_UNSUPPORTED_KIND',
          message: `Backend ${where} is of kind "${ref.kind}" in group "${ref.group}"; only core Services are supported.`,
        };
      } else if (
        !ctx.isPermitted(
          { group: GATEWAY_GROUP, kind: route.kind, namespace: ns },
          { group: '', kind: 'Service', namespace, name: ref.name },
        )
      ) {
        fail = {
          reason: 'RefNotPermitted',
          code: 'REF_NOT_PERMITTED',
          message: `Service ${where} is in another namespace and no ReferenceGrant in "${namespace}" allows ${route.kind}s from "${ns}" to use it.`,
        };
      } else {
        const svc = ctx.service(namespace, ref.name);
        if (!svc) {
          const refused = ctx.refused('Service', namespace, ref.name);
          fail = {
            reason: 'BackendNotFound',
            code: refused ? 'REF_TARGET_REFUSED' : 'BACKEND_NOT_FOUND',
            message: refused
              ? refusedText('Service', namespace, ref.name, refused)
              : `Service ${where} does not exist.`,
          };
        } else {
          service = svc.object.key;
          if (
            ref.port !== undefined &&
            svc.ports.length > 0 &&
            !svc.ports.some((p) => p.port === ref.port)
          ) {
            ctx.report(
              route.object,
              'BACKEND_PORT_NOT_FOUND',
              'warning',
              `Service ${where} has no port ${ref.port} (it has ${svc.ports.map((p) => p.port).join(', ')}).`,
              [...ref.path, 'port'],
            );
          }
        }
      }
      if (fail) {
        problems.push(fail);
        ctx.report(route.object, fail.code, 'error', fail.message, ref.path);
        backends.push({ ...base, ok: false, reason: fail.reason, message: fail.message });
      } else backends.push({ ...base, ok: true, service });
    }
  }
  problems.sort((a, b) => reasonOrder.indexOf(a.reason) - reasonOrder.indexOf(b.reason));
  const verdict: Verdict = problems[0]
    ? { ok: false, reason: problems[0].reason, message: problems.map((p) => p.message).join(' ') }
    : { ok: true, reason: 'ResolvedRefs', message: 'All references are resolved.' };
  return { backends, verdict };
}
