import { describe, expect, it } from 'vitest';
import { matchesShortcut } from './shortcut';

const press = (
  code: string,
  mods: Partial<Record<'alt' | 'shift' | 'ctrl' | 'meta', boolean>>,
) => ({
  code,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
});

describe('matchesShortcut', () => {
  it('matches the letter with exactly its modifiers', () => {
    expect(matchesShortcut(press('KeyY', { alt: true, shift: true }), 'Alt+Shift+Y')).toBe(true);
  });

  it('does not match with a modifier missing or added, or another key', () => {
    expect(matchesShortcut(press('KeyY', { alt: true }), 'Alt+Shift+Y')).toBe(false);
    expect(
      matchesShortcut(press('KeyY', { alt: true, shift: true, ctrl: true }), 'Alt+Shift+Y'),
    ).toBe(false);
    expect(matchesShortcut(press('KeyD', { alt: true, shift: true }), 'Alt+Shift+Y')).toBe(false);
  });

  it('matches keys named by their code', () => {
    expect(matchesShortcut(press('Backslash', { ctrl: true }), 'Control+Backslash')).toBe(true);
  });
});
