import type { HashName } from './algorithms';
import { sha1 } from './sha1';
import { sha256 } from './sha256';
import { sha384, sha512 } from './sha512';

const hashes: Readonly<Record<HashName, (data: Uint8Array) => Uint8Array>> = {
  'SHA-1': sha1,
  'SHA-256': sha256,
  'SHA-384': sha384,
  'SHA-512': sha512,
};

/** Synchronous digest by WebCrypto name. */
export function digest(hash: HashName, data: Uint8Array): Uint8Array {
  return hashes[hash](data);
}
