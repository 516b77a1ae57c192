import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every .ts file under `dir`. */
export async function globby(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => path.join(e.parentPath, e.name));
}
