/**
 * What completion inserts to start a document: one skeleton per kind and API version, as a
 * Monaco snippet (`${n:default}` tab stops). Each is complete and valid with its defaults left
 * as they are, and the defaults refer to one another (the route's parent is the Gateway's
 * name, its backend the Service's name and port), so skeletons added one after another make a
 * working topology. A Gateway's skeleton stands on its own: its listener is plain HTTP (an
 * HTTPS listener needs a Secret; completion inside `listeners` offers one).
 */
import type { KindVersion } from './kind-versions';

export interface Skeleton {
  /** "Gateway — gateway.networking.k8s.io/v1": what the completion list shows. */
  readonly label: string;
  /** One line on what the skeleton holds. */
  readonly description: string;
  /** The document as a snippet. */
  readonly snippet: string;
}

/** Names the skeletons share, so they refer to each other. */
const GATEWAY = 'example-gateway';
const SERVICE = 'example-service';
const NAMESPACE = 'default';

const meta = (name: string, namespace = NAMESPACE) =>
  ['metadata:', `  name: \${1:${name}}`, `  namespace: \${2:${namespace}}`].join('\n');

/** The body after `apiVersion`/`kind`/`metadata`, by kind (and by version where shapes differ). */
const bodies: Record<string, (version: string) => readonly [string, string, string?]> = {
  GatewayClass: () => [
    'the controller that implements its Gateways',
    `metadata:\n  name: \${1:example}\nspec:\n  controllerName: \${2:example.com/gateway-controller}`,
  ],
  Gateway: () => [
    'a gatewayClassName and one HTTP listener on port 80',
    [
      meta(GATEWAY),
      'spec:',
      '  gatewayClassName: ${3:example}',
      '  listeners:',
      '  - name: ${4:http}',
      '    hostname: ${5:www.example.com}',
      '    port: ${6:80}',
      '    protocol: HTTP',
    ].join('\n'),
  ],
  ListenerSet: () => listenerSet(),
  XListenerSet: () => listenerSet(),
  HTTPRoute: () => [
    'parentRefs, hostnames and a rule to a Service backend',
    [
      meta('example-route'),
      'spec:',
      '  parentRefs:',
      `  - name: \${3:${GATEWAY}}`,
      '  hostnames:',
      '  - ${4:www.example.com}',
      '  rules:',
      '  - matches:',
      '    - path:',
      '        type: PathPrefix',
      '        value: ${5:/}',
      '    backendRefs:',
      `    - name: \${6:${SERVICE}}`,
      '      port: ${7:80}',
    ].join('\n'),
  ],
  GRPCRoute: () => [
    'parentRefs, hostnames and a rule to a Service backend',
    [
      meta('example-grpc-route'),
      'spec:',
      '  parentRefs:',
      `  - name: \${3:${GATEWAY}}`,
      '  hostnames:',
      '  - ${4:grpc.example.com}',
      '  rules:',
      '  - backendRefs:',
      `    - name: \${5:${SERVICE}}`,
      '      port: ${6:80}',
    ].join('\n'),
  ],
  TLSRoute: () => [
    'a TLS listener of the Gateway, the SNI hostname and a Service backend',
    [
      meta('example-tls-route'),
      'spec:',
      '  parentRefs:',
      `  - name: \${3:${GATEWAY}}`,
      '    sectionName: ${4:tls-passthrough}',
      '  hostnames:',
      '  - ${5:secure.example.com}',
      '  rules:',
      `  - backendRefs:`,
      `    - name: \${6:${SERVICE}}`,
      '      port: ${7:443}',
    ].join('\n'),
  ],
  TCPRoute: () => l4Route('TCP', 'tcp', 5432),
  UDPRoute: () => l4Route('UDP', 'udp', 53),
  BackendTLSPolicy: (version) =>
    version === 'v1alpha2'
      ? [
          'the Service it secures and how its certificate is verified',
          [
            meta('example-backend-tls'),
            'spec:',
            '  targetRef:',
            '    group: ""',
            '    kind: Service',
            `    name: \${3:${SERVICE}}`,
            '  tls:',
            `    hostname: \${4:${SERVICE}.${NAMESPACE}.svc}`,
            '    wellKnownCACerts: System',
          ].join('\n'),
        ]
      : [
          'the Service it secures and how its certificate is verified',
          [
            meta('example-backend-tls'),
            'spec:',
            '  targetRefs:',
            '  - group: ""',
            '    kind: Service',
            `    name: \${3:${SERVICE}}`,
            '  validation:',
            `    hostname: \${4:${SERVICE}.${NAMESPACE}.svc}`,
            '    wellKnownCACertificates: System',
          ].join('\n'),
        ],
  ReferenceGrant: () => [
    'lets Gateways of one namespace use Secrets of this one',
    [
      meta('allow-gateways', 'certificates'),
      'spec:',
      '  from:',
      '  - group: gateway.networking.k8s.io',
      '    kind: Gateway',
      `    namespace: \${3:${NAMESPACE}}`,
      '  to:',
      '  - group: ""',
      '    kind: Secret',
    ].join('\n'),
  ],
  Secret: () => [
    'type kubernetes.io/tls with tls.crt and tls.key',
    [
      meta('www-example-com-tls'),
      'type: kubernetes.io/tls',
      'data:',
      '  # base64 of the PEM files (base64 -w0 tls.crt)',
      '  tls.crt: ${3:""}',
      '  tls.key: ${4:""}',
    ].join('\n'),
  ],
  ConfigMap: () => [
    'a CA bundle (ca.crt) for BackendTLSPolicy or client certificate validation',
    [
      meta('example-ca'),
      'data:',
      '  # the PEM CA certificates, as a block (ca.crt: |)',
      '  ca.crt: ${3:""}',
    ].join('\n'),
  ],
  Service: () => [
    'a selector and one port',
    [
      meta(SERVICE),
      'spec:',
      '  selector:',
      '    app: ${3:example}',
      '  ports:',
      '  - name: ${4:http}',
      '    port: ${5:80}',
      '    targetPort: ${6:8080}',
    ].join('\n'),
  ],
  Namespace: () => ['a name', 'metadata:\n  name: ${1:example}'],
};

function listenerSet(): readonly [string, string] {
  return [
    'a parent Gateway and one HTTPS listener',
    [
      meta('example-listeners'),
      'spec:',
      '  parentRef:',
      `    name: \${3:${GATEWAY}}`,
      '  listeners:',
      '  - name: ${4:https}',
      '    hostname: ${5:app.example.com}',
      '    port: ${6:443}',
      '    protocol: HTTPS',
      '    tls:',
      '      certificateRefs:',
      '      - name: ${7:app-example-com-tls}',
    ].join('\n'),
  ];
}

function l4Route(protocol: string, name: string, port: number): readonly [string, string] {
  return [
    `a ${protocol} listener of the Gateway and a Service backend`,
    [
      meta(`example-${name}-route`),
      'spec:',
      '  parentRefs:',
      `  - name: \${3:${GATEWAY}}`,
      `    sectionName: \${4:${name}}`,
      '  rules:',
      '  - backendRefs:',
      `    - name: \${5:${SERVICE}}`,
      `      port: \${6:${port}}`,
    ].join('\n'),
  ];
}

/** The skeleton of a kind and version; undefined for a kind without one. */
export function skeletonFor(k: KindVersion): Skeleton | undefined {
  const body = bodies[k.kind]?.(k.version);
  if (!body) return undefined;
  const [description, rest] = body;
  return {
    label: `${k.kind} — ${k.apiVersion}`,
    description: `A ${k.kind} (${k.apiVersion}): ${description}.`,
    snippet: `apiVersion: ${k.apiVersion}\nkind: ${k.kind}\n${rest}\n$0`,
  };
}

/** The text a snippet inserts when every tab stop keeps its default. */
export function snippetText(snippet: string): string {
  return snippet.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$\d+/g, '');
}
