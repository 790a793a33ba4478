import type { Resource } from '../model/gateway-api';
import { STATUS_KINDS } from '../model/status';
import type { Finding } from '../model/finding';
import type { KubeObject } from '../model/object';
import { GATEWAY_GROUP, GATEWAY_X_GROUP } from '../model/object';
import type { ParsedDocument } from '../parse/parse-document';
import { readObjects } from '../read/read-objects';
import type { ReadOptions } from '../read/read-objects';
import { readResource } from '../read/read-resource';
import { objectSchemaFor, supportedVersions } from '../schema/registry';
import { validateSchema } from '../schema/validate-schema';
import { validateCel } from '../validate/cel-rules';
import { documentTextFindings } from './parse-findings';

/** Everything one document contributes, computed once per (document text, place, options). */
export interface DocumentObjects {
  readonly objects: readonly KubeObject[];
  /** Typed resources of the objects the API server would accept, by object. */
  readonly resources: ReadonlyMap<KubeObject, Resource>;
  /** Objects the API server would refuse (schema or CEL errors). */
  readonly rejected: ReadonlySet<KubeObject>;
  readonly findings: readonly Finding[];
  /** `objects` with whether each was refused and its typed resource, in document order. */
  readonly entries: readonly ObjectEntry[];
}

export interface ObjectEntry {
  readonly object: KubeObject;
  readonly rejected: boolean;
  readonly resource?: Resource;
  /** A Gateway API kind that `status` lists. */
  readonly hasStatus: boolean;
}

const statusKinds: ReadonlySet<string> = new Set(STATUS_KINDS);

const gatewayGroups: ReadonlySet<string> = new Set([GATEWAY_GROUP, GATEWAY_X_GROUP]);

function validateObject(o: KubeObject, findings: Finding[]): boolean {
  let rejects = false;
  const schema = objectSchemaFor(o.group, o.version, o.kind);
  if (!schema) {
    const versions = supportedVersions[`${o.group}/${o.kind}`];
    if (gatewayGroups.has(o.group) && versions) {
      findings.push({
        code: 'UNSUPPORTED_API_VERSION',
        severity: 'warning',
        message: `${o.kind} ${o.apiVersion} is not served by Gateway API v1.6; use ${o.group}/${versions[0]}. It is read as ${versions[0]}.`,
        origin: o.origin,
        path: ['apiVersion'],
        object: o.key,
      });
    }
    return true;
  }
  for (const p of validateSchema(o.raw, schema)) {
    const bad = !p.warning;
    rejects ||= bad;
    findings.push({
      code: p.code,
      severity: bad ? 'error' : 'warning',
      message: p.message,
      origin: o.origin,
      path: p.path,
      part: p.part,
      object: o.key,
      rejects: bad,
    });
  }
  for (const p of validateCel(o.group, o.version, o.kind, o.raw as Record<string, unknown>)) {
    rejects = true;
    findings.push({
      code: p.code,
      severity: 'error',
      message: p.message,
      origin: o.origin,
      path: p.path,
      part: p.part,
      object: o.key,
      rejects: true,
    });
  }
  return !rejects;
}

/** Reads, validates and types the objects of one parsed document. */
export function documentObjects(
  parsed: ParsedDocument,
  where: { file: string; doc: number },
  options: ReadOptions,
): DocumentObjects {
  const { objects, findings } = readObjects(parsed.value, where, options);
  findings.unshift(...documentTextFindings(parsed, where));
  const resources = new Map<KubeObject, Resource>();
  const rejected = new Set<KubeObject>();
  for (const o of objects) {
    if (!validateObject(o, findings)) {
      rejected.add(o);
      continue;
    }
    const r = readResource(o);
    if (r) resources.set(o, r);
  }
  const entries = objects.map((object) => ({
    object,
    rejected: rejected.has(object),
    resource: resources.get(object),
    hasStatus: statusKinds.has(object.kind) && object.group.startsWith('gateway.networking.'),
  }));
  return { objects, resources, rejected, findings, entries };
}

/** Caches `documentObjects` by document identity (documents are shared per text by the parser). */
export class DocumentObjectsCache {
  private cache = new WeakMap<
    ParsedDocument,
    { file: string; doc: number; ns: string; entry: DocumentObjects }[]
  >();

  get(
    parsed: ParsedDocument,
    file: string,
    doc: number,
    defaultNamespace: string,
  ): DocumentObjects {
    let places = this.cache.get(parsed);
    if (!places) {
      places = [];
      this.cache.set(parsed, places);
    }
    for (const p of places)
      if (p.file === file && p.doc === doc && p.ns === defaultNamespace) return p.entry;
    const entry = documentObjects(parsed, { file, doc }, { defaultNamespace });
    // A text that moved keeps only its newest places (a document is rarely in several).
    if (places.length >= 4) places.shift();
    places.push({ file, doc, ns: defaultNamespace, entry });
    return entry;
  }
}
