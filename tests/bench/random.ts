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

export const WORDS = (
  'learning staff union representative manager training literacy numeracy release time workplace ' +
  'council directorate assessment diagnostic strategy partnership steering group progression advice ' +
  'guidance evidence interview mentor supervisor flexible shift pattern waste services libraries ' +
  'social care budget plan review monitoring accountability resource timescale measure outcome'
).split(' ');

/** Plausible note text of about `words` words. */
export function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]);
  const text = out.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** One element of `items`, chosen by `random`. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
