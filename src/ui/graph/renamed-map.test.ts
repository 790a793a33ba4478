import { describe, expect, it } from 'vitest';
import { RenamedMap } from './renamed-map';

describe('RenamedMap', () => {
  const base = new Map([
    ['gw', 'a'],
    ['gw#www', 'b'],
    ['route', 'c'],
  ]);

  it('shows renamed keys under their new names only', () => {
    const m = RenamedMap.over(base, new Map([['gw#www', 'gw#www1']]));
    expect(m.get('gw#www1')).toBe('b');
    expect(m.has('gw#www')).toBe(false);
    expect(m.get('route')).toBe('c');
    expect([...m]).toEqual([
      ['gw', 'a'],
      ['gw#www1', 'b'],
      ['route', 'c'],
    ]);
    expect(m.size).toBe(3);
    expect(new Map(m).get('gw#www1')).toBe('b');
  });

  it('composes renames of renames onto the same base, and back to the first name', () => {
    let m = RenamedMap.over(base, new Map([['gw#www', 'gw#www1']]));
    m = RenamedMap.over(m, new Map([['gw#www1', 'gw#www12']]));
    expect([...m.keys()]).toEqual(['gw', 'gw#www12', 'route']);
    m = RenamedMap.over(m, new Map([['gw#www12', 'gw#www']]));
    expect([...m.entries()]).toEqual([...base.entries()]);
  });

  it('renames values that are keys too (a listener’s owner)', () => {
    const parents = new Map([['gw#www', 'gw']]);
    const m = RenamedMap.over(
      parents,
      new Map([
        ['gw', 'gw2'],
        ['gw#www', 'gw2#www'],
      ]),
      true,
    );
    expect(m.get('gw2#www')).toBe('gw2');
    expect([...m.values()]).toEqual(['gw2']);
  });

  it('handles a name taken over by another key (two nodes swap names)', () => {
    const m = RenamedMap.over(
      base,
      new Map([
        ['gw', 'route'],
        ['route', 'gw'],
      ]),
    );
    expect(m.get('gw')).toBe('c');
    expect(m.get('route')).toBe('a');
  });
});
