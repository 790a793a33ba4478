import { beforeAll, describe, expect, it, vi } from 'vitest';
import { byDocument, mirrorModel } from './document-service';
import type { CreateService, LanguageService } from './document-service';
import { toGatewaySchema } from './gateway-schema';
import { kindVersions } from './kind-versions';
import { skeletonFor, snippetText } from './skeletons';

// monaco-yaml's own worker module, started through ours (see vite.config.ts): its `initialize`
// hands over the function that makes the real language service.
let create: CreateService | undefined;
vi.mock('./yaml-worker-start', () => ({
  initialize: (c: CreateService) => {
    create = c;
  },
}));

const FILE = 'file:///1/new.yaml';
let text = '';
let service: LanguageService;

beforeAll(async () => {
  await import('monaco-yaml/yaml.worker.js');
  if (!create) throw new Error('monaco-yaml did not start');
  let version = 0;
  const ctx = { getMirrorModels: () => [mirrorModel(FILE, text, '\n', ++version)] };
  service = byDocument(
    ctx,
    {
      enableSchemaRequest: false,
      completion: true,
      hover: true,
      validate: true,
      format: {},
      isKubernetes: false,
      schemas: [
        {
          uri: 'inmemory://gwtls/gateway-api.schema.json',
          fileMatch: ['*'],
          schema: toGatewaySchema(),
        },
      ],
    },
    create,
  );
});

interface Item {
  label: string;
  insertText: string;
}

/** Completion at the `|` in `doc`. */
async function complete(doc: string): Promise<Item[]> {
  const at = doc.indexOf('|');
  text = doc.slice(0, at) + doc.slice(at + 1);
  const before = text.slice(0, at).split('\n');
  const position = { line: before.length - 1, character: before.at(-1)!.length };
  const answer = (await service.doComplete!(FILE, position)) as { items: Item[] };
  return answer.items;
}

async function schemaFindings(doc: string): Promise<string[]> {
  text = doc;
  const found = (await service.doValidation!(FILE)) as { message: string }[];
  return found.map((d) => d.message);
}

const GATEWAY = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
spec:
  gatewayClassName: example
  listeners:
`;

describe('completion starts documents', () => {
  it('offers an empty document one skeleton per kind and version, labelled by both', async () => {
    const labels = (await complete('|')).map((i) => i.label);
    for (const k of kindVersions()) expect(labels).toContain(`${k.kind} — ${k.apiVersion}`);
    expect(labels.filter((l) => l.includes(' — '))).toHaveLength(kindVersions().length);
    expect(labels.some((l) => l.startsWith('object'))).toBe(false);
  });

  it('filters by a word typed first; a document with a kind gets no skeletons', async () => {
    expect((await complete('Gat|')).map((i) => i.label)).toContain(
      'Gateway — gateway.networking.k8s.io/v1',
    );
    const labels = (await complete('kind: Gateway\n|')).map((i) => i.label);
    expect(labels.some((l) => l.includes(' — '))).toBe(false);
  });

  it('inserts a whole Gateway, which the schema finds nothing wrong with', async () => {
    const items = await complete('|');
    const gateway = items.find((i) => i.label === 'Gateway — gateway.networking.k8s.io/v1');
    expect(gateway?.insertText).toContain('gatewayClassName: ${3:example}');
    expect(await schemaFindings(snippetText(gateway!.insertText))).toEqual([]);
  });

  it('every skeleton is valid to the editor schema', async () => {
    for (const k of kindVersions())
      expect(await schemaFindings(snippetText(skeletonFor(k)!.snippet)), k.kind).toEqual([]);
  });
});

describe('completion inside an object offers that object’s fields', () => {
  it('under a Gateway’s spec: Gateway fields, not GatewayClass ones', async () => {
    const labels = (await complete(`${GATEWAY.split('  gatewayClassName')[0]}  |\n`)).map(
      (i) => i.label,
    );
    expect(labels).toEqual(expect.arrayContaining(['gatewayClassName', 'listeners']));
    expect(labels).not.toContain('controllerName');
  });

  it('under a v1 kind: not the fields of a v1beta1 one, and the other way round', async () => {
    const route = (v: string) =>
      `apiVersion: gateway.networking.k8s.io/${v}\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  |\n`;
    for (const v of ['v1', 'v1beta1']) {
      const labels = (await complete(route(v))).map((i) => i.label);
      expect(labels, v).toEqual(expect.arrayContaining(['parentRefs', 'hostnames', 'rules']));
      expect(labels, v).not.toContain('gatewayClassName');
    }
  });

  it('a new listener: whole listeners, indented to the item, and no port 0', async () => {
    const items = await complete(`${GATEWAY}  - |\n`);
    const https = items.find((i) => i.label === 'HTTPS listener');
    expect(https?.insertText).toBe(
      'name: ${1:https}\n  hostname: ${2:www.example.com}\n  port: ${3:443}\n  protocol: HTTPS\n' +
        '  tls:\n    mode: Terminate\n    certificateRefs:\n    - name: ${4:www-example-com-tls}',
    );
    expect(items.map((i) => i.label)).toContain('HTTP listener');
    for (const i of items) expect(i.insertText).not.toMatch(/port: \$\{\d+:0\}|port: 0/);
  });

  it('inside a listener with fields: its missing fields, not whole listeners', async () => {
    const labels = (await complete(`${GATEWAY}  - name: web\n    |\n`)).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['port', 'protocol', 'hostname', 'tls']));
    expect(labels).not.toContain('HTTPS listener');
  });
});
