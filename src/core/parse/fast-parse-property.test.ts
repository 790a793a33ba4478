// Property tests: the fast path against yaml on generated documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { ToStringOptions } from 'yaml';
import { checkFastParse } from './fast-parse-check';

// prettier-ignore
const trickyKeys = ['a', 'b', 'name', 'x y', '__proto__', 'constructor', '1', 'null', '~', 'true', '-0', '1e3', 'a: b', 'a #b', '- x', '"q"', 'é', '', ' '];
// prettier-ignore
const trickyTexts = ['x', 'line\nbreak', 'two\n\nbreaks', 'trail\n', 'trail\n\n', ' lead', 'trail ', 'a\tb', '\\', '#x', '[a]', '{b}', '&a', '*a', '!t', '|', '>', '---', '...', '0o17', '0x1F', '.inf', 'word '.repeat(30)];
// prettier-ignore
const yamlPieces = ['a', 'b', '1', ' ', '  ', '\n', '\r\n', '\t', ':', ': ', '- ', '-', '#', ' #', '"', "'", '\\', '|', '>', '[', ']', '{', '}', ',', '&', '*', '!', '?', '%', '---', '...', '\uFEFF', 'é'];

const key = fc.oneof(fc.constantFrom(...trickyKeys), fc.string({ maxLength: 8 }));
const text = fc.oneof(
  fc.constantFrom(...trickyTexts),
  fc.string({ maxLength: 30 }),
  fc.string({ maxLength: 12, unit: 'grapheme' }),
  fc
    .array(fc.constantFrom('ab', 'c d', ' ', '\n', '\n\n', '  x'), { maxLength: 8 })
    .map((parts) => parts.join('')),
);
const { value: jsonLike } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.integer(),
    fc.double(),
    fc.constantFrom(true, false, null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(key, tie('value'), { maxKeys: 4 }),
  ),
}));
const stringifyOptions: fc.Arbitrary<ToStringOptions> = fc.record({
  indent: fc.constantFrom(1, 2, 3, 4),
  indentSeq: fc.boolean(),
  lineWidth: fc.constantFrom(0, 10, 20, 80),
  minContentWidth: fc.constantFrom(0, 5, 20),
  defaultStringType: fc.constantFrom(
    'PLAIN',
    'QUOTE_DOUBLE',
    'QUOTE_SINGLE',
    'BLOCK_LITERAL',
    'BLOCK_FOLDED',
  ),
  defaultKeyType: fc.constantFrom(null, 'PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
  blockQuote: fc.constantFrom<ToStringOptions['blockQuote']>(true, false, 'literal', 'folded'),
  collectionStyle: fc.constantFrom('any', 'block', 'flow'),
  flowCollectionPadding: fc.boolean(),
});
/** Edits that keep a document readable: comment and blank lines anywhere, trailing comments. */
const edits = fc.array(
  fc.record({
    at: fc.nat(),
    indent: fc.nat(8),
    kind: fc.constantFrom('comment', 'blank', 'trailing', 'crlf'),
  }),
  { maxLength: 6 },
);

function edit(
  source: string,
  changes: readonly { at: number; indent: number; kind: string }[],
): string {
  const lines = source.split('\n');
  let crlf = false;
  for (const c of changes) {
    const at = c.at % (lines.length + 1);
    if (c.kind === 'comment') lines.splice(at, 0, `${' '.repeat(c.indent)}# c`);
    else if (c.kind === 'blank') lines.splice(at, 0, ' '.repeat(c.indent % 3));
    else if (c.kind === 'trailing' && lines[at]) lines[at] += ' # t';
    else if (c.kind === 'crlf') crlf = true;
  }
  const out = lines.join('\n');
  return crlf ? out.replace(/\n/g, '\r\n') : out;
}

describe('fastParse on generated documents', () => {
  it('equals yaml on whatever yaml.stringify writes', () => {
    let runs = 0;
    let fast = 0;
    fc.assert(
      fc.property(jsonLike, stringifyOptions, (value, options) => {
        const source = stringify(value, options);
        const check = checkFastParse(source);
        expect(check.mismatch, JSON.stringify(source)).toBeUndefined();
        runs++;
        if (check.taken) fast++;
      }),
      { numRuns: 400 },
    );
    // Most of what stringify writes is in the subset; a fast path that always declines fails here.
    expect(fast / runs).toBeGreaterThan(0.3);
  });

  it('equals yaml with comment and blank lines inserted anywhere', () => {
    fc.assert(
      fc.property(jsonLike, stringifyOptions, edits, (value, options, changes) => {
        const source = edit(stringify(value, options), changes);
        expect(checkFastParse(source).mismatch, JSON.stringify(source)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on garbage, and equals yaml whenever it takes it', () => {
    const yamlish = fc.string({ maxLength: 60, unit: fc.constantFrom(...yamlPieces) });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), yamlish), (source) => {
        expect(checkFastParse(source).mismatch, JSON.stringify(source)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  });

  it('equals yaml on block scalars with bodies of any indentation', () => {
    const header = fc.constantFrom(
      '|',
      '|-',
      '|+',
      '>',
      '>-',
      '>+',
      '|1',
      '|2',
      '>2',
      '|2-',
      '|+1',
      '| # c',
    );
    const bodyLine = fc.tuple(
      fc.integer({ min: -2, max: 3 }),
      fc.constantFrom('x', 'y z', '', '# c', '\tt', 'a: b', '- s', '  ', 'trail '),
    );
    const tail = fc.constantFrom(
      '',
      '  ',
      '# c',
      '  # c',
      '    # c',
      'z: 1',
      '- w',
      '  j: 2',
      '...',
    );
    const shape = fc.constantFrom(
      { lead: (h: string) => [`k: ${h}`], indent: 2 },
      { lead: (h: string) => [`- ${h}`], indent: 2 },
      { lead: (h: string) => ['s:', `  - a: ${h}`], indent: 6 },
      { lead: (h: string) => ['m:', `  k: ${h}`], indent: 4 },
    );
    fc.assert(
      fc.property(
        shape,
        header,
        fc.array(bodyLine, { maxLength: 5 }),
        fc.array(tail, { maxLength: 2 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (form, h, body, after, eol, finalEol) => {
          const lines = [
            ...form.lead(h),
            ...body.map(([d, line]) => ' '.repeat(Math.max(0, form.indent + d)) + line),
            ...after,
          ];
          const source = lines.join(eol) + (finalEol ? eol : '');
          expect(checkFastParse(source).mismatch, JSON.stringify(source)).toBeUndefined();
        },
      ),
      { numRuns: 400 },
    );
  });
});
