import bidiFactory from 'bidi-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visualOrder } from '../../../electron/services/reports/line-hooks';

/*
 * The documents order a line's words right to left word by word (line-hooks.ts: fontkit draws
 * each right-to-left word's letters right to left itself). Checked against bidi-js reordering
 * the whole line character by character (its rule L2, a different code path): the words in our
 * order, each odd-level word's letters reversed, must read the same as bidi-js's visual string.
 */

const bidi = bidiFactory();
const token = fc.oneof(
  fc.constantFrom('שלום', 'עולם', 'ועדה', 'مرحبا', 'لجنة'),
  fc.constantFrom('Llŷr', 'council', 'Ŵyn', 'ok'),
  fc.constantFrom('123', '2025', '7'),
  fc.constantFrom('.', ',', ':', '-', '👍', '—'),
);
/** A line as pdfmake holds it: words, and the spaces after them as pieces of their own. */
const line = fc
  .array(fc.tuple(token, fc.boolean()), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.flatMap(([word, space]) => (space ? [word, ' '] : [word])));

describe('visual order of a line', () => {
  it('matches bidi-js reordering the same line character by character, in either paragraph direction', () => {
    fc.assert(
      fc.property(line, fc.constantFrom('ltr' as const, 'rtl' as const), (texts, direction) => {
        const joined = texts.join('');
        const embedding = bidi.getEmbeddingLevels(joined, direction);
        const expected = bidi.getReorderedString(joined, embedding);
        let at = 0;
        const odd = texts.map((text) => {
          const level = embedding.levels[at];
          at += text.length;
          return level % 2 === 1;
        });
        const ours = visualOrder(texts, direction)
          .map((i) => (odd[i] ? Array.from(texts[i]).reverse().join('') : texts[i]))
          .join('');
        expect(ours).toBe(expected);
      }),
      { numRuns: 500, seed: 19 },
    );
  });

  it('leaves a line without right-to-left letters in typed order', () => {
    expect(visualOrder(['Siân ', 'Llŷr ', '2025'], 'ltr')).toEqual([0, 1, 2]);
  });
});
