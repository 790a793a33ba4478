import type { Diagnostic } from '../core';

/** `file:line:col severity CODE message`, one per diagnostic. */
export function formatCheck(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const at = d.range ? `${d.range.file}:${d.range.line}:${d.range.column}` : '-:0:0';
      return `${at} ${d.severity} ${d.code} ${d.message.replace(/\s*\n\s*/g, ' ')}`;
    })
    .join('\n');
}
