import { describe, expect, it } from 'vitest';
import {
  openNeighbours,
  readLayout,
  resize,
  setCollapsed,
  shownSizes,
  writeLayout,
} from './pane-layout';
import type { PaneLayout } from './pane-layout';

const defaults: PaneLayout = { sizes: [40, 28, 32], collapsed: [false, false, false] };

describe('readLayout', () => {
  it('reads back what writeLayout wrote', () => {
    const layout = { sizes: [50, 20, 30], collapsed: [false, true, false] };
    expect(readLayout(writeLayout(layout), defaults)).toEqual(layout);
  });

  it('falls back to the defaults for nothing, bad JSON or another shape', () => {
    expect(readLayout(null, defaults)).toBe(defaults);
    expect(readLayout('{', defaults)).toBe(defaults);
    expect(readLayout('"x"', defaults)).toBe(defaults);
    expect(readLayout('null', defaults)).toBe(defaults);
  });

  it('keeps the valid half of a stored layout', () => {
    const stored = JSON.stringify({ sizes: [50, 50], collapsed: [false, true, false] });
    expect(readLayout(stored, defaults)).toEqual({
      sizes: defaults.sizes,
      collapsed: [false, true, false],
    });
    const tiny = JSON.stringify({ sizes: [90, 2, 8], collapsed: 'yes' });
    expect(readLayout(tiny, defaults)).toEqual(defaults);
  });
});

describe('shownSizes', () => {
  it('shows every pane at its size when none is collapsed', () => {
    expect(shownSizes(defaults)).toEqual([40, 28, 32]);
  });

  it('gives a collapsed pane’s share to the graph', () => {
    expect(shownSizes(setCollapsed(defaults, 1, true))).toEqual([68, 0, 32]);
    const both = setCollapsed(setCollapsed(defaults, 1, true), 2, true);
    expect(shownSizes(both)).toEqual([100, 0, 0]);
  });

  it('gives it to the first open pane when the growing one is collapsed', () => {
    expect(shownSizes(setCollapsed(defaults, 0, true))).toEqual([0, 68, 32]);
  });
});

describe('resize', () => {
  it('moves share between two panes and keeps the total', () => {
    expect(resize(defaults, 0, 1, 5).sizes).toEqual([45, 23, 32]);
    expect(resize(defaults, 1, 2, -4).sizes).toEqual([40, 24, 36]);
  });

  it('stops at the minimum size', () => {
    expect(resize(defaults, 0, 1, 50).sizes).toEqual([58, 10, 32]);
    expect(resize(defaults, 0, 1, -50).sizes).toEqual([10, 58, 32]);
  });

  it('resizes across a collapsed pane between the two', () => {
    const layout = setCollapsed(defaults, 1, true);
    expect(openNeighbours(layout)).toEqual([[0, 2]]);
    expect(resize(layout, 0, 2, 6).sizes).toEqual([46, 28, 26]);
  });
});

describe('setCollapsed', () => {
  it('collapses and restores a pane at the size it had', () => {
    const collapsed = setCollapsed(defaults, 2, true);
    expect(collapsed.collapsed).toEqual([false, false, true]);
    expect(setCollapsed(collapsed, 2, false)).toEqual(defaults);
  });

  it('returns the same layout when nothing changes', () => {
    expect(setCollapsed(defaults, 2, false)).toBe(defaults);
    expect(setCollapsed(defaults, 7, true)).toBe(defaults);
  });
});
