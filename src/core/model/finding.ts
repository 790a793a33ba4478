import type { Severity } from './diagnostic';
import type { Origin } from './object';
import type { Path, PathPart } from './path';

/**
 * A diagnostic before it has a source range: it names the object and the field path. Ranges are
 * computed only for findings that are reported, from the document that holds the object.
 */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly origin: Origin;
  /** Path inside the object (not including `origin.base`). */
  readonly path: Path;
  readonly part?: PathPart;
  /** `Kind/namespace/name` of the object, when the finding is about one. */
  readonly object?: string;
  /** Document-relative offsets, for findings that have a position but no path (parse errors). */
  readonly offsets?: { readonly start: number; readonly end: number };
  /** True when the API server would refuse the object (OpenAPI or CEL validation). */
  readonly rejects?: boolean;
  /**
   * Graph elements the finding concerns besides those its object and path name (see
   * graph/finding-elements.ts): a certificate problem also concerns the hostname it serves.
   */
  readonly also?: readonly string[];
}
