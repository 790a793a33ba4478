/**
 * Gateway-only CEL rules: unique frontend TLS ports, unique and well-formed addresses, and the
 * key format of `infrastructure.labels` / `infrastructure.annotations`.
 */
import type { Path } from '../model/path';
import { AnnotationKey, HOSTNAME_PATTERN } from '../schema/common';
import type { SchemaProblem } from '../schema/validate-schema';
import type { Json } from './cel-values';
import {
  clip,
  intAt,
  isMap,
  listAt,
  mapAt,
  problem,
  repeats,
  strAt,
  strOr,
  tupleKey,
} from './cel-values';

export function checkGatewaySpec(spec: Json, out: SchemaProblem[]): void {
  checkPerPort(spec, out);
  checkAddresses(spec, out);
  for (const key of ['labels', 'annotations'] as const) checkInfrastructureKeys(spec, key, out);
}

function checkPerPort(spec: Json, out: SchemaProblem[]): void {
  const perPort = listAt(mapAt(mapAt(spec, 'tls'), 'frontend'), 'perPort');
  if (!perPort) return;
  for (const { index, first } of repeats(perPort, (p) => keyOfPort(intAt(p, 'port')))) {
    out.push(
      problem(
        'FRONTEND_TLS_PORT_DUPLICATE',
        `Port ${intAt(perPort[index], 'port')} already has client validation settings in perPort[${first}]; merge the two entries, as each port may appear once.`,
        ['spec', 'tls', 'frontend', 'perPort', index, 'port'],
      ),
    );
  }
}

function keyOfPort(port: number | undefined): string | undefined {
  return port === undefined ? undefined : String(port);
}

/** Address `type` defaults to IPAddress; only IPAddress and Hostname values must be unique. */
function checkAddresses(spec: Json, out: SchemaProblem[]): void {
  const addresses = listAt(spec, 'addresses');
  if (!addresses) return;
  const base: Path = ['spec', 'addresses'];
  const typed = (a: unknown) => (isMap(a) ? strOr(a, 'type', 'IPAddress') : undefined);

  addresses.forEach((a, i) => {
    const value = strAt(a, 'value');
    if (typed(a) === 'Hostname' && value !== undefined && !HOSTNAME_PATTERN.test(value))
      out.push(
        problem(
          'GATEWAY_ADDRESS_HOSTNAME_INVALID',
          `"${value}" is not a valid hostname address; use a lowercase DNS name, optionally starting with "*.".`,
          [...base, i, 'value'],
        ),
      );
  });

  const identity = (a: unknown) => {
    const type = typed(a);
    const value = strAt(a, 'value');
    if ((type !== 'IPAddress' && type !== 'Hostname') || value === undefined) return undefined;
    return tupleKey([type, value]);
  };
  for (const { index, first } of repeats(addresses, identity)) {
    out.push(
      problem(
        'GATEWAY_ADDRESS_DUPLICATE',
        `This address repeats addresses[${first}]; list each ${typed(addresses[index])} value once.`,
        [...base, index, 'value'],
      ),
    );
  }
}

function checkInfrastructureKeys(
  spec: Json,
  which: 'labels' | 'annotations',
  out: SchemaProblem[],
): void {
  const entries = mapAt(mapAt(spec, 'infrastructure'), which);
  if (!entries) return;
  const noun = which === 'labels' ? 'label' : 'annotation';
  for (const key of Object.keys(entries)) {
    const path: Path = ['spec', 'infrastructure', which, key];
    if (!AnnotationKey.test(key))
      out.push(
        problem(
          'GATEWAY_INFRASTRUCTURE_KEY_INVALID',
          `"${clip(key)}" is not a valid ${noun} key; use an optional DNS-subdomain prefix and "/" followed by a name of up to 63 letters, digits, "-", "_" or ".".`,
          path,
          'key',
        ),
      );
    else if ((key.split('/')[0] ?? '').length >= 253)
      out.push(
        problem(
          'GATEWAY_INFRASTRUCTURE_KEY_PREFIX_TOO_LONG',
          `The prefix of ${noun} key "${clip(key)}" is too long; keep the part before "/" under 253 characters.`,
          path,
          'key',
        ),
      );
  }
}
