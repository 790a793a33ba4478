import type { Resource } from '../model/gateway-api';
import type { Finding } from '../model/finding';
import type { ParsedDocument } from '../parse/parse-document';
import type { ParsedFile } from '../parse/parse-file';
import type { DocumentObjects, DocumentObjectsCache, ObjectEntry } from './document-objects';
import { encodingFindings } from './parse-findings';

/** The objects of a workspace, and what changed since the last collection. */
export interface Collected {
  readonly findings: Finding[];
  /** Every object, in file and document order. */
  readonly all: readonly ObjectEntry[];
  /** The objects that count: the last definition of each key. */
  readonly live: readonly ObjectEntry[];
  readonly resources: readonly Resource[];
  /** Documents (by position) that left or arrived since the last collection. */
  readonly out: readonly DocumentObjects[];
  readonly in: readonly DocumentObjects[];
  readonly duplicates: boolean;
}

interface FileState {
  readonly ns: string;
  readonly parsed: ParsedDocument[];
  readonly objects: DocumentObjects[];
}

/**
 * Gathers every document's objects, reusing what sat at the same position last time, and keeps
 * a count of object keys so duplicates are known without a pass over everything.
 */
export class ObjectCollector {
  private files = new Map<string, FileState>();
  private keyCount = new Map<string, number>();
  private duplicated = 0;

  constructor(private readonly cache: DocumentObjectsCache) {}

  /**
   * @param keepLastGood while a document does not parse (someone is typing), keep the objects
   *   of its last good version at that place, so the graph does not lose them meanwhile; the
   *   syntax errors are still reported.
   */
  collect(files: readonly ParsedFile[], defaultNamespace: string, keepLastGood = false): Collected {
    const findings: Finding[] = [];
    const all: ObjectEntry[] = [];
    const out: DocumentObjects[] = [];
    const into: DocumentObjects[] = [];
    const next = new Map<string, FileState>();
    for (const file of files) {
      for (const f of encodingFindings(file)) findings.push(f);
      const path = file.source.path;
      const before = this.files.get(path);
      const same = before?.ns === defaultNamespace ? before : undefined;
      const state: FileState = { ns: defaultNamespace, parsed: [], objects: [] };
      next.set(path, state);
      for (const doc of file.documents) {
        const i = state.objects.length;
        const was = before?.objects[i];
        let d =
          same && same.parsed[i] === doc.parsed && was
            ? was
            : this.cache.get(doc.parsed, path, doc.index, defaultNamespace);
        if (
          keepLastGood &&
          was &&
          d !== was &&
          unreadable(doc.parsed) &&
          !unreadable(same?.parsed[i])
        )
          d = { ...was, findings: d.findings };
        if (was !== d) {
          if (was) out.push(was);
          into.push(d);
        }
        // A kept document stays recorded as its good version, so it is kept until fixed.
        state.parsed.push(
          d.entries === was?.entries && unreadable(doc.parsed)
            ? (same?.parsed[i] ?? doc.parsed)
            : doc.parsed,
        );
        state.objects.push(d);
        for (const f of d.findings) findings.push(f);
        for (const e of d.entries) all.push(e);
      }
      if (before)
        for (let i = state.objects.length; i < before.objects.length; i++)
          out.push(before.objects[i] as DocumentObjects);
    }
    for (const [path, before] of this.files) if (!next.has(path)) out.push(...before.objects);
    this.files = next;
    this.count(out, -1);
    this.count(into, 1);

    let live: readonly ObjectEntry[] = all;
    if (this.duplicated > 0) live = lastDefinitions(all, findings);
    const resources: Resource[] = [];
    for (const e of live) if (e.resource) resources.push(e.resource);
    return { findings, all, live, resources, out, in: into, duplicates: this.duplicated > 0 };
  }

  /** The objects of a document as last collected (while it does not parse, maybe its last good version). */
  entriesAt(file: string, doc: number): readonly ObjectEntry[] {
    return this.files.get(file)?.objects[doc]?.entries ?? [];
  }

  private count(docs: readonly DocumentObjects[], by: 1 | -1): void {
    for (const d of docs)
      for (const e of d.entries) {
        const k = e.object.key;
        const before = this.keyCount.get(k) ?? 0;
        const after = before + by;
        if (after === 0) this.keyCount.delete(k);
        else this.keyCount.set(k, after);
        if (before <= 1 && after > 1) this.duplicated++;
        else if (before > 1 && after <= 1) this.duplicated--;
      }
  }
}

/** A document whose text could not be read (a YAML error, no value). */
function unreadable(parsed: ParsedDocument | undefined): boolean {
  return (
    !!parsed && parsed.value === undefined && parsed.problems.some((p) => p.severity === 'error')
  );
}

/** With duplicates, the last definition of a key wins (as kubectl apply would leave it). */
function lastDefinitions(all: readonly ObjectEntry[], findings: Finding[]): ObjectEntry[] {
  const byKey = new Map<string, number>();
  all.forEach((e, i) => {
    const o = e.object;
    const dup = byKey.get(o.key);
    if (dup !== undefined)
      findings.push({
        code: 'DUPLICATE_OBJECT',
        severity: 'warning',
        message: `${o.key} is defined more than once; the last definition wins, as with kubectl apply.`,
        origin: (all[dup] as ObjectEntry).object.origin,
        path: ['metadata', 'name'],
        object: o.key,
      });
    byKey.set(o.key, i);
  });
  return all.filter((x, i) => byKey.get(x.object.key) === i);
}
