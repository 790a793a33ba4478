import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeWorkspace } from '../../core';
import type { Diagnostic, GraphNode, Severity, SourceRange } from '../../core';
import { countBySeverity, problemNodeId, toProblemList } from './to-problem-list';
import type { ProblemQuery } from './to-problem-list';

function range(start: number, end: number, file = 'a.yaml'): SourceRange {
  return { file, start, end, line: start + 1, column: 1, endLine: end + 1, endColumn: 1 };
}

function diag(code: string, severity: Severity, r?: SourceRange, object?: string): Diagnostic {
  return { code, severity, message: `${code} message`, range: r, object };
}

function node(id: string, r?: SourceRange): GraphNode {
  return {
    id,
    type: id.includes('#') ? 'Listener' : 'Gateway',
    namespace: 'infra',
    name: id,
    label: id,
    details: [],
    state: { level: 'ok' },
    range: r,
  };
}

const all: ProblemQuery = {
  sort: 'severity',
  descending: false,
  show: new Set(['error', 'warning', 'info']),
  text: '',
};

const diagnostics = [
  diag('B_INFO', 'info', range(1, 2)),
  diag('C_WARN', 'warning', range(5, 6, 'b.yaml')),
  diag('A_ERR', 'error', range(9, 10)),
  diag('D_ERR', 'error', range(3, 4)),
];

describe('toProblemList', () => {
  it('sorts by severity, then by file and position', () => {
    expect(toProblemList(diagnostics, all).map((r) => r.diagnostic.code)).toEqual([
      'D_ERR',
      'A_ERR',
      'C_WARN',
      'B_INFO',
    ]);
  });

  it('sorts by location and by code, either way round', () => {
    expect(toProblemList(diagnostics, { ...all, sort: 'location' }).map((r) => r.location)).toEqual(
      ['a.yaml:2:1', 'a.yaml:4:1', 'a.yaml:10:1', 'b.yaml:6:1'],
    );
    expect(
      toProblemList(diagnostics, { ...all, sort: 'code', descending: true }).map(
        (r) => r.diagnostic.code,
      ),
    ).toEqual(['D_ERR', 'C_WARN', 'B_INFO', 'A_ERR']);
  });

  it('filters by severity and by text', () => {
    expect(
      toProblemList(diagnostics, { ...all, show: new Set(['warning']) }).map(
        (r) => r.diagnostic.code,
      ),
    ).toEqual(['C_WARN']);
    expect(
      toProblemList(diagnostics, { ...all, text: 'b.yaml' }).map((r) => r.diagnostic.code),
    ).toEqual(['C_WARN']);
    expect(
      toProblemList(diagnostics, { ...all, text: 'a_err' }).map((r) => r.severity.text),
    ).toEqual(['Error']);
  });

  it('counts by severity', () => {
    expect(countBySeverity(diagnostics)).toEqual({ error: 2, warning: 1, info: 1 });
  });
});

describe('problemNodeId', () => {
  const nodes = [
    node('Gateway/infra/gw', range(0, 100)),
    node('Gateway/infra/gw#l', range(20, 40)),
    node('Hostname/x'),
  ];

  it('picks the smallest node whose range holds the problem: the listener before its Gateway', () => {
    expect(problemNodeId(diag('X', 'error', range(25, 30), 'Gateway/infra/gw'), nodes)).toBe(
      'Gateway/infra/gw#l',
    );
    expect(problemNodeId(diag('X', 'error', range(50, 60)), nodes)).toBe('Gateway/infra/gw');
  });

  it('falls back to the object, and to nothing when the object is not a node', () => {
    expect(
      problemNodeId(diag('X', 'error', range(5, 6, 'other.yaml'), 'Gateway/infra/gw'), nodes),
    ).toBe('Gateway/infra/gw');
    expect(problemNodeId(diag('X', 'error', undefined, 'Service/a/b'), nodes)).toBeUndefined();
  });

  it('maps REF_NOT_PERMITTED of the troubleshooting sample to the listener "shop"', () => {
    const path = 'troubleshooting.yaml';
    const text = readFileSync(new URL(`../../../public/samples/${path}`, import.meta.url), 'utf8');
    const a = analyzeWorkspace([{ path, text }], { now: new Date('2027-01-01T00:00:00Z') });
    const d = a.diagnostics.find((x) => x.code === 'REF_NOT_PERMITTED');
    expect(d && problemNodeId(d, a.graph().nodes)).toBe('Gateway/infra/edge#shop');
  });

  it('goes to the first node a finding concerns, as the core names it', () => {
    const d = {
      ...diag('CERT_EXPIRED', 'error', range(5, 6, 'other.yaml'), 'Gateway/infra/gw'),
      elements: ['Gateway/infra/gw#nowhere', 'certificate:x->y', 'Gateway/infra/gw#l'],
    };
    expect(problemNodeId(d, nodes)).toBe('Gateway/infra/gw#l');
  });
});
