import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocumentCache, fileRange, parseFile } from './parse-file';
import { LineIndex } from '../model/source';

const docs = [
  'a: 1\n',
  '---\nb: 2\n',
  '# c\n---\nc: [3]\n',
  '...\n',
  '--- |\n  x\n',
  'k: "v"\r\n',
  '---\n',
];

describe('parseFile incremental', () => {
  it('an edit gives the same documents as parsing from scratch', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...docs), { maxLength: 8 }),
        fc.nat(),
        fc.nat(4),
        fc.string({ maxLength: 6, unit: fc.constantFrom('-', '.', '\n', 'a', ':', ' ', '#') }),
        (parts, at, del, ins) => {
          const before = parts.join('');
          const i = before.length ? at % (before.length + 1) : 0;
          const after = before.slice(0, i) + ins + before.slice(i + del);
          const cache = new DocumentCache();
          const prev = parseFile({ path: 'f', text: before }, cache);
          const end = Math.min(before.length, i + del);
          const inc = parseFile({ path: 'f', text: after }, cache, prev);
          const hinted = parseFile({ path: 'f', text: after }, new DocumentCache(), prev, {
            start: i,
            end,
          });
          const fresh = parseFile({ path: 'f', text: after });
          const shape = (f: typeof fresh) =>
            f.documents.map((d) => [d.index, d.start, d.end, d.firstLine, d.parsed.text]);
          expect(shape(inc)).toEqual(shape(fresh));
          expect(shape(hinted)).toEqual(shape(fresh));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('maps offsets to the same line and column as a whole-file index', () => {
    const text = 'a: 1\n---\nb:\n  - x\n---\r\nc: 3\n';
    const f = parseFile({ path: 'f', text });
    const whole = new LineIndex(text);
    for (let o = 0; o < text.length; o++) {
      const r = fileRange(f, o, o);
      expect([r.line, r.column]).toEqual([whole.position(o).line, whole.position(o).column]);
    }
  });
});
