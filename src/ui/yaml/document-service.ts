/**
 * monaco-yaml's language service, asked one YAML document at a time (see `yaml-chunks.ts`).
 * A request about a place (completion, hover, code actions, …) is answered from the document
 * holding it; validation reads every document but asks the service again only for documents
 * whose text changed since the last validation of the file. Answers are moved back to the
 * file's lines and address, so monaco-yaml sees the same service it created.
 */
import {
  allWithin,
  anchorLine,
  documentSpanAt,
  documentSpans,
  relocate,
  spanText,
} from './yaml-chunks';
import { fitListItemSnippets } from './list-item-snippets';

/** The part of Monaco's worker-side text model the service reads. */
export interface MirrorModel {
  readonly uri: { toString(): string };
  readonly version: number;
  readonly eol: string;
  getValue(): string;
  getLinesContent(): string[];
}

/** A read-only model of `text` at `address` (the document slot's, and tests' stand-ins). */
export function mirrorModel(
  address: string,
  text: string,
  eol: string,
  version: number,
): MirrorModel {
  return {
    uri: { toString: () => address },
    eol,
    version,
    getValue: () => text,
    getLinesContent: () => text.split(eol),
  };
}

export interface WorkerContext {
  getMirrorModels(): MirrorModel[];
}

type Method = (uri: string, ...args: unknown[]) => unknown;
export type LanguageService = Record<string, Method>;
export type CreateService = (ctx: WorkerContext, createData: unknown) => LanguageService;

/** Requests about one place: their first argument after the address is a position or range. */
const AT_PLACE = new Set([
  'doComplete',
  'doDefinition',
  'doHover',
  'doRename',
  'prepareRename',
  'doDocumentOnTypeFormatting',
  'getCodeAction',
  'getSelectionRanges',
]);

/**
 * The one document the inner service is reading. It reads a model's text at the start of a
 * request, synchronously, so one slot serves every request; its version changes with its text
 * so the service's parse cache stays right.
 */
class DocumentSlot {
  private text = '';
  private address = '';
  private eol = '\n';
  private version = 0;

  /** Holds a document's text (lines ending in `eol`) of file `fileUri`; returns the address to ask about it. */
  hold(fileUri: string, text: string, eol: string): string {
    const address = `${fileUri}#document`;
    if (text !== this.text || address !== this.address) this.version++;
    this.text = text;
    this.address = address;
    this.eol = eol;
    return address;
  }

  get current(): MirrorModel {
    return mirrorModel(this.address, this.text, this.eol, this.version);
  }
}

/** Diagnostics of one document's text, on its own lines (0 = its first line). */
type Validated = Map<string, readonly unknown[]>;

/** How long validation works before it lets the worker read messages, and the clock it reads. */
export interface Pacing {
  readonly budgetMs: number;
  readonly clock: () => number;
}

const PACING: Pacing = { budgetMs: 20, clock: () => performance.now() };

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function byDocument(
  ctx: WorkerContext,
  createData: unknown,
  create: CreateService,
  { budgetMs, clock }: Pacing = PACING,
): LanguageService {
  const slot = new DocumentSlot();
  const inner = create(
    { getMirrorModels: () => [slot.current, ...ctx.getMirrorModels()] },
    createData,
  );
  const modelOf = (uri: string) => ctx.getMirrorModels().find((m) => String(m.uri) === uri);
  const validated = new Map<string, Validated>();

  const call = (name: string, uri: string, args: unknown[]): unknown =>
    (inner[name] as Method)(uri, ...args);

  async function atPlace(name: string, uri: string, args: unknown[]): Promise<unknown> {
    const model = modelOf(uri);
    const line = anchorLine(args[0]);
    if (!model || line === undefined) return call(name, uri, args);
    const lines = model.getLinesContent();
    const span = documentSpanAt(lines, line);
    if (!allWithin(args[0], span)) return call(name, uri, args);
    const address = slot.hold(uri, spanText(lines, span, model.eol), model.eol);
    const answer = await call(name, address, relocate(args, -span.start, uri, address));
    const moved = relocate(answer, span.start, address, uri);
    if (name !== 'doComplete') return moved;
    const character = (args[0] as { character?: number }).character ?? 0;
    return fitListItemSnippets(moved, (lines[line] ?? '').slice(0, character));
  }

  /**
   * Diagnostics of every document of a file, on the file's lines. New document texts are
   * validated in slices of `budgetMs`, letting the worker read model changes in between; once
   * the file has changed the rest is left (Monaco drops a stale answer anyway) and what was
   * found so far is kept, so the first check of a big file uses the pauses in typing instead
   * of a core for seconds while the person types.
   */
  async function doValidation(uri: string): Promise<unknown> {
    const model = modelOf(uri);
    if (!model) return call('doValidation', uri, []);
    for (const known of validated.keys()) if (!modelOf(known)) validated.delete(known);
    const version = model.version;
    const lines = model.getLinesContent();
    const before = validated.get(uri);
    const now: Validated = new Map();
    const all: unknown[] = [];
    let slice = clock();
    for (const span of documentSpans(lines)) {
      const text = spanText(lines, span, model.eol);
      let found = now.get(text) ?? before?.get(text);
      if (!found) {
        if (clock() - slice >= budgetMs) {
          await nextTask();
          slice = clock();
          if (modelOf(uri)?.version !== version) {
            validated.set(uri, new Map([...(before ?? []), ...now]));
            return all;
          }
        }
        const address = slot.hold(uri, text, model.eol);
        const answer = (await call('doValidation', address, [])) as unknown[] | undefined;
        found = relocate(answer ?? [], 0, address, uri);
      }
      now.set(text, found);
      for (const d of found) all.push(span.start ? relocate(d, span.start, uri, uri) : d);
    }
    validated.set(uri, now);
    return all;
  }

  const service: LanguageService = {};
  for (const [name, method] of Object.entries(inner)) {
    if (typeof method !== 'function') continue;
    if (name === 'doValidation') service[name] = doValidation;
    else if (name === 'resetSchema')
      service[name] = (uri, ...args) => {
        validated.clear();
        return call(name, uri, args);
      };
    else if (AT_PLACE.has(name)) service[name] = (uri, ...args) => atPlace(name, uri, args);
    else service[name] = (uri, ...args) => call(name, uri, args);
  }
  return service;
}
