/** A seeded PRNG (mulberry32), so every run generates the same synthetic workspace. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One element of `items`, chosen by `random`. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

const COMMON = 'the and of to in a for with on was at is staff that have by from their this were are they be as'.split(' ');

/** How many common words open VOCABULARY. */
export const COMMON_WORDS = COMMON.length;

/** Casework words: after the common words, the most frequent in notes (then the Welsh ones). */
export const WORDS = (
  'learning union representative manager training literacy numeracy release time workplace ' +
  'council directorate assessment diagnostic strategy partnership steering group progression advice ' +
  'guidance evidence interview mentor supervisor flexible shift pattern waste services libraries ' +
  'social care budget plan review monitoring accountability resource timescale measure outcome'
).split(' ');

/** Welsh casework words: notes in Wales are often bilingual, and people search in either language. */
export const WELSH_WORDS = (
  'dysgu gweithle undeb cyngor hyfforddiant sgiliau cynllun partneriaeth gweithwyr cymuned ' +
  'llyfrgelloedd gofal swyddog rheolwr asesiad cyfarfod tŷ dŵr gŵyl ŵyr'
).split(' ');

const SYLLABLES = 'bar ton wel mor den ash ley fin gar hol kin lan mer nor pen ril sel tam val wyn cot bre dun ell'.split(' ');

/**
 * A vocabulary like real notes have: common words, then casework words (English, then Welsh), then thousands of
 * rarer words (places, names, topics; seeded pseudo-words here). Words are drawn by Zipf's law,
 * so a search for a rare word matches a few notes and one for "training" matches many.
 */
export const VOCABULARY: readonly string[] = (() => {
  const random = seededRandom(5);
  const rare = new Set<string>();
  while (rare.size < 6_000) {
    const length = 2 + Math.floor(random() * 3);
    rare.add(Array.from({ length }, () => pick(random, SYLLABLES)).join(''));
  }
  return [...COMMON, ...WORDS, ...WELSH_WORDS, ...rare];
})();

const CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((_, rank) => (sum += 1 / (rank + 1)));
})();

/** A word drawn by Zipf's law over VOCABULARY. */
export function zipfWord(random: () => number): string {
  const target = random() * CUMULATIVE[CUMULATIVE.length - 1];
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo];
}

/** Note-like text of about `words` words. */
export function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(zipfWord(random));
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
