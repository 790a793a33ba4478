import { applyFileEdits } from '../../core';
import type { SniAnswer, SourceFile, SourceRange } from '../../core';
import { ResolverClient } from '../../worker/client';
import type { WorkerState } from '../../worker/client';
import type { TextEdit } from '../../worker/text-sync';
import type { WorkspaceResult } from '../../worker/protocol';
import { snapshotFor } from '../../worker/snapshot';
import type { AnalysisSnapshot } from '../../worker/snapshot';
import type { Sample } from '../io/samples';
import { now } from '../clock';
import { fileActions } from './file-actions';
import type { WorkspaceQuestion } from './file-actions';
import { Store } from './store';

/** What is selected, and where the selection came from (so the source does not echo it back). */
export interface Selection {
  readonly nodeId?: string;
  readonly range?: SourceRange;
  readonly from: 'graph' | 'yaml' | 'problems' | 'hosts' | 'inspector';
}

/** The YAML pane registers these so the toolbar and other panes can drive the editor. */
export interface EditorApi {
  undo(): void;
  redo(): void;
  reveal(range: SourceRange): void;
  /** The version of each open file's text model (it returns to an earlier one on undo). */
  versions?(): ReadonlyMap<string, number>;
  /** Undoes (redoes) the last edit of a file's text model. */
  undoFile?(path: string): void;
  redoFile?(path: string): void;
}

export interface WorkspaceState {
  /** The workspace: the YAML text is the single source of truth. */
  readonly files: readonly SourceFile[];
  readonly activeFile: string;
  readonly revision: number;
  /** Newest analysis result delivered by the worker (or made ahead of time, see `load`). */
  readonly result?: WorkspaceResult;
  readonly workerState: WorkerState;
  readonly workerMessage?: string;
  readonly selection?: Selection;
  /** Graph elements to light up (the SNI answer's path). */
  readonly highlight?: { readonly nodes: readonly string[]; readonly edges: readonly string[] };
  readonly sni?: {
    readonly gateway: string;
    readonly port: number;
    readonly host: string;
    readonly answer: SniAnswer | null;
  };
  /** The graph has been drawn once (the editor's code loads after that). */
  readonly graphDrawn?: boolean;
  /** A short message for the status bar (import done, export copied, …). */
  readonly notice?: string;
  /** A question to answer before the file set changes (same names on import, Open). */
  readonly question?: WorkspaceQuestion;
}

export const workspace = new Store<WorkspaceState>({
  files: [],
  activeFile: '',
  revision: 0,
  workerState: 'starting',
});

let editor: EditorApi | undefined;
let client: ResolverClient | undefined;

function resolver(): ResolverClient {
  client ??= new ResolverClient({
    onResult: (result) => {
      // The worker followed the selected object through a rename: so does the selection.
      const selection = workspace.get().selection;
      const followed =
        selection?.nodeId && result.focus && result.focus !== selection.nodeId
          ? result.graph.nodes.find((n) => n.id === result.focus)
          : undefined;
      workspace.set({
        result,
        ...(selection && followed
          ? { selection: { ...selection, nodeId: followed.id, range: followed.range } }
          : {}),
      });
      focusStatus(workspace.get().selection?.nodeId);
    },
    onState: (workerState, workerMessage) => workspace.set({ workerState, workerMessage }),
    now,
  });
  return client;
}

function analyze(): void {
  const { files, revision, selection } = workspace.get();
  const range = selection?.range;
  resolver().analyze(
    files,
    revision,
    selection?.nodeId
      ? {
          id: selection.nodeId,
          ...(range ? { at: { file: range.file, offset: range.start } } : {}),
        }
      : undefined,
  );
}

/** The status asked for last (a result and a selection often ask for the same at once). */
let asked: { result: WorkspaceResult; nodeId: string } | undefined;

/** Brings the selected object's status into the result (the worker sends only the focus's). */
function focusStatus(nodeId: string | undefined): void {
  const { result } = workspace.get();
  if (!nodeId || !result || result.focus === nodeId) return;
  if (asked?.result === result && asked.nodeId === nodeId) return;
  asked = { result, nodeId };
  void resolver()
    .status(nodeId)
    .then(({ revision, status, focusSource }) => {
      const s = workspace.get();
      if (s.result?.revision === revision && s.selection?.nodeId === nodeId)
        workspace.set({ result: { ...s.result, status, focus: nodeId, focusSource } });
    });
}

const fileSet = fileActions({ store: workspace, analyze, editor: () => editor });

export const actions = {
  ...fileSet,

  /** Starts the resolver worker ahead of the first analysis (its code loads meanwhile). */
  startResolver(): void {
    resolver();
  },

  /**
   * Replaces the whole workspace (a sample, a restore, a first paste), not as a step of Undo.
   * `known` is an analysis of exactly these files made ahead of time: drawn at once, then
   * replaced by the worker's.
   */
  load(files: readonly SourceFile[], notice?: string, known?: WorkspaceResult): void {
    workspace.set((s) => ({
      files,
      ...(known ? { result: { ...known, revision: s.revision + 1, ahead: true as const } } : {}),
      activeFile: files[0]?.path ?? '',
      revision: s.revision + 1,
      selection: undefined,
      highlight: undefined,
      sni: undefined,
      notice,
    }));
    analyze();
  },

  /**
   * Opens a sample: its certificates that must be made now (valid relative to the clock) are
   * made in the worker first, then the files replace the workspace (a step of Undo, but on the
   * first start). `snapshot` is the sample's analysis made at build time, drawn at once where
   * it holds.
   */
  async openSample(
    sample: Sample,
    files: readonly SourceFile[],
    snapshot?: AnalysisSnapshot,
  ): Promise<void> {
    let opened = files;
    let problem = '';
    if (sample.certificates?.length) {
      try {
        opened = applyFileEdits(files, await resolver().issue(files, sample.certificates));
      } catch (e) {
        problem = ` Its certificates could not be made: ${e instanceof Error ? e.message : e}`;
      }
    }
    const open = () =>
      actions.load(
        opened,
        `Opened the sample "${sample.title}".${problem}`,
        snapshotFor(snapshot, opened, now()),
      );
    if (workspace.get().revision === 0) open();
    else fileSet.recordChange(`opening the sample "${sample.title}"`, open);
  },

  /**
   * A file changed in the editor (typing, paste, a graph edit the editor applied): the new
   * file, and where its text changed when the editor knows (then the worker is sent only that).
   */
  setFile(file: SourceFile, edit?: TextEdit): void {
    const before = workspace.get().files.find((f) => f.path === file.path);
    if (edit && before) resolver().edited(before, file, edit);
    workspace.set((s) => ({
      files: s.files.map((f) => (f.path === file.path ? file : f)),
      revision: s.revision + 1,
    }));
    analyze();
  },

  openFile(path: string): void {
    workspace.set({ activeFile: path });
  },

  select(selection: Selection | undefined): void {
    workspace.set({ selection });
    focusStatus(selection?.nodeId);
    if (selection?.range && selection.from !== 'yaml') {
      const file = selection.range.file;
      if (file !== workspace.get().activeFile) workspace.set({ activeFile: file });
      editor?.reveal(selection.range);
    }
  },

  async lookupSni(gateway: string, port: number, host: string): Promise<void> {
    const [namespace = 'default', name = ''] = gateway.includes('/')
      ? gateway.split('/', 2)
      : ['default', gateway];
    const answer = await resolver().sni({ namespace, name }, port, host);
    workspace.set({
      sni: { gateway, port, host, answer },
      highlight: answer ? highlightOf(answer, namespace, name) : undefined,
    });
  },

  clearSni(): void {
    workspace.set({ sni: undefined, highlight: undefined });
  },

  graphDrawn(): void {
    if (!workspace.get().graphDrawn) workspace.set({ graphDrawn: true });
  },

  notify(notice: string): void {
    workspace.set({ notice });
  },

  registerEditor(api: EditorApi | undefined): void {
    editor = api;
  },
};

/** Graph ids along an SNI answer: hostname → listener → certificates. */
function highlightOf(
  answer: SniAnswer,
  namespace: string,
  name: string,
): WorkspaceState['highlight'] {
  if (!answer.listener || !answer.owner) return { nodes: [], edges: [] };
  const owner = `${answer.owner.kind}/${answer.owner.namespace}/${answer.owner.name}`;
  const listener = `${owner}#${answer.listener}`;
  const chosen = answer.trace.find((t) => t.verdict === 'chosen');
  const hostname = `Hostname/${namespace}/${name}/${answer.port}/${chosen?.hostname ?? '*'}`;
  const secrets = answer.certificates.map((c) => `Secret/${c.namespace}/${c.name}`);
  return {
    nodes: [hostname, listener, owner, ...secrets],
    edges: [
      `serves:${hostname}->${listener}`,
      ...secrets.map((s) => `certificate:${listener}->${s}`),
    ],
  };
}
