import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import { percentile, round, timeEach, timeOnce } from './stats';
import { COMMON_WORDS, pick, seededRandom, VOCABULARY, WORDS } from './random';

/**
 * What people type: a third are casework words that match thousands of notes ("training"),
 * the rest rarer words (a place, a person, a topic); a third of all queries add a second word,
 * half of those still being typed (a prefix).
 */
function queries(count: number): string[] {
  const random = seededRandom(99);
  const rare = VOCABULARY.slice(COMMON_WORDS + WORDS.length, COMMON_WORDS + WORDS.length + 3_000);
  const word = (i: number) => (i % 3 === 0 ? pick(random, WORDS) : pick(random, rare));
  return Array.from({ length: count }, (_, i) => {
    const first = word(i);
    if (i % 3 !== 1) return first;
    const second = word(i + 1);
    return i % 2 ? `${first} ${second}` : `${first} ${second.slice(0, Math.max(3, second.length - 3))}`;
  });
}

/**
 * `search:query` through dispatch on a freshly opened workspace: the first query builds the
 * MiniSearch index from every case file (timed on its own), then `count` queries are timed.
 */
export async function benchSearch(dir: string, count = 100) {
  const services = await createServices({ workspaceDir: dir });
  try {
    const search = (text: string) => dispatch(services.handlers, 'search:query', { text, limit: 50 });
    const build = await timeOnce(() => search('partnership'));
    if (!build.value.ok) throw new Error(build.value.error.message);
    const documents = services.search.size;
    const texts = queries(count);
    let hits = 0;
    const durations = await timeEach(count, async (i) => {
      const result = await search(texts[i]);
      if (!result.ok) throw new Error(result.error.message);
      hits += (result.data as unknown[]).length;
    });
    return {
      documents,
      buildMs: round(build.ms),
      queries: count,
      p50: round(percentile(durations, 50)),
      p95: round(percentile(durations, 95)),
      max: round(Math.max(...durations)),
      meanHits: round(hits / count, 1),
    };
  } finally {
    await services.close();
  }
}
