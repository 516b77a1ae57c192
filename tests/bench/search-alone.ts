import os from 'node:os';
import { existsSync } from 'node:fs';
import { benchSearch } from './search';
import { round } from './stats';
import { generateWorkspace } from './workspace';

/**
 * `npx tsx tests/bench/search-alone.ts [workspace folder]`: the search figure of `npm run bench`
 * on its own (the same 1,000-case workspace and 500 queries), for profiling. Given a folder that
 * exists, it reuses that workspace instead of generating one (generation takes longer than the
 * search bench). Prints the load average before and after, since the figure is CPU-bound.
 */
const given = process.argv[2];
const dir = given && existsSync(given) ? given : (await generateWorkspace(1_000, 50, 300)).dir;
const loadBefore = os.loadavg().map((l) => round(l));
const search = await benchSearch(dir);
console.log(JSON.stringify({ dir, loadBefore, loadAfter: os.loadavg().map((l) => round(l)), search }));
