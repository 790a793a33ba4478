import { Document, isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { Path, PathPart } from '../model/path';
import { fastParse } from './fast-parse';
import { exceedsNesting } from './nesting-depth';
import type { FastResult } from './fast-parse';

/** A problem found while parsing one document; offsets are relative to the document's text. */
export interface ParseProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

/** One YAML document parsed on its own. Immutable, so it can be cached by its text. */
export interface ParsedDocument {
  readonly text: string;
  /** Plain JavaScript value (`undefined` when the document is empty or could not be read). */
  readonly value: unknown;
  readonly problems: readonly ParseProblem[];
  /** Document-relative `[start, end)` of what `path` names, or of its deepest existing ancestor. */
  locate(path: Path, part?: PathPart): { start: number; end: number; exact: boolean };
}

const yamlCodes: Record<string, string> = {
  DUPLICATE_KEY: 'YAML_DUPLICATE_KEY',
  BAD_ALIAS: 'YAML_BAD_ALIAS',
  BAD_INDENT: 'YAML_BAD_INDENT',
  TAB_AS_INDENT: 'YAML_BAD_INDENT',
  MULTIPLE_DOCS: 'YAML_SYNTAX',
};

/** Alias expansions allowed per document before it is treated as an expansion bomb. */
const MAX_ALIAS_COUNT = 1000;
/** Flow and compact-sequence nesting beyond which a document is refused (manifests use < 20). */
const MAX_NESTING = 200;
/** Characters in one document beyond which we refuse to build a value (bounded memory). */
const MAX_DOCUMENT_CHARS = 64 * 1024 * 1024;

/**
 * Parses one document's text. Never throws. Documents in the plain subset of YAML that
 * Kubernetes manifests use take a fast path (see fast-parse.ts); the rest are read by `yaml`.
 */
export function parseYamlDocument(text: string): ParsedDocument {
  if (text.length <= MAX_DOCUMENT_CHARS) {
    const fast = fastParse(text);
    if (fast) return new FastParsedDocument(text, fast);
  }
  return parseWithYaml(text);
}

/** Parses one document's text with the `yaml` package, whatever it holds. Never throws. */
export function parseWithYaml(text: string): ParsedDocument {
  const problems: ParseProblem[] = [];
  if (text.length > MAX_DOCUMENT_CHARS) {
    problems.push({
      code: 'INPUT_TOO_LARGE',
      severity: 'error',
      message: `Document is ${text.length} characters; the limit is ${MAX_DOCUMENT_CHARS}.`,
      start: 0,
      end: 0,
    });
    return new Parsed(text, undefined, problems, null);
  }
  // Recursive parsers overflow their stack on pathological nesting; refuse it up front.
  const tooDeep = exceedsNesting(text, MAX_NESTING);
  if (tooDeep !== undefined) {
    problems.push({
      code: 'YAML_TOO_DEEP',
      severity: 'error',
      message: `The document nests collections more than ${MAX_NESTING} levels deep here; it is not read.`,
      start: tooDeep,
      end: tooDeep + 1,
    });
    return new Parsed(text, undefined, problems, null);
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      logLevel: 'silent',
      merge: true,
      prettyErrors: false,
      uniqueKeys: true,
      strict: true,
    });
  } catch (e) {
    problems.push(fatal(e, text));
    return new Parsed(text, undefined, problems, null);
  }
  for (const err of doc.errors) {
    const tooDeep = /call stack/i.test(err.message);
    problems.push({
      code: tooDeep ? 'YAML_TOO_DEEP' : (yamlCodes[err.code] ?? 'YAML_SYNTAX'),
      severity: 'error',
      message: tooDeep ? 'The document is nested too deeply to read.' : firstLine(err.message),
      start: clamp(err.pos[0], text.length),
      end: clamp(err.pos[1], text.length),
    });
  }
  for (const w of doc.warnings) {
    problems.push({
      code: 'YAML_WARNING',
      severity: 'warning',
      message: firstLine(w.message),
      start: clamp(w.pos[0], text.length),
      end: clamp(w.pos[1], text.length),
    });
  }
  // Duplicate keys are reported, but the document is still read (the last value wins) so the
  // rest of the workspace can be resolved around it.
  if (doc.errors.some((e) => e.code !== 'DUPLICATE_KEY'))
    return new Parsed(text, undefined, problems, doc);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    problems.push(fatal(e, text));
    return new Parsed(text, undefined, problems, doc);
  }
  return new Parsed(text, value, problems, doc);
}

function fatal(e: unknown, text: string): ParseProblem {
  const message = e instanceof Error ? e.message : String(e);
  // An alias to an anchor that is not there is a bad alias, not an expansion bomb.
  if (/unresolved alias/i.test(message))
    return {
      code: 'YAML_BAD_ALIAS',
      severity: 'error',
      message: firstLine(message),
      start: 0,
      end: Math.min(text.length, 1),
    };
  if (/alias/i.test(message))
    return {
      code: 'YAML_ALIAS_LIMIT',
      severity: 'error',
      message: `Aliases expand to more than ${MAX_ALIAS_COUNT} nodes; the document looks like an expansion bomb and is not read.`,
      start: 0,
      end: Math.min(text.length, 1),
    };
  if (e instanceof RangeError || /call stack/i.test(message))
    return {
      code: 'YAML_TOO_DEEP',
      severity: 'error',
      message: 'The document is nested too deeply to read.',
      start: 0,
      end: Math.min(text.length, 1),
    };
  return { code: 'YAML_SYNTAX', severity: 'error', message: firstLine(message), start: 0, end: 0 };
}

function firstLine(s: string): string {
  const i = s.indexOf('\n');
  return (i === -1 ? s : s.slice(0, i)).replace(/ at line \d+, column \d+:?$/, '').trim();
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, Number.isFinite(n) ? n : 0));
}

const noProblems: readonly ParseProblem[] = Object.freeze([]);

class FastParsedDocument implements ParsedDocument {
  readonly problems = noProblems;

  constructor(
    readonly text: string,
    private readonly fast: FastResult,
  ) {}

  get value(): unknown {
    return this.fast.value;
  }

  locate(path: Path, part: PathPart = 'value'): { start: number; end: number; exact: boolean } {
    return this.fast.locate(path, part);
  }
}

class Parsed implements ParsedDocument {
  constructor(
    readonly text: string,
    readonly value: unknown,
    readonly problems: readonly ParseProblem[],
    private readonly doc: Document.Parsed | null,
  ) {}

  locate(path: Path, part: PathPart = 'value'): { start: number; end: number; exact: boolean } {
    const doc = this.doc;
    const whole = { start: 0, end: this.text.length, exact: path.length === 0 };
    if (!doc || !doc.contents) return whole;
    let node: YamlNode | null = doc.contents as YamlNode;
    let keyNode: YamlNode | null = null;
    let found = { start: node.range?.[0] ?? 0, end: node.range?.[1] ?? 0 };
    for (let i = 0; i < path.length; i++) {
      const seg = path[i] as string | number;
      if (isAlias(node)) node = (node.resolve(doc) as YamlNode | undefined) ?? null;
      if (!node) break;
      let next: YamlNode | null = null;
      keyNode = null;
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const k = pair.key;
          const kv = isScalar(k) ? k.value : k;
          if (kv === seg || (typeof seg === 'number' && kv === String(seg)) || String(kv) === seg) {
            keyNode = isScalar(k) ? (k as YamlNode) : null;
            next = (pair.value as YamlNode | null) ?? null;
            if (!next && keyNode) {
              // `key:` with no value: the key is the best place to point at.
              const r = keyNode.range;
              if (r) return { start: r[0], end: r[1], exact: i === path.length - 1 };
            }
            break;
          }
        }
      } else if (isSeq(node) && typeof seg === 'number') {
        next = (node.items[seg] as YamlNode | undefined) ?? null;
      }
      if (!next) return { ...found, exact: false };
      node = next;
      const r = node.range;
      if (r) found = { start: r[0], end: r[1] };
    }
    if (part === 'key' && keyNode?.range) {
      return { start: keyNode.range[0], end: keyNode.range[1], exact: true };
    }
    return { ...found, exact: true };
  }
}
