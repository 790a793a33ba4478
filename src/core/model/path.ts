/** A path into a parsed document: map keys and sequence indices, as in JSON Pointer. */
export type Path = readonly (string | number)[];

/** Which part of a map entry a range should cover. */
export type PathPart = 'key' | 'value';

/** Renders a path the way people read it: `spec.listeners[0].tls`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
