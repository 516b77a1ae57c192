import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { RegionSecrets } from '../../../electron/services/sync/handlers';

/**
 * TEST HOST ONLY — NOT SECURE. The browser test host has no operating-system secure storage, so
 * it keeps region passwords in a plain JSON file beside the workspace. The desktop app never uses
 * this: it keeps them with Electron safeStorage (electron/main/region-secrets.ts).
 */
export function plainFileSecrets(file: string): RegionSecrets {
  const read = async (): Promise<Record<string, string>> =>
    JSON.parse(await fs.readFile(file, 'utf8').catch(() => '{}')) as Record<string, string>;
  return {
    secure: false,
    get: async (key) => (await read())[key] ?? null,
    set: async (key, value) => {
      const all = await read();
      if (value === null) delete all[key];
      else all[key] = value;
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, JSON.stringify(all), { mode: 0o600 });
    },
  };
}
