import { describe, expect, it, vi } from 'vitest';
import { linesInView, startScrollLeft } from './reveal-start';

// The pure helpers only: the editor itself is exercised by the browser journeys (panes.spec.ts).
vi.mock('./monaco-setup', () => ({ monaco: {} }));

describe('startScrollLeft', () => {
  it('scrolls to column 1 for an object at the start of its line', () => {
    expect(startScrollLeft(1, 8, 400)).toBe(0);
  });

  it('stays at 0 while the start column is well inside the view', () => {
    expect(startScrollLeft(30, 8, 400)).toBe(0);
  });

  it('scrolls to a few characters before a start column beyond the view', () => {
    expect(startScrollLeft(101, 8, 400)).toBe(100 * 8 - 32);
  });
});

describe('linesInView', () => {
  const view = [{ startLineNumber: 10, endLineNumber: 50 }];

  it('is true when every line of the object is on screen', () => {
    expect(linesInView(view, 10, 50)).toBe(true);
  });

  it('is false when the object starts above or ends below the view', () => {
    expect(linesInView(view, 9, 20)).toBe(false);
    expect(linesInView(view, 40, 51)).toBe(false);
  });

  it('is false when nothing is on screen (a collapsed or hidden editor)', () => {
    expect(linesInView([], 1, 1)).toBe(false);
  });

  it('spans folded regions: the first and last visible ranges bound the view', () => {
    const folded = [
      { startLineNumber: 1, endLineNumber: 5 },
      { startLineNumber: 30, endLineNumber: 40 },
    ];
    expect(linesInView(folded, 3, 35)).toBe(true);
  });
});
