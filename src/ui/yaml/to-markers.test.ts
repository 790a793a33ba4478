import { describe, expect, it } from 'vitest';
import type { Diagnostic, SourceRange } from '../../core';
import { markerSeverity, toMarkers } from './to-markers';

function range(
  file: string,
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
): SourceRange {
  return { file, start: 0, end: 0, line, column, endLine, endColumn };
}

const files = [
  { path: 'a.yaml', text: 'kind: Gateway\n' },
  { path: 'b.yaml', text: '\uFEFFkind: Secret\n' },
];

describe('toMarkers', () => {
  it('maps severity, 1-based range, code and message, per file', () => {
    const diagnostics: Diagnostic[] = [
      {
        code: 'CERT_SECRET_NOT_FOUND',
        severity: 'error',
        message: 'no Secret',
        range: range('a.yaml', 3, 5, 3, 12),
      },
      {
        code: 'CERT_EXPIRES_SOON',
        severity: 'warning',
        message: 'expires',
        range: range('a.yaml', 7, 1, 8, 2),
      },
      { code: 'NOTE', severity: 'info', message: 'fyi', range: range('b.yaml', 2, 3, 2, 4) },
    ];
    const markers = toMarkers(diagnostics, files);
    expect(markers.get('a.yaml')).toEqual([
      {
        severity: markerSeverity.error,
        message: 'no Secret',
        code: 'CERT_SECRET_NOT_FOUND',
        source: 'gwtls',
        startLineNumber: 3,
        startColumn: 5,
        endLineNumber: 3,
        endColumn: 12,
      },
      {
        severity: markerSeverity.warning,
        message: 'expires',
        code: 'CERT_EXPIRES_SOON',
        source: 'gwtls',
        startLineNumber: 7,
        startColumn: 1,
        endLineNumber: 8,
        endColumn: 2,
      },
    ]);
    expect(markers.get('b.yaml')?.[0]).toMatchObject({
      severity: markerSeverity.info,
      startLineNumber: 2,
      startColumn: 3,
    });
  });

  it('uses Monaco severity values', () => {
    expect(markerSeverity).toEqual({ error: 8, warning: 4, info: 2 });
  });

  it('gives every workspace file an entry, so stale markers are cleared', () => {
    expect([...toMarkers([], files).entries()]).toEqual([
      ['a.yaml', []],
      ['b.yaml', []],
    ]);
  });

  it('drops diagnostics without a position or about other files', () => {
    const diagnostics: Diagnostic[] = [
      { code: 'READ_FAILED', severity: 'error', message: 'unreadable' },
      { code: 'X', severity: 'error', message: 'elsewhere', range: range('gone.yaml', 1, 1, 1, 2) },
    ];
    expect([...toMarkers(diagnostics, files).values()].flat()).toEqual([]);
  });

  it('shifts line 1 columns of a file with a byte order mark (Monaco keeps it outside the text)', () => {
    const diagnostics: Diagnostic[] = [
      {
        code: 'YAML_SYNTAX',
        severity: 'error',
        message: 'bad',
        range: range('b.yaml', 1, 2, 1, 6),
      },
    ];
    expect(toMarkers(diagnostics, files).get('b.yaml')?.[0]).toMatchObject({
      startColumn: 1,
      endColumn: 5,
    });
  });
});
