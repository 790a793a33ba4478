import { describe, expect, it } from 'vitest';
import { exceedsNesting } from './nesting-depth';

describe('exceedsNesting', () => {
  it('finds deep flow collections and compact sequences', () => {
    expect(exceedsNesting(`a: ${'['.repeat(300)}${']'.repeat(300)}`, 200)).toBe(3 + 200);
    expect(exceedsNesting(`${'- '.repeat(300)}x`, 200)).toBe(400);
  });

  it('leaves ordinary manifests alone', () => {
    const m =
      'apiVersion: v1\nkind: List\nitems:\n- a: [1, {b: [2]}]\n  c:\n  - - x\n    - y\n# [[[[ comment\n';
    expect(exceedsNesting(m, 10)).toBeUndefined();
  });
});
