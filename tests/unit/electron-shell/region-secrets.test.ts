import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { safeStorageSecrets, type SafeStorageLike } from '../../../electron/main/region-secrets';

/** A stand-in for the OS keychain: reversible, but never the plain text. */
const xor = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
const keychain = (available: boolean): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (plain) => xor(Buffer.from(`enc:${plain}`)),
  decryptString: (encrypted) => xor(encrypted).toString().replace(/^enc:/, ''),
});

it('region passwords are kept encrypted by secure storage, never as plain text, and read back after a restart', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-secrets-'));
  try {
    const secrets = safeStorageSecrets(dir, keychain(true));
    expect(secrets.secure).toBe(true);
    await secrets.set('ws\nhttps://couch\nalys', 'cyfrinair-ŵ-secret');
    const file = await readFile(path.join(dir, 'region-secrets.json'), 'utf8');
    expect(file).not.toContain('cyfrinair');
    expect(await safeStorageSecrets(dir, keychain(true)).get('ws\nhttps://couch\nalys')).toBe('cyfrinair-ŵ-secret');
    await secrets.set('ws\nhttps://couch\nalys', null);
    expect(await secrets.get('ws\nhttps://couch\nalys')).toBeNull();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

it('without secure storage the password lives only in memory for the session', async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-secrets-'));
  try {
    const secrets = safeStorageSecrets(dir, keychain(false));
    expect(secrets.secure).toBe(false);
    await secrets.set('k', 'only-in-memory');
    expect(await secrets.get('k')).toBe('only-in-memory');
    expect(await readFile(path.join(dir, 'region-secrets.json'), 'utf8')).not.toContain('only-in-memory');
    expect(await safeStorageSecrets(dir, keychain(false)).get('k')).toBeNull();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
