import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createServices } from '../../electron/services';
import { dispatch } from '../../electron/services/dispatch';
import { percentile, round, timeEach, timeOnce } from './stats';
import { COMMON_WORDS, pick, seededRandom, VOCABULARY, WELSH_WORDS, WORDS } from './random';

/**
 * What people type, in tenths: 3 casework words that match thousands of notes ("training"),
 * 3 rarer words (a place, a person, a topic), 1 Welsh word, 1 pair of words, 1 pair whose second
 * word is still being typed (a prefix of 3+ letters), and 1 search still at its first 2–3 letters
 * (the search box asks as soon as typing pauses, so a short prefix is asked often).
 */
function queries(count: number): string[] {
  const random = seededRandom(99);
  const rareStart = COMMON_WORDS + WORDS.length + WELSH_WORDS.length;
  const rare = VOCABULARY.slice(rareStart, rareStart + 3_000);
  const word = () => (random() < 0.5 ? pick(random, WORDS) : pick(random, rare));
  return Array.from({ length: count }, (_, i) => {
    switch (i % 10) {
      case 0:
      case 1:
      case 2:
        return pick(random, WORDS);
      case 6:
        return pick(random, WELSH_WORDS);
      case 7:
        return `${word()} ${word()}`;
      case 8: {
        const second = word();
        return `${word()} ${second.slice(0, Math.max(3, second.length - 3))}`;
      }
      case 9:
        return word().slice(0, 2 + Math.floor(random() * 2));
      default:
        return pick(random, rare);
    }
  });
}

/**
 * `search:query` through dispatch on a freshly opened workspace: the first query builds the
 * MiniSearch index from every case file (timed on its own), then `count` queries are timed.
 */
export async function benchSearch(dir: string, count = 500) {
  const services = await createServices({ workspaceDir: dir });
  try {
    const search = (text: string) => dispatch(services.handlers, 'search:query', { text, limit: 50 });
    // The longest the event loop was held while the index was built: a save waits that long.
    const blocked = monitorEventLoopDelay({ resolution: 5 });
    blocked.enable();
    const build = await timeOnce(() => search('partnership'));
    blocked.disable();
    if (!build.value.ok) throw new Error(build.value.error.message);
    const documents = services.search.size;
    const texts = queries(count);
    let hits = 0;
    // CPU time beside wall time: on a shared machine the wall time also counts other people's work.
    const cpu: number[] = [];
    const durations = await timeEach(count, async (i) => {
      const before = process.cpuUsage();
      const result = await search(texts[i]);
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
      if (!result.ok) throw new Error(result.error.message);
      hits += (result.data as unknown[]).length;
    });
    return {
      documents,
      buildMs: round(build.ms),
      buildLongestBlockMs: round(blocked.max / 1e6),
      queries: count,
      p50: round(percentile(durations, 50)),
      p95: round(percentile(durations, 95)),
      max: round(Math.max(...durations)),
      cpuP50: round(percentile(cpu, 50)),
      cpuP95: round(percentile(cpu, 95)),
      meanHits: round(hits / count, 1),
    };
  } finally {
    await services.close();
  }
}
