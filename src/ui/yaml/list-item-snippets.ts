/**
 * Snippets of a whole list item (an HTTPS listener, …) fit one place only: right after a list
 * item's dash, before it has fields. yaml-language-server offers a list item schema's snippets
 * inside any item, and inserts them as written, while Monaco indents a snippet's later lines
 * like the line it starts on, which for `  - ` is the dash's column, not the fields'. So a
 * completion answer keeps them only after a bare dash (a word typed to filter allowed), with
 * their later lines moved to the fields' column.
 */
import { LISTENER_SNIPPETS } from './completion-hints';

const ITEM_SNIPPETS = new Set(LISTENER_SNIPPETS.map((s) => s.label));

interface Item {
  label?: unknown;
  insertText?: unknown;
  textEdit?: { newText?: unknown };
}

/**
 * The completion list with the list-item snippets fitted to the line the cursor is on
 * (`before`: its text up to the cursor): indented to the item's fields after a bare `- `,
 * dropped anywhere else.
 */
export function fitListItemSnippets<T>(answer: T, before: string): T {
  const items = (answer as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return answer;
  const dash = /^\s*-(?:(\s+)\S*)?$/.exec(before);
  // The fields' column less the line's indentation (which Monaco adds): the dash and the
  // spaces after it (one, which the service adds itself after a dash alone).
  const pad = ' '.repeat(1 + Math.max(1, dash?.[1]?.length ?? 0));
  const fitted = (items as Item[]).flatMap((item) => {
    if (typeof item.label !== 'string' || !ITEM_SNIPPETS.has(item.label)) return [item];
    if (!dash || typeof item.insertText !== 'string') return [];
    const text = item.insertText.replaceAll('\n', `\n${pad}`);
    return [
      {
        ...item,
        insertText: text,
        ...(item.textEdit ? { textEdit: { ...item.textEdit, newText: text } } : {}),
      },
    ];
  });
  return { ...answer, items: fitted };
}
