/**
 * `npm run region:setup -- region.json`: prepares a CouchDB 3 server for a region (users, the
 * regional database, one database per shared case, their security objects and design documents).
 * Safe to run again after editing the file: everything is brought up to date.
 */
import { readFile } from 'node:fs/promises';
import { regionConfigSchema, setupRegion } from '../electron/services/sync/setup';

const file = process.argv[2];
if (!file) {
  console.error('Usage: npm run region:setup -- region.json');
  process.exit(2);
}
const parsed = regionConfigSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
if (!parsed.success) {
  console.error(`${file} is not a region config: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  process.exit(2);
}
try {
  const steps = await setupRegion(parsed.data, (line) => console.log(line));
  console.log(`Done: ${steps.length} steps.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
