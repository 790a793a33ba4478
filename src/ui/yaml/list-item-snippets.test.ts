import { describe, expect, it } from 'vitest';
import { fitListItemSnippets } from './list-item-snippets';

const answer = () => ({
  isIncomplete: false,
  items: [
    { label: 'HTTP listener', insertText: 'name: http\nport: 80', textEdit: { newText: 'x' } },
    { label: 'port', insertText: 'port: ' },
  ],
});

describe('fitListItemSnippets', () => {
  it('indents a whole listener to the fields of a new list item', () => {
    const fitted = fitListItemSnippets(answer(), '  - ');
    expect(fitted.items[0]).toMatchObject({
      insertText: 'name: http\n  port: 80',
      textEdit: { newText: 'name: http\n  port: 80' },
    });
    expect(fitListItemSnippets(answer(), '  -   ').items[0]?.insertText).toBe(
      'name: http\n    port: 80',
    );
    // After a dash alone the service puts a space before the item itself.
    expect(fitListItemSnippets(answer(), '  -').items[0]?.insertText).toBe(
      'name: http\n  port: 80',
    );
    expect(fitListItemSnippets(answer(), '    - HT').items[0]?.insertText).toBe(
      'name: http\n  port: 80',
    );
  });

  it('drops whole listeners anywhere but a new item, keeping the fields', () => {
    for (const before of ['    ', '  - name: web', '  -HT', ''])
      expect(fitListItemSnippets(answer(), before).items.map((i) => i.label)).toEqual(['port']);
  });
});
