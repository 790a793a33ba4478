/**
 * One JSON Schema for every YAML file in the editor, built from the core's own schemas (one
 * source of truth). It dispatches on `apiVersion` + `kind`: each version the core reads adds an
 * `if` (both values match exactly) / `then` (that kind's object schema), so a Gateway gets
 * Gateway hover text, enums and completion, and kinds the core does not know stay unchecked.
 * A document with neither `apiVersion` nor `kind` is offered a skeleton of each kind and
 * version (`skeletons.ts`). A `List` (kubectl output) checks its items the same way.
 */
import { jsonSchemaFor } from '../../core/schema/registry';
import { JSON_SCHEMA_DRAFT_07 } from '../../core/schema/json-schema';
import type { JsonSchema } from '../../core/schema/json-schema';
import { withCompletionHints } from './completion-hints';
import { kindVersions } from './kind-versions';
import type { KindVersion } from './kind-versions';
import { skeletonFor } from './skeletons';

export { kindVersions };

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

/** A pattern that matches exactly `value`. */
const exactly = (value: string) => `^${value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`;

/**
 * JSON Schema's `if`/`then`: when the document is a map with this `apiVersion` and `kind`,
 * `then` applies (`type` keeps empty documents and scalars from matching vacuously). Besides
 * `const`, each value has a `pattern`: while completing, yaml-language-server takes a `const`
 * as matched by any value that starts it (under `kind: Gateway` it offered GatewayClass's
 * fields, under `…/v1` those of `…/v1beta1`), but matches patterns strictly. `doNotSuggest`:
 * the condition offers no fields of its own (it offered each kind's `apiVersion` and `kind` as
 * a skeleton labelled "object(Kubernetes object …)").
 */
function when(apiVersion: string, kind: string, schema: JsonSchema): JsonSchema {
  const exact = (value: string) => ({ const: value, pattern: exactly(value), doNotSuggest: true });
  return {
    if: {
      type: 'object',
      properties: { apiVersion: exact(apiVersion), kind: exact(kind) },
      required: ['apiVersion', 'kind'],
    },
    // oxlint-disable-next-line unicorn/no-thenable -- a JSON Schema keyword, never awaited
    then: schema,
  };
}

/** LSP's CompletionItemKind.Snippet. */
const SNIPPET_KIND = 15;

/** The kinds a TLS topology is written with most, listed first. */
const FIRST = ['Gateway', 'HTTPRoute', 'Secret', 'Service', 'ReferenceGrant', 'ListenerSet'];

/**
 * A document with neither `apiVersion` nor `kind` (an empty one, or a word typed to filter the
 * list) is offered one skeleton per kind and version: `else` applies only then.
 */
function startDocument(all: readonly KindVersion[]): JsonSchema {
  const rank = (k: KindVersion) => {
    const i = FIRST.indexOf(k.kind);
    return i < 0 ? FIRST.length : i;
  };
  // Stable: versions keep their order (newest first) within a kind.
  const ordered = [...all].sort((a, b) => rank(a) - rank(b));
  const defaultSnippets = ordered.flatMap((k, i) => {
    const s = skeletonFor(k);
    if (!s) return [];
    return [
      {
        label: s.label,
        description: s.description,
        bodyText: s.snippet,
        suggestionKind: SNIPPET_KIND,
        sortText: `!${String(i).padStart(3, '0')}`,
      },
    ];
  });
  return {
    if: { anyOf: [{ required: ['apiVersion'] }, { required: ['kind'] }] },
    else: { defaultSnippets },
  };
}

function branch(k: KindVersion): JsonSchema {
  const { $schema: _, ...schema } = jsonSchemaFor(k.group, k.version, k.kind);
  return when(k.apiVersion, k.kind, withCompletionHints(k.kind, allowNull(schema)));
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
      startDocument(all),
      ...all.map(branch),
      when('v1', 'List', { properties: { items: { type: 'array', items: { $ref: '#' } } } }),
    ],
  };
}
