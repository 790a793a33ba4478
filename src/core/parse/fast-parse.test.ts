import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { fastParse } from './fast-parse';
import { checkFastParse } from './fast-parse-check';
import { parseWithYaml, parseYamlDocument } from './parse-document';

const yamlOptions = { merge: true, uniqueKeys: true, strict: true } as const;

/** Snippets the fast path must take, with values and ranges equal to yaml's. */
const taken: Record<string, string[]> = {
  'plain scalars of every core-schema type': [
    'a: x y\nb: ~\nc: null\nd: Null\ne: NULL\nf: true\ng: False\nh: TRUE\n',
    'a: 1\nb: -0\nc: +1\nd: 007\ne: 0o17\nf: 0x1F\ng: 0X1F\nh: 12345678901234567890\n',
    'a: 1e3\nb: .5\nc: 5.\nd: -.inf\ne: +.Inf\nf: .NaN\ng: 1.e3\nh: -0.0\ni: 1_000\nj: .e3\n',
    'a: nUll\nb: tRue\nc: 2020-01-01\nd: yes\ne: http://x:80/y\nf: a:b\ng: a#b\nh: --\ni: -x\n',
    'a: é\n日本: 語\nb: a\u2028b\nc: x\u00a0\nd: \u0001\n',
  ],
  'quoted scalars': [
    "a: \"x y\"\nb: 'it''s'\nc: ''''\nd: \"\"\ne: ''\nf: \"tab\there\"\n",
    'a: "\\x41\\u00e9\\U0001F600\\0\\a\\b\\e\\f\\n\\r\\t\\v\\N\\_\\L\\P\\ \\"\\/\\\\\\\t"\n',
    'a: "\\ud800"\nb: "#not comment"\nc: \'x\' # comment\n',
  ],
  'block scalars, every chomping and indentation indicator': [
    'a: |\n  x\n  y\n\nb: |-\n  x\n\n\nc: |+\n  x\n\n\nd: 1\n',
    'a: >\n  x\n  y\n\n  z\n\n\nb: >-\n  x\n  y\nc: >+\n  x\n\n',
    'a: |2\n   x\n  y\nb: |-1\n  x\nc: >2+\n  x\n  y\n',
    'a: |\n\n  x\n  \n  y\n\nb: |\n  # not a comment\n # a comment\n',
    'a: |\n  x\n  \ty\n',
    'a: |\n  x',
    'a: |+\n  x',
    'a: |+\n  x\n\n  ',
    'k: |+\n       y z\n     ',
    '- |\n  x\n- >-\n  y\n  z\n- a: |\n    w\n  b: 1\n',
    'a:\n  b: |+\n    x\n\n  c: 1\n',
  ],
  'maps and sequences': [
    'a:\n  b:\n    c: 1\n  d: [x]\ne: f\n',
    'a:\n- 1\n- 2\nb:\n  - 3\n',
    '- - x\n  - y\n- - - z\n',
    '- a: 1\n  b: 2\n- c: 3\n',
    '-\n  a: 1\n-\n- b\n',
    '- a:\n  - x\n- b:\n    c: 1\n',
    'a:\n  b: 1\n  c:\nd:\n',
    '  a: 1\n  b:\n    - x\n',
  ],
  'flow collections on one line': [
    'a: []\nb: {}\nc: [a, "b", 1, ~]\nd: {a: 1, b: x}\ne: [ ]\nf: { x: y }\n',
    'a: [a:b, http://x:80]\nb: {"k": \'v\', 1: 2}\n',
    '[1, 2]\n',
    '{a: 1}\n',
  ],
  keys: [
    '__proto__: 1\nconstructor: 2\ntoString: 3\nhasOwnProperty: 4\n',
    '1: a\nnull: b\ntrue: c\n1.5: d\n0x10: e\n.inf: f\n-0: g\n',
    '"a b": 1\n\'c\': 2\n"": 3\n"<<": 4\na b c: 5\na:b: 6\na#b: 7\n-k: 8\n',
    'a  : 1\n"b" : 2\n',
  ],
  'comments in odd places': [
    '# head\na: 1 # trailing\n# between\nb: 2\n',
    'a: # after the key\n  b: 1\n  # inside\n  c: 2\n    # more indented\n# less indented\nd: 3\n',
    'a:\n  b: 1\n  # trailing at the map indentation\nc: 2',
    'x:\n  a:\n    b: 1\n    # t\n  # u\n',
    'x:\n  - 1\n\n  # t\n\n',
    'x:\n- 1\n# t\n',
    'x:\n- 1\n  # t\n',
    'k:\n  - v\n  # a\n# b\n  # c\nz: 1',
    'a: "x" # c\n  # d\n\n  # e\nb: 1',
    'a:\n  b: |\n    x\n\n  # c\nd: 1',
    '- a: |\n    x\n  # c\n- b',
    'a: [x] # c\n   # d\n',
  ],
  'documents: markers, BOM, CRLF, empty': [
    '',
    '# only a comment\n',
    '\n\n',
    '---\n',
    '--- # c\n\n',
    '---\na: 1\n...\n',
    '# c\n---\na: 1\n',
    '\uFEFFa: 1\n',
    '\uFEFF---\n- a\n',
    'a: 1\r\nb:\r\n  - c\r\nd: |\r\n  x\r\n\r\n  y\r\n\r\ne: "q"\r\n',
    'hello # a document that is one scalar\n',
    '"quoted"\n',
  ],
};

/** Snippets outside the subset: the fast path must decline them. */
const declined = [
  'a: &x 1\nb: *x\n',
  'a: !!str 1\n',
  '%YAML 1.2\n---\na: 1\n',
  '? a\n: b\n',
  '<<: {a: 1}\n',
  'a: b: c\n',
  'a: - b\n',
  'a: 1\na: 2\n',
  '1: a\n"1": b\n',
  'a: b\n  c\n',
  'a: "b\n  c"\n',
  'a: [b,\n  c]\n',
  'a: {x: [1]}\n',
  'a:\n\tb: 1\n',
  'a: |\n   \n  x\n',
  'a: >\n  x\n    y\n',
  'a: # c\nb: 1\n',
  'a: 1\n---\nb: 2\n',
  'a: "\\q"\n',
  'a: 1\rb: 2\n',
  'x'.repeat(1100) + ': 1\n',
];

describe('fastParse agrees with yaml', () => {
  for (const [group, texts] of Object.entries(taken)) {
    it(group, () => {
      for (const text of texts) {
        const check = checkFastParse(text);
        expect(check, JSON.stringify(text)).toEqual({ taken: true, mismatch: undefined });
        expect(fastParse(text)?.value, JSON.stringify(text)).toEqual(
          parseDocument(text, yamlOptions).toJS(),
        );
      }
    });
  }

  it('declines anchors, tags, directives, complex and merge keys, multi-line nodes, duplicates', () => {
    for (const text of declined) expect(fastParse(text), JSON.stringify(text)).toBeUndefined();
  });

  it('leaves deeply nested documents to yaml, which reports nesting limits', () => {
    expect(fastParse(`${'- '.repeat(70)}x\n`)).toBeUndefined();
    expect(fastParse(`${'- '.repeat(60)}x\n`)).toBeDefined();
  });

  it('falls back when a BOM precedes an indented or `-` first line (yaml does not count its indentation)', () => {
    expect(fastParse('\uFEFF- - {}\n  - x\n')).toBeUndefined();
    expect(fastParse('\uFEFF  a: 1\n')).toBeUndefined();
  });

  it('keeps `__proto__` an own property', () => {
    const value = fastParse('__proto__:\n  polluted: true\n')?.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('the fast path on Kubernetes manifests', () => {
  const pem = [
    '-----BEGIN CERTIFICATE-----',
    'MIIBszCCAVmgAwIBAgIUJ3tN',
    'bWFueSBsaW5lcyBvZiBiYXNlNjQ=',
    '-----END CERTIFICATE-----',
  ];
  const manifests = [
    `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
  labels:
    app.kubernetes.io/name: edge # the public one
spec:
  gatewayClassName: example
  listeners:
  - name: https
    port: 443
    protocol: HTTPS
    hostname: "*.example.com"
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        name: wildcard
        namespace: certs
    allowedRoutes:
      namespaces:
        from: All
`,
    `---
apiVersion: v1
kind: Secret
metadata:
  name: wildcard
  namespace: certs
type: kubernetes.io/tls
data:
  tls.crt: ${'TUlJQnN6Q0NBVm1nQXdJQkFnSVVKM3RO'.repeat(40)}
  tls.key: ${'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0t'.repeat(20)}
stringData:
  ca.crt: |
${pem.map((l) => `    ${l}`).join('\n')}
`,
    `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: api
spec:
  parentRefs:
    - name: edge
      namespace: infra
      sectionName: https
  hostnames: ["api.example.com"]
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /v1
      backendRefs:
        - name: api
          port: 8443
          weight: 10
`,
  ];

  it('takes them, with the same value, no problems and the same ranges as yaml', () => {
    for (const source of manifests) {
      expect(fastParse(source), source.slice(0, 60)).toBeDefined();
      expect(checkFastParse(source).mismatch).toBeUndefined();
      const parsed = parseYamlDocument(source);
      expect(parsed.problems).toEqual([]);
      expect(parsed.value).toEqual(parseWithYaml(source).value);
    }
  });

  it('locates a certificate reference by key and by value', () => {
    const source = manifests[0] as string;
    const parsed = parseYamlDocument(source);
    const path = ['spec', 'listeners', 0, 'tls', 'certificateRefs', 0, 'name'];
    const value = parsed.locate(path, 'value');
    expect(source.slice(value.start, value.end)).toBe('wildcard');
    const key = parsed.locate(path, 'key');
    expect(source.slice(key.start, key.end)).toBe('name');
    expect(parsed.locate(['spec', 'listeners', 3])).toEqual({
      ...parsed.locate(['spec', 'listeners']),
      exact: false,
    });
  });
});
