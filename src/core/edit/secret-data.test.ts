import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { secretDataEdits } from './secret-data';
import { applyTextEdits } from './text-edit';

const pem = '-----BEGIN CERTIFICATE-----\nMIIB\nAAAA\n-----END CERTIFICATE-----\n';
const key = '-----BEGIN PRIVATE KEY-----\nMIGH\n-----END PRIVATE KEY-----\n';

const workspace = `# the edge's certificates
apiVersion: v1
kind: Secret
metadata:
  name: other
  namespace: infra
stringData:
  tls.crt: |
    untouched
---
apiVersion: v1
kind: Secret
metadata:
  name: shop-cert # the shop
  namespace: infra
type: kubernetes.io/tls
stringData:
    tls.crt: |
        old line 1
        old line 2
    # the key
    tls.key: "old key"
---
apiVersion: v1
kind: Secret
metadata:
  name: data-cert
data:
  tls.crt: b2xk # base64
  tls.key: 'b2xk'
`;

function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  return after.split('\n').filter((l, i) => a[i] !== l || !a.includes(l));
}

describe('secretDataEdits', () => {
  it('rewrites stringData entries in place, keeping indentation, comments and other documents', () => {
    const edits = secretDataEdits(
      workspace,
      { namespace: 'infra', name: 'shop-cert' },
      {
        'tls.crt': pem,
        'tls.key': key,
      },
    );
    expect(edits).toHaveLength(2);
    const out = applyTextEdits(workspace, edits ?? []);
    const docs = parseAllDocuments(out).map((d) => d.toJS());
    expect(docs[1].stringData).toEqual({ 'tls.crt': pem, 'tls.key': key });
    expect(docs[0]).toEqual(parseAllDocuments(workspace)[0]?.toJS());
    expect(out).toContain('    tls.crt: |\n        -----BEGIN CERTIFICATE-----\n        MIIB\n');
    expect(out).toContain('    # the key\n    tls.key: "-----BEGIN PRIVATE KEY-----\\nMIGH');
    expect(out).toContain('name: shop-cert # the shop');
    expect(out.startsWith("# the edge's certificates\n")).toBe(true);
    expect(
      out.slice(out.indexOf('---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: data-cert')),
    ).toBe(
      workspace.slice(
        workspace.indexOf('---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: data-cert'),
      ),
    );
    expect(changedLines(workspace, out).join('\n')).not.toContain('untouched');
  });

  it('writes data entries as base64 in the style they had, Secrets without a namespace in the default one', () => {
    const edits = secretDataEdits(
      workspace,
      { namespace: 'default', name: 'data-cert' },
      {
        'tls.crt': pem,
        'tls.key': key,
      },
    );
    const out = applyTextEdits(workspace, edits ?? []);
    const data = parseAllDocuments(out)[2]?.toJS().data;
    expect(Buffer.from(data['tls.crt'], 'base64').toString()).toBe(pem);
    expect(Buffer.from(data['tls.key'], 'base64').toString()).toBe(key);
    expect(out).toMatch(/tls\.crt: [A-Za-z0-9+/=]+ # base64\n/);
    expect(out).toMatch(/tls\.key: '[A-Za-z0-9+/=]+'\n$/);
  });

  it('keeps CRLF line ends and a block without a final line break', () => {
    const crlf =
      'kind: Secret\r\nmetadata:\r\n  name: s\r\nstringData:\r\n  tls.crt: |-\r\n    old';
    const out = applyTextEdits(
      crlf,
      secretDataEdits(crlf, { namespace: 'default', name: 's' }, { 'tls.crt': pem }) ?? [],
    );
    expect(out).toBe(
      'kind: Secret\r\nmetadata:\r\n  name: s\r\nstringData:\r\n  tls.crt: |\r\n    -----BEGIN CERTIFICATE-----\r\n    MIIB\r\n    AAAA\r\n    -----END CERTIFICATE-----',
    );
  });

  it('gives nothing when the Secret or the entry is not there', () => {
    expect(
      secretDataEdits(workspace, { namespace: 'infra', name: 'nope' }, { 'tls.crt': pem }),
    ).toBeUndefined();
    expect(
      secretDataEdits(workspace, { namespace: 'default', name: 'shop-cert' }, { 'tls.crt': pem }),
    ).toBeUndefined();
    expect(
      secretDataEdits(workspace, { namespace: 'infra', name: 'other' }, { 'tls.key': key }),
    ).toBeUndefined();
  });
});
