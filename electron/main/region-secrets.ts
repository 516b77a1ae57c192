import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { RegionSecrets } from '../services/sync/handlers';
import { writeFileDurably } from '../services/store/durable-file';

/** The part of Electron's safeStorage this uses (so a test can pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Region passwords, encrypted with the operating system's secure storage (Keychain, DPAPI,
 * libsecret through Electron safeStorage) and kept as base64 in `<userData>/region-secrets.json`.
 * Where secure storage is unavailable the password is held in memory for this session only,
 * never written in plain text.
 */
export function safeStorageSecrets(userDataDir: string, safe: SafeStorageLike): RegionSecrets {
  const file = path.join(userDataDir, 'region-secrets.json');
  const session = new Map<string, string>();
  const read = async (): Promise<Record<string, string>> => {
    try {
      return JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return {
    // Asked when read: safeStorage answers only once the app is ready.
    get secure() {
      return safe.isEncryptionAvailable();
    },
    get: async (key) => {
      if (session.has(key)) return session.get(key)!;
      const stored = (await read())[key];
      if (!stored || !safe.isEncryptionAvailable()) return null;
      try {
        return safe.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        return null;
      }
    },
    set: async (key, value) => {
      const all = await read();
      session.delete(key);
      delete all[key];
      if (value !== null) {
        if (safe.isEncryptionAvailable()) all[key] = safe.encryptString(value).toString('base64');
        else session.set(key, value);
      }
      await fs.mkdir(userDataDir, { recursive: true });
      await writeFileDurably(file, `${JSON.stringify(all)}\n`, undefined, 0o600);
    },
  };
}
