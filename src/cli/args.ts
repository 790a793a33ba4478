/** A small, strict argv parser: `--flag value`, `--flag=value`, boolean flags, positionals. */
export interface ParsedArgs {
  readonly positionals: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
}

export class UsageError extends Error {}

export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
  booleans: readonly string[] = [],
): ParsedArgs {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq === -1 ? a.slice(2) : a.slice(2, eq);
      if (booleans.includes(name)) {
        if (eq !== -1) throw new UsageError(`--${name} takes no value`);
        flags.add(name);
      } else if (valued.includes(name)) {
        const value = eq === -1 ? argv[++i] : a.slice(eq + 1);
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        options.set(name, value);
      } else throw new UsageError(`unknown option --${name}`);
    } else if (a === '-h') flags.add('help');
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else positionals.push(a);
  }
  return { positionals, options, flags };
}
