import { benchAutosave, LARGE_EVIDENCE, SMALL_EVIDENCE } from './autosave';

// Run by benchAutosaveSizes in a fresh process (NODE_ENV=production): the small case, then the large one.
const small = await benchAutosave(SMALL_EVIDENCE);
const large = await benchAutosave(LARGE_EVIDENCE);
console.log(JSON.stringify({ small, large }));
