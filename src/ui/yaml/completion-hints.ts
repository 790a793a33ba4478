/**
 * What the editor's schema adds to the core's for completion only: values to start from where
 * yaml-language-server would otherwise insert a bare type default (`port: 0`), and whole
 * listeners to pick inside `listeners`. Validation is unchanged (`examples` and
 * `defaultSnippets` constrain nothing).
 */
import type { JsonSchema } from '../../core/schema/json-schema';

const isSchema = (v: unknown): v is JsonSchema =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ports offered where a port is asked for (instead of a type default of 0). */
const PORT_EXAMPLES = [443, 80];

/** LSP's CompletionItemKind.Snippet. */
const SNIPPET_KIND = 15;

/** Listeners to pick in a `listeners` list, as snippets of a list item's fields (listed first). */
export const LISTENER_SNIPPETS = [
  {
    label: 'HTTPS listener',
    description: 'Port 443, terminating TLS with a certificate from a kubernetes.io/tls Secret.',
    bodyText: [
      'name: ${1:https}',
      'hostname: ${2:www.example.com}',
      'port: ${3:443}',
      'protocol: HTTPS',
      'tls:',
      '  mode: Terminate',
      '  certificateRefs:',
      '  - name: ${4:www-example-com-tls}',
    ].join('\n'),
  },
  {
    label: 'HTTP listener',
    description: 'Port 80, plain HTTP.',
    bodyText: [
      'name: ${1:http}',
      'hostname: ${2:www.example.com}',
      'port: ${3:80}',
      'protocol: HTTP',
    ].join('\n'),
  },
  {
    label: 'TLS passthrough listener',
    description: 'Port 443, forwarding the encrypted stream to TLSRoutes by SNI hostname.',
    bodyText: [
      'name: ${1:tls-passthrough}',
      'hostname: ${2:secure.example.com}',
      'port: ${3:443}',
      'protocol: TLS',
      'tls:',
      '  mode: Passthrough',
    ].join('\n'),
  },
].map((s, i) => ({ ...s, suggestionKind: SNIPPET_KIND, sortText: `!${i}` }));

const LISTENER_OWNERS = new Set(['Gateway', 'ListenerSet', 'XListenerSet']);

/** `schema` (one kind's object schema) with the completion hints added. */
export function withCompletionHints(kind: string, schema: JsonSchema): JsonSchema {
  const hinted = withPortExamples(schema);
  return LISTENER_OWNERS.has(kind) ? withListenerSnippets(hinted) : hinted;
}

/** Every integer `port` field without a default gets examples to start from. */
function withPortExamples(s: JsonSchema): JsonSchema {
  const out: Record<string, unknown> = { ...s };
  if (isSchema(s.items)) out.items = withPortExamples(s.items);
  if (isSchema(s.additionalProperties))
    out.additionalProperties = withPortExamples(s.additionalProperties);
  if (isSchema(s.properties)) {
    out.properties = Object.fromEntries(
      Object.entries(s.properties).map(([key, value]) => {
        if (!isSchema(value)) return [key, value];
        const port =
          key === 'port' && isInteger(value) && value.default === undefined && !value.examples;
        return [key, port ? { ...value, examples: PORT_EXAMPLES } : withPortExamples(value)];
      }),
    );
  }
  return out;
}

function isInteger(s: JsonSchema): boolean {
  return s.type === 'integer' || (Array.isArray(s.type) && s.type.includes('integer'));
}

/** `spec.listeners[]` offers whole listeners. */
function withListenerSnippets(s: JsonSchema): JsonSchema {
  const spec = property(s, 'spec');
  const listeners = spec && property(spec, 'listeners');
  if (!spec || !listeners || !isSchema(listeners.items)) return s;
  const items = { ...listeners.items, title: 'Listener', defaultSnippets: LISTENER_SNIPPETS };
  return setProperty(s, 'spec', setProperty(spec, 'listeners', { ...listeners, items }));
}

function property(s: JsonSchema, key: string): JsonSchema | undefined {
  const value = isSchema(s.properties) ? s.properties[key] : undefined;
  return isSchema(value) ? value : undefined;
}

function setProperty(s: JsonSchema, key: string, value: JsonSchema): JsonSchema {
  return { ...s, properties: { ...(s.properties as JsonSchema), [key]: value } };
}
