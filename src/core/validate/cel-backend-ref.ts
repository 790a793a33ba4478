/** The CEL rule every backend reference carries: a core Service reference needs a port. */
import type { Path } from '../model/path';
import type { SchemaProblem } from '../schema/validate-schema';
import { has, isMap, problem, strAt, strOr } from './cel-values';

/** "Must have port for Service reference", after defaulting group to "" and kind to Service. */
export function checkServiceBackendPort(ref: unknown, path: Path, out: SchemaProblem[]): void {
  if (!isMap(ref)) return;
  const group = strOr(ref, 'group', '');
  const kind = strOr(ref, 'kind', 'Service');
  if (group === '' && kind === 'Service' && !has(ref, 'port'))
    out.push(
      problem(
        'BACKEND_REF_PORT_REQUIRED',
        `The reference to Service "${strAt(ref, 'name') ?? ''}" has no port; add the number of the Service port to send traffic to.`,
        path,
      ),
    );
}
