import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach } from 'vitest';

/**
 * Returns a maker of fresh temp folders (under os.tmpdir()) that are removed after each test,
 * pass or fail, so a failing run never leaves workspaces behind.
 */
export function useTempDirs(scope: 'each' | 'all' = 'each'): (label?: string) => Promise<string> {
  const made: string[] = [];
  const cleanUp = async () => {
    await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
  };
  if (scope === 'each') afterEach(cleanUp);
  else afterAll(cleanUp);
  return async (label = 'casebook') => {
    const dir = await mkdtemp(path.join(os.tmpdir(), `${label}-`));
    made.push(dir);
    return dir;
  };
}
