import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../model/source';
import type { GraphNode } from './types';
import { nodeAtOffset } from './node-at-offset';

function node(id: string, range?: Partial<SourceRange>): GraphNode {
  return {
    id,
    type: 'Gateway',
    namespace: 'default',
    name: id,
    label: id,
    details: [],
    state: { level: 'ok' },
    range: range && {
      file: 'a.yaml',
      start: 0,
      end: 0,
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      ...range,
    },
  };
}

const gateway = node('Gateway/default/gw', { start: 0, end: 200 });
const listener = node('Gateway/default/gw#https', { start: 50, end: 90 });
const secret = node('Secret/default/cert', { start: 210, end: 400 });
const other = node('Secret/default/other', { file: 'b.yaml', start: 0, end: 500 });
const missing = node('Secret/default/missing');
const nodes = [gateway, listener, secret, other, missing];

describe('nodeAtOffset', () => {
  it('picks the smallest node containing the offset: the listener inside its Gateway', () => {
    expect(nodeAtOffset(nodes, 'a.yaml', 60)?.id).toBe(listener.id);
    expect(nodeAtOffset(nodes, 'a.yaml', 10)?.id).toBe(gateway.id);
  });

  it('includes both ends of a range', () => {
    expect(nodeAtOffset(nodes, 'a.yaml', 50)?.id).toBe(listener.id);
    expect(nodeAtOffset(nodes, 'a.yaml', 400)?.id).toBe(secret.id);
  });

  it('only looks at the given file', () => {
    expect(nodeAtOffset(nodes, 'b.yaml', 60)?.id).toBe(other.id);
    expect(nodeAtOffset(nodes, 'c.yaml', 60)).toBeUndefined();
  });

  it('finds nothing between objects', () => {
    expect(nodeAtOffset(nodes, 'a.yaml', 205)).toBeUndefined();
  });
});
