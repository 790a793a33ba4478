import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OutOfStep, TextReceiver, TextSender } from './text-sync';
import type { TextEdit } from './text-sync';

const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);

describe('texts across the worker boundary', () => {
  it('sends a file whole once, then only the span a keystroke changed', () => {
    const sender = new TextSender();
    const receiver = new TextReceiver();
    const v1 = { path: 'a.yaml', text: 'kind: Gateway\nmetadata: {name: gw}\n' };
    expect(receiver.receive(sender.wire([v1])).files).toEqual([v1]);
    const edit = { start: 31, end: 31, text: '2' };
    const v2 = { path: 'a.yaml', text: apply(v1.text, edit) };
    sender.edited(v1, v2, edit);
    const wire = sender.wire([v2]);
    expect(wire).toEqual([{ path: 'a.yaml', edit: { start: 31, end: 31, text: '2' } }]);
    const got = receiver.receive(wire);
    expect(got.files[0]?.text).toBe(v2.text);
    expect(got.changes).toEqual({ 'a.yaml': { start: 31, end: 31 } });
    expect(sender.wire([v2])).toEqual([{ path: 'a.yaml', unchanged: true }]);
  });

  it('sends a text changed without a word from the editor whole', () => {
    const sender = new TextSender();
    sender.wire([{ path: 'a.yaml', text: 'a' }]);
    expect(sender.wire([{ path: 'a.yaml', text: 'b' }])).toEqual([{ path: 'a.yaml', text: 'b' }]);
  });

  it('tells the page it is out of step when asked to change a text it does not have', () => {
    const receiver = new TextReceiver();
    expect(() => receiver.receive([{ path: 'a.yaml', unchanged: true }])).toThrow(OutOfStep);
    receiver.receive([{ path: 'a.yaml', text: 'abc' }]);
    expect(() =>
      receiver.receive([{ path: 'a.yaml', edit: { start: 2, end: 9, text: '' } }]),
    ).toThrow(OutOfStep);
  });

  it('keeps the worker’s texts equal to the page’s, through edits sent late or not at all', () => {
    const step = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 4 }),
      insert: fc.constantFrom('', 'x', 'name: ', '\n', 'é€'),
      hinted: fc.boolean(),
      send: fc.boolean(),
      file: fc.constantFrom('a.yaml', 'b.yaml'),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const sender = new TextSender();
        const receiver = new TextReceiver();
        // Files are compared by identity: each edit makes a new file, as the editor does.
        const page = new Map([
          ['a.yaml', { path: 'a.yaml', text: 'apiVersion: v1\nkind: Secret\n' }],
          ['b.yaml', { path: 'b.yaml', text: 'kind: Gateway\n' }],
        ]);
        const files = () => [...page.values()];
        receiver.receive(sender.wire(files()));
        for (const s of steps) {
          const before = page.get(s.file) ?? { path: s.file, text: '' };
          const start = s.at % (before.text.length + 1);
          const end = Math.min(before.text.length, start + s.remove);
          const edit = { start, end, text: s.insert };
          const after = { path: s.file, text: apply(before.text, edit) };
          page.set(s.file, after);
          if (s.hinted) sender.edited(before, after, edit);
          if (s.send) expect(receiver.receive(sender.wire(files())).files).toEqual(files());
        }
        expect(receiver.receive(sender.wire(files())).files).toEqual(files());
      }),
      { numRuns: 200 },
    );
  });
});
