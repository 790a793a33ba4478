import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { analyzeWorkspace } from '../../core';
import { kindVersions } from './kind-versions';
import { skeletonFor, snippetText } from './skeletons';

const NOW = new Date('2031-03-04T05:06:07Z');

const findings = (text: string) =>
  analyzeWorkspace([{ path: 'new.yaml', text }], { now: NOW }).diagnostics.map(
    (d) => `${d.severity} ${d.code}`,
  );

const skeleton = (kind: string, version?: string) => {
  const k = kindVersions().find((x) => x.kind === kind && (!version || x.version === version));
  const s = k && skeletonFor(k);
  if (!s) throw new Error(`no skeleton for ${kind}`);
  return s;
};

/** What a reference to an object a lone skeleton does not bring says. */
const MISSING_REFERENT = new Set([
  'error PARENT_NOT_FOUND',
  'error BACKEND_NOT_FOUND',
  'error BACKEND_TLS_TARGET_NOT_FOUND',
  'info BACKEND_TLS_NO_GATEWAY',
]);

describe('document skeletons', () => {
  it('exist for every kind and version the core reads, labelled by both', () => {
    for (const k of kindVersions())
      expect(skeletonFor(k)?.label).toBe(`${k.kind} — ${k.apiVersion}`);
    expect(skeleton('Gateway', 'v1').label).toBe('Gateway — gateway.networking.k8s.io/v1');
  });

  it('are one document of their kind and version, with tab stops and no zero port', () => {
    for (const k of kindVersions()) {
      const { snippet } = skeletonFor(k)!;
      expect(snippet).toMatch(/\$\{1:[^}]+\}/);
      const doc = parse(snippetText(snippet)) as Record<string, unknown>;
      expect(doc.apiVersion).toBe(k.apiVersion);
      expect(doc.kind).toBe(k.kind);
      expect(snippetText(snippet)).not.toMatch(/port: 0\b/);
    }
  });

  it('are valid as inserted: no findings but references to objects not written yet', () => {
    for (const k of kindVersions()) {
      const left = findings(snippetText(skeletonFor(k)!.snippet)).filter(
        (f) => !MISSING_REFERENT.has(f),
      );
      expect(left, k.apiVersion + ' ' + k.kind).toEqual([]);
    }
  });

  it('a new Gateway has no findings at all', () => {
    expect(findings(snippetText(skeleton('Gateway', 'v1').snippet))).toEqual([]);
    expect(findings(snippetText(skeleton('Gateway', 'v1beta1').snippet))).toEqual([]);
  });

  it('refer to each other: a Gateway, its route, their Service and its policy have no findings', () => {
    const story = ['GatewayClass', 'Gateway', 'HTTPRoute', 'Service', 'BackendTLSPolicy']
      .concat(['Secret', 'ConfigMap', 'ReferenceGrant', 'Namespace'])
      .map((kind) => snippetText(skeleton(kind).snippet))
      .join('---\n');
    expect(findings(story)).toEqual([]);
  });
});
