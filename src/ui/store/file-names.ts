/**
 * Names of workspace files: a name not taken yet ("gateway (2).yaml"), and what a name typed
 * for a file is wrong with, if anything.
 */

/** `name`, or with " (2)", " (3)", … before its extension, whichever is not in `taken`. */
export function uniqueName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const slash = name.lastIndexOf('/');
  const dot = name.lastIndexOf('.');
  const cut = dot > slash + 1 ? dot : name.length;
  const stem = name.slice(0, cut).replace(/ \(\d+\)$/, '');
  const ext = name.slice(cut);
  for (let n = 2; ; n++) {
    const candidate = `${stem} (${n})${ext}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Why `name` cannot name a file of the workspace (renaming `from`), or undefined when it can. */
export function nameProblem(
  name: string,
  taken: readonly string[],
  from?: string,
): string | undefined {
  if (!name.trim()) return 'A file needs a name.';
  if (name !== name.trim()) return 'A name cannot start or end with a space.';
  if (name !== from && taken.includes(name)) return `There is a file named ${name} already.`;
  return undefined;
}
