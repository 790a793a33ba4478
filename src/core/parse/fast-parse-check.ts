// Differential check of the fast path against the `yaml` package, shared by the tests.
import type { Path } from '../model/path';
import { fastParse } from './fast-parse';
import { parseWithYaml } from './parse-document';

/** What `checkFastParse` found: whether the fast path took the text, and the first mismatch. */
export interface FastCheck {
  readonly taken: boolean;
  readonly mismatch: string | undefined;
}

/**
 * Parses `text` with the fast path and with `yaml`. When the fast path takes it, yaml must
 * report no problem, the values must be equal (own keys in the same order) and `locate` must
 * give the same answer for every path in the value, for both parts, and for missing paths.
 */
export function checkFastParse(text: string): FastCheck {
  const fast = fastParse(text);
  if (!fast) return { taken: false, mismatch: undefined };
  const ref = parseWithYaml(text);
  const problem = ref.problems[0];
  if (problem) return { taken: true, mismatch: `yaml reports ${problem.code}: ${problem.message}` };
  const diff = difference(fast.value, ref.value, '$');
  if (diff) return { taken: true, mismatch: diff };
  for (const path of pathsOf(ref.value)) {
    for (const part of ['key', 'value'] as const) {
      const a = fast.locate(path, part);
      const b = ref.locate(path, part);
      if (a.start !== b.start || a.end !== b.end || a.exact !== b.exact) {
        return {
          taken: true,
          mismatch: `locate(${JSON.stringify(path)}, ${part}): fast ${JSON.stringify(a)}, yaml ${JSON.stringify(b)}`,
        };
      }
    }
  }
  return { taken: true, mismatch: undefined };
}

/** Every path to a node of `value`, plus a few that do not exist. */
function pathsOf(value: unknown): Path[] {
  const out: Path[] = [[], ['missing'], [0]];
  const walk = (v: unknown, path: (string | number)[]): void => {
    if (Array.isArray(v)) {
      v.forEach((item, i) => {
        out.push([...path, i]);
        walk(item, [...path, i]);
      });
      out.push([...path, v.length], [...path, 'x']);
    } else if (v !== null && typeof v === 'object') {
      for (const key of Object.keys(v)) {
        const next = [...path, key];
        out.push(next);
        if (/^-?\d+$/.test(key)) out.push([...path, Number(key)]);
        walk((v as Record<string, unknown>)[key], next);
      }
      out.push([...path, 'missing', 'deeper']);
    }
  };
  walk(value, []);
  return out;
}

function difference(a: unknown, b: unknown, at: string): string | undefined {
  if (typeof a !== typeof b) return `${at}: ${show(a)} vs ${show(b)}`;
  if (typeof a === 'number') return Object.is(a, b) ? undefined : `${at}: ${show(a)} vs ${show(b)}`;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return a === b ? undefined : `${at}: ${show(a)} vs ${show(b)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${at}: array vs object`;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at}: prototypes differ`;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${at}: keys ${show(ka)} vs ${show(kb)}`;
  for (const k of ka) {
    const d = difference(
      (a as Record<string, unknown>)[k],
      (b as Record<string, unknown>)[k],
      `${at}.${k}`,
    );
    if (d) return d;
  }
  return undefined;
}

function show(v: unknown): string {
  return typeof v === 'number' ? String(v) : (JSON.stringify(v) ?? String(v));
}
