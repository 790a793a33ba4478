/**
 * One JSON Schema for every YAML file in the editor, built from the core's own schemas (one
 * source of truth). It dispatches on `apiVersion` + `kind`: each version the core reads adds an
 * `if` (both values match exactly) / `then` (that kind's object schema), so a Gateway gets
 * Gateway hover text, enums and completion, and kinds the core does not know stay unchecked.
 * A `List` (kubectl output) checks its items the same way.
 */
import { jsonSchemaFor, supportedVersions } from '../../core/schema/registry';
import { JSON_SCHEMA_DRAFT_07 } from '../../core/schema/json-schema';
import type { JsonSchema } from '../../core/schema/json-schema';

interface KindVersion {
  readonly group: string;
  readonly kind: string;
  readonly version: string;
  readonly apiVersion: string;
}

/** Every group/version/kind the core reads, newest version first within a kind. */
export function kindVersions(): KindVersion[] {
  return Object.entries(supportedVersions).flatMap(([key, versions]) => {
    const slash = key.lastIndexOf('/');
    const group = key.slice(0, slash);
    const kind = key.slice(slash + 1);
    return versions.map((version) => ({
      group,
      kind,
      version,
      apiVersion: group ? `${group}/${version}` : version,
    }));
  });
}

const isSchema = (v: unknown): v is JsonSchema => typeof v === 'object' && v !== null;

/**
 * The core, like the API server, prunes nulls before checking: `creationTimestamp: null` (as
 * generated manifests have) means unset. JSON Schema needs `null` said at every field.
 */
export function allowNull(s: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = { ...s };
  if (typeof s.type === 'string') out.type = [s.type, 'null'];
  if (Array.isArray(s.enum)) out.enum = [...(s.enum as unknown[]), null];
  if (isSchema(s.items)) out.items = allowNull(s.items);
  if (isSchema(s.additionalProperties))
    out.additionalProperties = allowNull(s.additionalProperties);
  if (isSchema(s.properties)) {
    const entries = Object.entries(s.properties).map(([k, v]) => [
      k,
      isSchema(v) ? allowNull(v) : v,
    ]);
    out.properties = Object.fromEntries(entries);
  }
  return out;
}

/**
 * JSON Schema's `if`/`then`: when the document is a map with this `apiVersion` and `kind`,
 * `then` applies (`type` keeps empty documents and scalars from matching vacuously).
 */
function when(apiVersion: string, kind: string, schema: JsonSchema): JsonSchema {
  return {
    if: {
      type: 'object',
      properties: { apiVersion: { const: apiVersion }, kind: { const: kind } },
      required: ['apiVersion', 'kind'],
    },
    // oxlint-disable-next-line unicorn/no-thenable -- a JSON Schema keyword, never awaited
    then: schema,
  };
}

function branch(k: KindVersion): JsonSchema {
  const { $schema: _, ...schema } = jsonSchemaFor(k.group, k.version, k.kind);
  return when(k.apiVersion, k.kind, allowNull(schema));
}

/** The editor's schema: a dispatcher over all kinds and versions the core reads. */
export function toGatewaySchema(): JsonSchema {
  const all = kindVersions();
  const unique = (values: string[]) => [...new Set(values)];
  return {
    $schema: JSON_SCHEMA_DRAFT_07,
    title: 'Kubernetes object (Gateway API and the core kinds it references)',
    properties: {
      apiVersion: {
        type: 'string',
        description: 'API group and version of the object.',
        examples: unique(all.map((k) => k.apiVersion)),
      },
      kind: {
        type: 'string',
        description: 'Kind of the object.',
        examples: unique([...all.map((k) => k.kind), 'List']),
      },
    },
    allOf: [
      ...all.map(branch),
      when('v1', 'List', { properties: { items: { type: 'array', items: { $ref: '#' } } } }),
    ],
  };
}
