// Generates a synthetic Gateway API workspace of about 10,000 objects (~10 MB): Gateways with
// exact, wildcard, passthrough and plain listeners, Secrets holding real certificates,
// ReferenceGrants, HTTPRoutes and TLSRoutes, Services, BackendTLSPolicies and CA ConfigMaps.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';

x509.cryptoProvider.set(globalThis.crypto);

const b64 = (s) => Buffer.from(s).toString('base64');

// Key generation dominates (RSA especially), so certificates are signed with a small pool of
// key pairs: every certificate is still distinct (names, serial), and each key matches its cert.
const pools = { rsa: [], ec: [] };
let next = 0;
async function keyPair(rsa) {
  const alg = rsa
    ? {
        name: 'RSASSA-PKCS1-v1_5',
        hash: 'SHA-256',
        publicExponent: new Uint8Array([1, 0, 1]),
        modulusLength: 2048,
      }
    : { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const pool = rsa ? pools.rsa : pools.ec;
  if (pool.length < 8)
    pool.push({ alg, keys: await crypto.subtle.generateKey(alg, true, ['sign', 'verify']) });
  return pool[next++ % pool.length];
}

async function makeCert(names, rsa) {
  const { alg, keys } = await keyPair(rsa);
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: Math.floor(Math.random() * 1e12)
      .toString(16)
      .padStart(2, '0'),
    name: `CN=${names[0]}`,
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2030-01-01T00:00:00Z'),
    keys,
    signingAlgorithm: alg,
    extensions: [
      new x509.SubjectAlternativeNameExtension(names.map((n) => ({ type: 'dns', value: n }))),
    ],
  });
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  const key = `-----BEGIN PRIVATE KEY-----\n${Buffer.from(pkcs8)
    .toString('base64')
    .match(/.{1,64}/g)
    .join('\n')}\n-----END PRIVATE KEY-----\n`;
  return { crt: cert.toString('pem') + '\n', key };
}

/** Returns { text, counts }. `scale` 1 = 10,000 objects. */
export async function generateWorkspace(scale = 1) {
  const n = (x) => Math.max(1, Math.round(x * scale));
  const docs = [];
  const counts = {};
  const add = (kind, text) => {
    counts[kind] = (counts[kind] ?? 0) + 1;
    docs.push(text);
  };
  const namespaces = n(50);
  const gateways = n(250);
  for (let i = 0; i < namespaces; i++)
    add(
      'Namespace',
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: team-${i}\n  labels:\n    team: t${i}\n    tier: ${i % 3 === 0 ? 'edge' : 'internal'}\n`,
    );
  // Distinct certificates: one exact and one wildcard per Gateway (RSA for every tenth).
  for (let g = 0; g < gateways; g++) {
    const ns = `team-${g % namespaces}`;
    const domain = `app${g}.example.com`;
    const exact = await makeCert([`www.${domain}`], false);
    const wild = await makeCert([`*.${domain}`, domain], false);
    const api = await makeCert([`api.${domain}`], true);
    const legacy = await makeCert([`legacy.${domain}`, `old.${domain}`], true);
    for (const [name, c] of [
      [`gw${g}-www`, exact],
      [`gw${g}-wildcard`, wild],
      [`gw${g}-api`, api],
      [`gw${g}-legacy`, legacy],
    ])
      add(
        'Secret',
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: certs\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(c.crt)}\n  tls.key: ${b64(c.key)}\n`,
      );
    add(
      'ReferenceGrant',
      `apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata:\n  name: allow-${ns}-gw${g}\n  namespace: certs\nspec:\n  from:\n  - group: gateway.networking.k8s.io\n    kind: Gateway\n    namespace: ${ns}\n  to:\n  - group: ""\n    kind: Secret\n    name: gw${g}-www\n  - group: ""\n    kind: Secret\n    name: gw${g}-wildcard\n  - group: ""\n    kind: Secret\n    name: gw${g}-api\n  - group: ""\n    kind: Secret\n    name: gw${g}-legacy\n`,
    );
    add(
      'Gateway',
      `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: gw${g}
  namespace: ${ns}
spec:
  gatewayClassName: bench
  listeners:
  - name: www
    port: 443
    protocol: HTTPS
    hostname: www.${domain}
    tls:
      certificateRefs:
      - name: gw${g}-www
        namespace: certs
    allowedRoutes:
      namespaces:
        from: Selector
        selector:
          matchLabels:
            tier: internal
  - name: wildcard
    port: 443
    protocol: HTTPS
    hostname: "*.${domain}"
    tls:
      mode: Terminate
      certificateRefs:
      - kind: Secret
        name: gw${g}-wildcard
        namespace: certs
    allowedRoutes:
      namespaces:
        from: All
  - name: api
    port: 443
    protocol: HTTPS
    hostname: api.${domain}
    tls:
      certificateRefs:
      - name: gw${g}-api
        namespace: certs
      options:
        example.com/min-tls-version: "1.2"
  - name: legacy
    port: 8443
    protocol: HTTPS
    hostname: legacy.${domain}
    tls:
      certificateRefs:
      - name: gw${g}-legacy
        namespace: certs
  - name: passthrough
    port: 9443
    protocol: TLS
    hostname: "*.pt.${domain}"
    tls:
      mode: Passthrough
  - name: http
    port: 80
    protocol: HTTP
`,
    );
  }
  const services = n(2000);
  for (let s = 0; s < services; s++) {
    const ns = `team-${s % namespaces}`;
    add(
      'Service',
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc${s}\n  namespace: ${ns}\nspec:\n  selector:\n    app: svc${s}\n  ports:\n  - name: https\n    port: 8443\n    targetPort: 8443\n  - name: http\n    port: 8080\n`,
    );
    if (s % 4 === 0) {
      const ca = await caPem(s);
      add(
        'ConfigMap',
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: svc${s}-ca\n  namespace: ${ns}\ndata:\n  ca.crt: |\n${ca
          .split('\n')
          .filter(Boolean)
          .map((l) => `    ${l}`)
          .join('\n')}\n`,
      );
    }
    if (s % 2 === 0)
      add(
        'BackendTLSPolicy',
        `apiVersion: gateway.networking.k8s.io/v1\nkind: BackendTLSPolicy\nmetadata:\n  name: svc${s}-tls\n  namespace: ${ns}\nspec:\n  targetRefs:\n  - group: ""\n    kind: Service\n    name: svc${s}\n    sectionName: https\n  validation:\n    hostname: svc${s}.${ns}.svc.cluster.local\n${s % 4 === 0 ? `    caCertificateRefs:\n    - group: ""\n      kind: ConfigMap\n      name: svc${s}-ca\n` : '    wellKnownCACertificates: System\n'}`,
      );
  }
  // Every Service namespace lets routes of every namespace use its Services (16 per grant).
  const froms = [];
  for (let i = 0; i < namespaces; i++)
    for (const kind of ['HTTPRoute', 'TLSRoute']) froms.push({ kind, ns: `team-${i}` });
  for (let i = 0; i < namespaces; i++)
    for (let k = 0; k * 16 < froms.length; k++)
      add(
        'ReferenceGrant',
        `apiVersion: gateway.networking.k8s.io/v1\nkind: ReferenceGrant\nmetadata:\n  name: routes-to-services-${k}\n  namespace: team-${i}\nspec:\n  from:\n${froms
          .slice(k * 16, k * 16 + 16)
          .map(
            (f) =>
              `  - group: gateway.networking.k8s.io\n    kind: ${f.kind}\n    namespace: ${f.ns}\n`,
          )
          .join('')}  to:\n  - group: ""\n    kind: Service\n`,
      );
  let r = 0;
  while (docs.length < n(10000) - 1) {
    const g = r % gateways;
    const ns = `team-${(r * 7) % namespaces}`;
    const svc = `svc${(r * 13) % services}`;
    const svcNs = `team-${((r * 13) % services) % namespaces}`;
    if (r % 10 === 9) {
      add(
        'TLSRoute',
        `apiVersion: gateway.networking.k8s.io/v1\nkind: TLSRoute\nmetadata:\n  name: tls${r}\n  namespace: team-${g % namespaces}\nspec:\n  parentRefs:\n  - name: gw${g}\n    sectionName: passthrough\n  hostnames:\n  - "r${r}.pt.app${g}.example.com"\n  rules:\n  - backendRefs:\n    - name: svc${(r * 13) % services}\n      namespace: ${svcNs}\n      port: 8443\n`,
      );
    } else {
      add(
        'HTTPRoute',
        `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: route${r}
  namespace: ${ns}
spec:
  parentRefs:
  - name: gw${g}
    namespace: team-${g % namespaces}
    sectionName: ${r % 3 === 0 ? 'www' : 'wildcard'}
  hostnames:
  - ${r % 3 === 0 ? `www.app${g}.example.com` : `r${r}.app${g}.example.com`}
  rules:
${[0, 1, 2]
  .map(
    (k) => `  - name: rule-${k}
    matches:
    - path:
        type: PathPrefix
        value: /api/v${k}/${r % 5}
      headers:
      - name: x-tenant
        value: tenant-${r % 17}
    filters:
    - type: RequestHeaderModifier
      requestHeaderModifier:
        set:
        - name: x-route
          value: route${r}
    backendRefs:
    - name: ${svc}
      namespace: ${svcNs}
      port: 8443
      weight: ${10 * (k + 1)}
`,
  )
  .join('')}`,
      );
    }
    r++;
  }
  add(
    'GatewayClass',
    'apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata:\n  name: bench\nspec:\n  controllerName: example.com/bench\n',
  );
  return { text: docs.join('---\n'), counts };
}

const caCache = [];
async function caPem(i) {
  if (caCache.length < 64) caCache.push((await makeCert([`ca-${i}.internal`], false)).crt);
  return caCache[i % caCache.length];
}
