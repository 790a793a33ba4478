const CHUNK = 4096;

/**
 * Length of the common prefix and suffix of two texts (not overlapping), compared a chunk at
 * a time so a one-character edit in megabytes of YAML costs a few string comparisons.
 */
export function changedRegion(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (
    prefix + CHUNK <= max &&
    a.slice(prefix, prefix + CHUNK) === b.slice(prefix, prefix + CHUNK)
  )
    prefix += CHUNK;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = max - prefix;
  let suffix = 0;
  while (
    suffix + CHUNK <= room &&
    a.slice(a.length - suffix - CHUNK, a.length - suffix) ===
      b.slice(b.length - suffix - CHUNK, b.length - suffix)
  )
    suffix += CHUNK;
  while (
    suffix < room &&
    a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)
  )
    suffix++;
  return { prefix, suffix };
}
