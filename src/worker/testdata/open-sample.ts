/**
 * Test-only: a sample of `public/samples` opened as the app opens it (its ordered certificates
 * made by the worker's own code, relative to `now`).
 */
import { readFileSync } from 'node:fs';
import { applyFileEdits } from '../../core';
import type { SourceFile } from '../../core';
import type { Sample } from '../../ui/io/samples';
import { issueCertificates } from '../issue-certificates';

const dir = new URL('../../../public/samples/', import.meta.url);

export function sampleIndex(): Sample[] {
  return JSON.parse(readFileSync(new URL('index.json', dir), 'utf8')) as Sample[];
}

export async function openSample(id: string, now: Date): Promise<SourceFile[]> {
  const sample = sampleIndex().find((s) => s.id === id);
  if (!sample) throw new Error(`no sample ${id}`);
  const files = sample.files.map((path) => ({
    path,
    text: readFileSync(new URL(path, dir), 'utf8'),
  }));
  const edits = await issueCertificates(files, sample.certificates ?? [], now);
  return applyFileEdits(files, edits);
}
