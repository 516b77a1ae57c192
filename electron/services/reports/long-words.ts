import type { TDocumentDefinitions } from 'pdfmake/interfaces';

/** A run of this many characters without a space cannot fit a narrow table column. */
const LONG_WORD = /\S{30,}/;

/**
 * pdfmake never breaks inside a word, so a long one (a pasted link, 200 letters without a space)
 * runs off the page and pushes the columns beside it out. Text holding one may break anywhere;
 * other text keeps breaking between words.
 */
export function breakLongWords<T extends TDocumentDefinitions>(definition: T): T {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (typeof record.text === 'string' && LONG_WORD.test(record.text) && !record.noWrap) record.wordBreak = 'break-all';
    for (const [key, value] of Object.entries(record)) if (key !== 'image' && typeof value === 'object') walk(value);
  };
  walk(definition.content);
  return definition;
}
