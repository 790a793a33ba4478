/** The parts of a keyboard event a shortcut is matched on. */
export interface KeyPress {
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly code: string;
}

/**
 * Whether a key press is the shortcut written as in `aria-keyshortcuts` (`Alt+Shift+Y`): the
 * same modifiers, no others, and the letter's physical key (on a Mac, Option+Shift+Y types a
 * character, so the key is read from `code`, not `key`).
 */
export function matchesShortcut(e: KeyPress, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  const has = (m: string) => parts.includes(m);
  return (
    e.altKey === has('Alt') &&
    e.shiftKey === has('Shift') &&
    e.ctrlKey === has('Control') &&
    e.metaKey === has('Meta') &&
    e.code === (/^[A-Z]$/.test(key) ? `Key${key}` : key)
  );
}
