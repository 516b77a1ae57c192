import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Every file under `dir` (relative path → bytes), to prove an operation changed nothing. */
export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const tree = new Map<string, string>();
  for (const file of files.sort()) {
    tree.set(path.relative(dir, file), (await readFile(file)).toString('base64'));
  }
  return tree;
}

/** Names in `dir` (not recursive) that match `pattern`. */
export async function namesMatching(dir: string, pattern: RegExp): Promise<string[]> {
  return (await readdir(dir)).filter((name) => pattern.test(name)).sort();
}

export const TEMP_FILE = /\.tmp$/;
export const DAMAGED_FILE = /\.damaged-/;
