import type { SourceFile } from '../core';
import type { CliIO } from './io';

export interface InputFile extends SourceFile {
  /** The bytes as read, so an unedited export can write them back exactly. */
  readonly bytes: Uint8Array;
  /** The bytes are not valid UTF-8 (the text holds replacement characters). */
  readonly invalidUtf8: boolean;
}

const yamlFile = /\.(ya?ml|json)$/i;
const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export function decode(path: string, bytes: Uint8Array): InputFile {
  try {
    return { path, text: strict.decode(bytes), bytes, invalidUtf8: false };
  } catch {
    return { path, text: lenient.decode(bytes), bytes, invalidUtf8: true };
  }
}

function walk(io: CliIO, dir: string, out: string[]): void {
  for (const name of io.readDir(dir).sort()) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
    const kind = io.stat(p);
    if (kind === 'dir') walk(io, p, out);
    else if (kind === 'file' && yamlFile.test(name)) out.push(p);
  }
}

/**
 * Reads the files named on the command line: files as given, directories recursively
 * (`*.yaml`, `*.yml`, `*.json`), and `-` for standard input. Throws a message for paths
 * that cannot be read.
 */
export async function readInputs(io: CliIO, paths: readonly string[]): Promise<InputFile[]> {
  const files: InputFile[] = [];
  for (const p of paths) {
    if (p === '-') {
      files.push(decode('<stdin>', await io.readStdin()));
      continue;
    }
    const kind = io.stat(p);
    if (kind === undefined) throw new Error(`${p}: no such file or directory`);
    if (kind === 'dir') {
      const found: string[] = [];
      walk(io, p, found);
      for (const f of found) files.push(decode(f, io.readFile(f)));
    } else files.push(decode(p, io.readFile(p)));
  }
  return files;
}
