import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SearchDoc, SearchKind } from '../../../shared/ipc/contracts/search';
import { SearchIndex, snippet } from '../../../electron/services/search/search-index';

/**
 * The index scores with its own loop over MiniSearch's postings (scoring.ts). The reference is
 * MiniSearch's own search() — the ranking Casebook had before — run on a second index built by
 * the same steps, so both meet the same entries of replaced and removed notes (MiniSearch tidies
 * those as it meets them, which changes later scores). Everything a hit carries must be equal:
 * which documents, their order, their scores to the last bit and the snippet.
 */

interface Reference {
  search(query: string): { id: string; score: number; terms: string[] }[];
}
const referenceOf = (index: SearchIndex) => (index as unknown as { mini: Reference }).mini;

// Casework words in English and Welsh (with ŵ ŷ â ô and mutations), words sharing prefixes, and
// other non-ASCII text: accents, ß, Greek, CJK, emoji, punctuation inside words.
const vocabulary = [
  ...'training trade transport train trains learning learner union mentor shift waste'.split(' '),
  ...'dysgu ddysgu nysgu gweithle gweithwyr tŷ tŵr dŵr gŵyl ŵyr ŷd llyfrgell llŷn cân côr'.split(' '),
  ...'café naïve straße Ærø ΑΘΗΝΑ 東京 🙂 o’neill co-op e-mail 2026 50%'.split(' '),
];
const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...vocabulary) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...'abctrwyŵŷâyd'), minLength: 1, maxLength: 7 }) },
);
const text = (max: number) => fc.array(word, { maxLength: max }).map((words) => words.join(' '));
const kinds: SearchKind[] = ['evidence', 'workshop_note', 'case_study'];
const note = fc.record({
  kind: fc.constantFrom(...kinds),
  id: fc.integer({ min: 0, max: 40 }).map((n) => `n${n}`),
  title: text(4),
  subtitle: fc.option(text(3), { nil: undefined }),
  text: text(30),
});
/** Each step adds or replaces a note, or removes one; the index is already built, so both tidy lazily. */
const step = fc.oneof(
  { weight: 4, arbitrary: note.map((doc) => ({ upsert: { ...doc, route: `/${doc.kind}/${doc.id}` } as SearchDoc })) },
  {
    weight: 1,
    arbitrary: fc.record({
      remove: fc.record({ kind: fc.constantFrom(...kinds), id: fc.integer({ min: 0, max: 40 }).map((n) => `n${n}`) }),
    }),
  },
);
// What people type: a word, a pair, a prefix of one (2+ letters), a typo, case changes, punctuation.
const query = fc.oneof(
  word,
  fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
  word.filter((w) => [...w].length > 2).map((w) => [...w].slice(0, 2 + (w.length % 3)).join('')),
  fc.constantFrom('trainign', 'Gweithlle', 'TŶ', 'dŵr, gŵyl', 'learning-union', '  ', '!!'),
);

describe('ranking equals MiniSearch’s own search()', () => {
  it('over generated notes in English, Welsh and other scripts, with replaced and removed notes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { minLength: 1, maxLength: 60 }),
        fc.array(query, { minLength: 1, maxLength: 8 }),
        async (steps, queries) => {
          const [index, reference] = [new SearchIndex(), new SearchIndex()];
          // Built first, so later changes leave entries that the next query has to skip.
          await index.query('warm');
          await reference.query('warm');
          for (const s of steps) {
            for (const target of [index, reference]) {
              if ('upsert' in s) target.upsert(s.upsert);
              else target.remove(s.remove.kind, s.remove.id);
            }
          }
          for (const q of queries) {
            const hits = await index.query(q, { limit: 1_000 });
            const own = referenceOf(reference).search(q.trim());
            expect(hits.map((h) => [`${h.kind}:${h.id}`, h.score])).toEqual(own.map((r) => [r.id, r.score]));
            // The snippet is built from the words matched: the same words give the same snippet.
            const byKey = new Map<string, SearchDoc>(
              steps.flatMap((s) => ('upsert' in s ? [[`${s.upsert.kind}:${s.upsert.id}`, s.upsert] as const] : [])),
            );
            expect(hits.map((h) => h.snippet)).toEqual(own.map((r) => snippet(byKey.get(r.id)?.text ?? '', r.terms)));
            // Asked again, with a limit: the best 3 of the whole ranking. Asked again of both, since
            // each query tidies a little more of the removed notes (MiniSearch's removeTerm), which
            // can move a score between one query and the next.
            const best = await index.query(q, { limit: 3 });
            const again = referenceOf(reference).search(q.trim());
            expect(best.map((h) => [`${h.kind}:${h.id}`, h.score])).toEqual(again.slice(0, 3).map((r) => [r.id, r.score]));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
