import { exportWorkspace } from '../../core';
import type { SourceFile } from '../../core';
import { originalBytes } from './read-files';

/** The export as bytes: one unedited imported file comes back exactly as it was read. */
export function exportBytes(files: readonly SourceFile[]): Uint8Array {
  const only = files.length === 1 ? files[0] : undefined;
  const original = only ? originalBytes(only.path, only.text) : undefined;
  return original ?? new TextEncoder().encode(exportWorkspace(files));
}

export function exportFileName(files: readonly SourceFile[]): string {
  const only = files.length === 1 ? files[0]?.path : undefined;
  return only && /\.(ya?ml|json)$/i.test(only)
    ? (only.split('/').pop() ?? 'workspace.yaml')
    : 'workspace.yaml';
}

export function download(files: readonly SourceFile[]): void {
  const blob = new Blob([exportBytes(files) as BlobPart], { type: 'application/yaml' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(files);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
