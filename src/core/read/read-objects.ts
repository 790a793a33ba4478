import type { Finding } from '../model/finding';
import type { KubeObject, ObjectMeta, Origin } from '../model/object';
import { isClusterScoped, objectKey, splitApiVersion } from '../model/object';
import type { Path } from '../model/path';
import { field, intAt, isMap, mapAt, stringMapAt, strAt } from './fields';
import type { Json } from './fields';

export interface ReadOptions {
  /** Namespace given to namespaced objects that have none (`default`). */
  readonly defaultNamespace: string;
}

/**
 * Turns one parsed document into the Kubernetes objects it holds: itself, or the items of a
 * `kind: List` (what `kubectl get -o yaml` prints). Documents that are not objects are reported.
 */
export function readObjects(
  value: unknown,
  where: { file: string; doc: number },
  options: ReadOptions,
): { objects: KubeObject[]; findings: Finding[] } {
  const objects: KubeObject[] = [];
  const findings: Finding[] = [];
  if (value === undefined || value === null) return { objects, findings };
  const origin: Origin = { file: where.file, doc: where.doc, base: [] };
  if (!isMap(value)) {
    findings.push({
      code: 'NOT_AN_OBJECT',
      severity: 'warning',
      message:
        'This document is not a Kubernetes object (a map with apiVersion and kind); it is kept as is.',
      origin,
      path: [],
    });
    return { objects, findings };
  }
  const kind = strAt(value, 'kind');
  const items = field(value, 'items');
  if (kind !== undefined && kind.endsWith('List') && Array.isArray(items)) {
    items.forEach((item, i) => {
      const itemOrigin: Origin = { ...origin, base: ['items', i] };
      readOne(item, itemOrigin, options, objects, findings);
    });
    return { objects, findings };
  }
  readOne(value, origin, options, objects, findings);
  return { objects, findings };
}

function readOne(
  value: unknown,
  origin: Origin,
  options: ReadOptions,
  objects: KubeObject[],
  findings: Finding[],
): void {
  const report = (
    code: string,
    message: string,
    path: Path,
    severity: Finding['severity'] = 'error',
  ) =>
    findings.push({
      code,
      severity,
      message,
      origin,
      path,
      part: path.length ? 'key' : undefined,
      rejects: severity === 'error',
    });
  if (!isMap(value)) {
    report('NOT_AN_OBJECT', 'This list item is not a Kubernetes object.', [], 'warning');
    return;
  }
  const apiVersion = field(value, 'apiVersion');
  const kind = field(value, 'kind');
  if (typeof kind !== 'string' || kind === '') {
    // Helm values files and other configuration: not an object, but not an error either.
    if (apiVersion === undefined && kind === undefined) {
      findings.push({
        code: 'NOT_AN_OBJECT',
        severity: 'info',
        message: 'This document has no apiVersion and kind; it is kept as is and not resolved.',
        origin,
        path: [],
      });
      return;
    }
    report(
      'MISSING_KIND',
      '`kind` must be a non-empty string.',
      kind === undefined ? [] : ['kind'],
    );
    return;
  }
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    report(
      'MISSING_API_VERSION',
      '`apiVersion` must be a non-empty string.',
      apiVersion === undefined ? [] : ['apiVersion'],
    );
    return;
  }
  const metadata = mapAt(value, 'metadata');
  const name = strAt(metadata, 'name') ?? '';
  if (!name) {
    const generated = strAt(metadata, 'generateName');
    report(
      'MISSING_NAME',
      generated
        ? '`metadata.generateName` is set but the name is only known once the API server creates the object; give it a `metadata.name` to resolve references to it.'
        : '`metadata.name` is required.',
      metadata ? ['metadata'] : [],
      generated ? 'warning' : 'error',
    );
    return;
  }
  const { group, version } = splitApiVersion(apiVersion);
  const explicitNs = strAt(metadata, 'namespace');
  const namespace = isClusterScoped(kind) ? '' : explicitNs || options.defaultNamespace;
  const meta: ObjectMeta = {
    name,
    namespace,
    labels: stringMapAt(metadata, 'labels'),
    annotations: stringMapAt(metadata, 'annotations'),
    creationTimestamp: timestampOf(field(metadata, 'creationTimestamp')),
    generation: intAt(metadata, 'generation') ?? 1,
  };
  objects.push({
    apiVersion,
    group,
    version,
    kind,
    meta,
    raw: value as Json,
    origin,
    key: objectKey(kind, namespace, name),
    id: `${namespace}/${name}`,
  });
}

function timestampOf(v: unknown): string | undefined {
  if (typeof v === 'string' && v) return v;
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().replace('.000Z', 'Z');
  return undefined;
}
