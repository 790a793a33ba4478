import { describe, expect, it } from 'vitest';
import { byDocument, mirrorModel } from './document-service';
import type { LanguageService, WorkerContext } from './document-service';
import { documentSpanAt, documentSpans, isDocumentStart, relocate } from './yaml-chunks';

const FILE = 'file:///2/gateways.yaml';

const mirror = (uri: string, text: string, eol = '\n', version = 1) =>
  mirrorModel(uri, text, eol, version);

const doc = (name: string, port: string) =>
  [
    'apiVersion: gateway.networking.k8s.io/v1',
    'kind: Gateway',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  listeners:',
    '  - name: https',
    `    port: ${port}`,
  ].join('\n');

/**
 * A stand-in for monaco-yaml's service: reads the model it is asked about the way monaco-yaml
 * does (from the context's mirror models), reports a diagnostic on every `port:` line whose
 * value is not a number, and answers a hover with the line it was asked about. It counts the
 * lines it read, so a test can tell a document from a file.
 */
function fakeService(ctx: WorkerContext, read: { lines: number; calls: string[] }) {
  const text = (uri: string) => {
    const model = ctx.getMirrorModels().find((m) => String(m.uri) === uri);
    if (!model) throw new Error(`no model ${uri}`);
    const value = model.getValue();
    read.lines += value.split('\n').length;
    return value;
  };
  const service: LanguageService = {
    doValidation: async (uri) => {
      read.calls.push('doValidation');
      return text(uri)
        .split('\n')
        .flatMap((line, i) =>
          /^\s+port: (?!\d+$)/.test(line)
            ? [
                {
                  message: 'Incorrect type. Expected "integer".',
                  range: { start: { line: i, character: 10 }, end: { line: i, character: 14 } },
                  relatedInformation: [{ location: { uri }, message: 'here' }],
                },
              ]
            : [],
        );
    },
    doHover: async (uri, position) => {
      const line = (position as { line: number }).line;
      const content = text(uri).split('\n')[line];
      return {
        contents: content,
        range: { start: { line, character: 0 }, end: { line, character: 3 } },
      };
    },
    getCodeAction: async (uri, range, context) => [
      {
        title: 'fix',
        diagnostics: (context as { diagnostics: unknown[] }).diagnostics,
        edit: {
          changes: { [uri]: [{ range, newText: '443' }] },
        },
      },
    ],
    format: async (uri) => [{ newText: text(uri) }],
  };
  return service;
}

function setUp(texts: Record<string, string>) {
  const models = Object.entries(texts).map(([uri, text]) => mirror(uri, text));
  const ctx: WorkerContext = { getMirrorModels: () => models };
  const read = { lines: 0, calls: [] as string[] };
  const service = byDocument(ctx, {}, (inner) => fakeService(inner, read));
  const replace = (uri: string, text: string) => {
    const i = models.findIndex((m) => String(m.uri) === uri);
    models[i] = mirror(uri, text);
  };
  return { service, read, replace };
}

const workspace = [doc('a', '443'), doc('b', '8443'), doc('c', 'https'), doc('d', '80')].join(
  '\n---\n',
);

describe('documents of a YAML file', () => {
  it('start at lines beginning with three dashes, and nowhere else', () => {
    expect(['---', '--- # next', '---\t', '--- !tag', '---\r'].map(isDocumentStart)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['----', '---x', ' ---', 'a: ---', '...', ''].map(isDocumentStart)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('cover every line, each document from its own start line', () => {
    const lines = ['a: 1', '---', 'b: 2', 'c: 3', '---', 'd: 4'];
    expect(documentSpans(lines)).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 4 },
      { start: 4, end: 6 },
    ]);
    expect(documentSpanAt(lines, 3)).toEqual({ start: 1, end: 4 });
    expect(documentSpanAt(lines, 4)).toEqual({ start: 4, end: 6 });
    expect(documentSpanAt(lines, 0)).toEqual({ start: 0, end: 1 });
    expect(documentSpans([''])).toEqual([{ start: 0, end: 1 }]);
    expect(documentSpans(['---', 'a: 1'])).toEqual([{ start: 0, end: 2 }]);
  });

  it('move every position once, and rename the document address in values and keys', () => {
    const range = { start: { line: 2, character: 1 }, end: { line: 3, character: 0 } };
    const moved = relocate(
      { range, again: range, changes: { 'x#document': [{ range }] }, uri: 'x#document' },
      10,
      'x#document',
      'x',
    );
    expect(moved).toEqual({
      range: { start: { line: 12, character: 1 }, end: { line: 13, character: 0 } },
      again: { start: { line: 12, character: 1 }, end: { line: 13, character: 0 } },
      changes: {
        x: [{ range: { start: { line: 12, character: 1 }, end: { line: 13, character: 0 } } }],
      },
      uri: 'x',
    });
    expect(range.start.line).toBe(2);
  });
});

describe('the language service, one document at a time', () => {
  it('puts a document’s diagnostics on the file’s lines, under the file’s address', async () => {
    const { service } = setUp({ [FILE]: workspace });
    const found = (await service.doValidation!(FILE)) as {
      range: { start: { line: number } };
      relatedInformation: { location: { uri: string } }[];
    }[];
    const line = workspace.split('\n').indexOf('    port: https');
    expect(line).toBe(25);
    expect(found.map((d) => d.range.start.line)).toEqual([line]);
    expect(found[0]?.relatedInformation[0]?.location.uri).toBe(FILE);
  });

  it('validates again only the documents whose text changed', async () => {
    const { service, read, replace } = setUp({ [FILE]: workspace });
    await service.doValidation!(FILE);
    expect(read.calls).toHaveLength(4);
    const edited = workspace.replace('name: d', 'name: dd').replace('port: https', 'port: 443');
    replace(FILE, edited);
    read.calls.length = 0;
    read.lines = 0;
    expect(await service.doValidation!(FILE)).toEqual([]);
    expect(read.calls).toHaveLength(2);
    expect(read.lines).toBeLessThan(20);
  });

  it('keeps the diagnostics of a document that only moved, on its new lines', async () => {
    const { service, replace } = setUp({ [FILE]: workspace });
    await service.doValidation!(FILE);
    replace(FILE, `# a comment\n# another\n${workspace}`);
    const found = (await service.doValidation!(FILE)) as { range: { start: { line: number } } }[];
    expect(found.map((d) => d.range.start.line)).toEqual([27]);
  });

  it('stops validating a file that changed, and goes on where it stopped next time', async () => {
    const models = [mirror(FILE, workspace)];
    const read = { lines: 0, calls: [] as string[] };
    const service = byDocument(
      { getMirrorModels: () => models },
      {},
      (inner) => {
        const s = fakeService(inner, read);
        return {
          ...s,
          doValidation: async (uri) => {
            const answer = await s.doValidation!(uri);
            // The person types on while the second document is checked.
            if (read.calls.length === 2) models[0] = mirror(FILE, workspace, '\n', 2);
            return answer;
          },
        };
      },
      { budgetMs: 0, clock: () => 0 },
    );
    expect(await service.doValidation!(FILE)).toEqual([]);
    expect(read.calls).toHaveLength(2);
    const found = (await service.doValidation!(FILE)) as { range: { start: { line: number } } }[];
    expect(found.map((d) => d.range.start.line)).toEqual([25]);
    expect(read.calls).toHaveLength(4);
  });

  it('answers a hover from the document around the place, on the file’s lines', async () => {
    const { service, read } = setUp({ [FILE]: workspace });
    const hover = (await service.doHover!(FILE, { line: 21, character: 4 })) as {
      contents: string;
      range: { start: { line: number } };
    };
    expect(hover.contents).toBe('  name: c');
    expect(hover.range.start.line).toBe(21);
    expect(read.lines).toBe(9);
  });

  it('moves code actions, their diagnostics and edits, to the file and back', async () => {
    const { service } = setUp({ [FILE]: workspace });
    const range = { start: { line: 25, character: 10 }, end: { line: 25, character: 15 } };
    const diagnostic = { message: 'bad', range };
    const [action] = (await service.getCodeAction!(FILE, range, {
      diagnostics: [diagnostic],
    })) as { diagnostics: unknown[]; edit: { changes: Record<string, { range: unknown }[]> } }[];
    expect(action?.diagnostics).toEqual([diagnostic]);
    expect(Object.keys(action?.edit.changes ?? {})).toEqual([FILE]);
    expect(action?.edit.changes[FILE]?.[0]?.range).toEqual(range);
  });

  it('passes requests about the whole file through, and files it does not know', async () => {
    const { service, read } = setUp({ [FILE]: workspace });
    const [edit] = (await service.format!(FILE)) as { newText: string }[];
    expect(edit?.newText).toBe(workspace);
    expect(read.lines).toBe(workspace.split('\n').length);
    await expect(service.doHover!('file:///gone.yaml', { line: 0, character: 0 })).rejects.toThrow(
      'no model',
    );
  });

  it('reads CRLF files with their own line ends', async () => {
    const crlf = workspace.replaceAll('\n', '\r\n');
    const models = [mirror(FILE, crlf, '\r\n')];
    const read = { lines: 0, calls: [] as string[] };
    const service = byDocument({ getMirrorModels: () => models }, {}, (inner) => {
      const s = fakeService(inner, read);
      return {
        ...s,
        doHover: async (uri) => {
          const model = inner.getMirrorModels().find((m) => String(m.uri) === uri);
          return { contents: model?.getValue() };
        },
      };
    });
    const hover = (await service.doHover!(FILE, { line: 10, character: 0 })) as {
      contents: string;
    };
    expect(hover.contents).toBe(`---\r\n${doc('b', '8443').replaceAll('\n', '\r\n')}`);
  });
});
