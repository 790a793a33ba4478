// A fast path for the small, regular subset of YAML that Kubernetes manifests use: block maps
// and sequences, one-line scalars, block scalars and one-line flow collections of scalars. It
// reads one document line by line and gives up (returns undefined) on anything outside that
// subset or anything `yaml` would report, so the caller can fall back to the `yaml` package.
//
// Values equal `parseDocument(text, { merge: true, uniqueKeys: true, strict: true }).toJS()`;
// `locate` gives the ranges of the same yaml nodes (`range[0]..range[1]`).
import type { Path, PathPart } from '../model/path';
import { DocumentReader } from './fast-document';
import { locateIn } from './fast-locate';
import type { FastResult, RootRange } from './fast-locate';

export type { FastResult } from './fast-locate';

/**
 * Parses one YAML document's text when it stays inside the subset the fast path handles;
 * returns undefined otherwise (including any input `yaml` would report a problem for).
 * Never throws.
 */
export function fastParse(text: string): FastResult | undefined {
  try {
    const parser = new DocumentReader(text, false);
    const value = parser.document();
    return new FastParsed(text, value, parser.root);
  } catch {
    // BAIL, or a stack overflow on deep nesting: the yaml path reads (and reports) the document.
    return undefined;
  }
}

/**
 * A fast-parsed document. Ranges below the root are not kept while parsing (the hot path):
 * the first `locate` that needs them reads the text again, recording them.
 */
class FastParsed implements FastResult {
  private recorded: RootRange | null | undefined;

  constructor(
    private readonly text: string,
    readonly value: unknown,
    private readonly root: RootRange | null,
  ) {}

  locate(path: Path, part: PathPart = 'value'): { start: number; end: number; exact: boolean } {
    const root = this.root;
    if (!root) return { start: 0, end: this.text.length, exact: path.length === 0 };
    if (path.length === 0) return { start: root.start, end: root.end, exact: true };
    if (this.recorded === undefined) {
      try {
        const parser = new DocumentReader(this.text, true);
        parser.document();
        this.recorded = parser.root;
      } catch {
        this.recorded = null; // cannot happen: the same text was read once already
      }
    }
    return locateIn(this.recorded ?? root, path, part);
  }
}
