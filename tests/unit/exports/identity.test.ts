import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSelfIssuedIdentity } from '../../../electron/services/signing/certificate';
import { IdentityStore } from '../../../electron/services/signing/identity-store';
import { toPkcs12 } from '../../../electron/services/signing/pkcs12';
import { AppError } from '../../../shared/result';

const draft = {
  name: 'Priya Shah',
  role: 'Peer assessor',
  organisation: 'Eastmoor Regional Employers',
  email: 'priya.shah@example.org',
  passphrase: 'correct horse battery',
};

let dir: string;
let store: IdentityStore;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-identity-'));
  store = new IdentityStore(dir, () => new Date('2026-11-22T10:00:00Z'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('signing identity', () => {
  it('starts with none', async () => {
    expect(await store.status()).toEqual({ exists: false, unlocked: false, identity: null });
    expect((await rejection(store.unlock('anything'))).code).toBe('not_found');
    expect(() => store.requireUnlocked()).toThrow(/locked/);
  });

  it('creates an RSA-2048 key with a self-issued certificate in a passphrase-protected PKCS#12', async () => {
    const status = await store.create(draft);
    expect(status.exists && status.unlocked).toBe(true);
    expect(status.identity).toMatchObject({ name: 'Priya Shah', email: 'priya.shah@example.org', source: 'created' });
    expect(status.identity?.subject).toContain('O=Eastmoor Regional Employers');
    expect(status.identity?.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const p12 = await readFile(path.join(dir, 'identity', 'identity.p12'));
    const opened = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), draft.passphrase);
    const keyBag = opened.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag]?.[0];
    expect((keyBag?.key as forge.pki.rsa.PrivateKey).n.bitLength()).toBe(2048);
    // The key is not stored in the clear anywhere in the workspace.
    const summary = await readFile(path.join(dir, 'identity', 'identity.json'), 'utf8');
    expect(summary).not.toMatch(/PRIVATE KEY|passphrase/i);
  });

  it('locks, refuses a wrong passphrase with a clear message, and unlocks with the right one', async () => {
    await store.create(draft);
    expect((await store.lock()).unlocked).toBe(false);
    const wrong = await rejection(store.unlock('not the passphrase'));
    expect(wrong.code).toBe('forbidden');
    expect(wrong.message).toMatch(/passphrase is not right/);
    expect((await store.unlock(draft.passphrase)).unlocked).toBe(true);
    expect(store.requireUnlocked().keyPem).toMatch(/BEGIN RSA PRIVATE KEY/);
  });

  it('a new session (new store on the same folder) starts locked but knows the identity', async () => {
    await store.create(draft);
    const next = new IdentityStore(dir, () => new Date());
    expect(await next.status()).toMatchObject({ exists: true, unlocked: false, identity: { name: 'Priya Shah' } });
  });

  it('will not silently replace an existing identity', async () => {
    await store.create(draft);
    expect((await rejection(store.create(draft))).code).toBe('conflict');
    expect((await store.create({ ...draft, name: 'Tomos Rhys' }, true)).identity?.name).toBe('Tomos Rhys');
  });

  it('imports an organisation’s .p12 and keeps its passphrase', async () => {
    const { key, cert } = createSelfIssuedIdentity(
      { name: 'Northvale Signing', role: '', organisation: 'Northvale Borough Council', email: 'sign@northvale.example' },
      new Date(),
    );
    const file = path.join(dir, 'org.p12');
    await writeFile(file, toPkcs12(key, cert, 'org-passphrase', 'Northvale'));
    const wrong = await rejection(store.importFile(file, 'guess'));
    expect(wrong.code).toBe('forbidden');
    expect((await store.status()).exists).toBe(false);
    const status = await store.importFile(file, 'org-passphrase');
    expect(status.identity).toMatchObject({ name: 'Northvale Signing', organisation: 'Northvale Borough Council', source: 'imported' });
    await store.lock();
    expect((await store.unlock('org-passphrase')).unlocked).toBe(true);
  });

  it('refuses a malformed .p12 with a clear message and changes nothing', async () => {
    for (const bytes of [Buffer.from('not a p12 at all'), Buffer.from([0x30, 0x82, 0x01, 0x00, 0x02, 0x01]), Buffer.alloc(0)]) {
      const file = path.join(dir, 'bad.p12');
      await writeFile(file, bytes);
      const error = await rejection(store.importFile(file, 'whatever'));
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/not a PKCS#12/);
    }
    expect((await store.status()).exists).toBe(false);
  });

  /** What OpenSSL (an independent reader) says about the file, opening it with the passphrase (it reports on stderr). */
  const opensslInfo = (file: string, passphrase: string) => {
    const run = spawnSync('openssl', ['pkcs12', '-info', '-noout', '-in', file, '-passin', `pass:${passphrase}`], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    return run.stdout + run.stderr;
  };
  const opensslMac = (file: string, passphrase: string) => /MAC: (\S+), Iteration (\d+)/.exec(opensslInfo(file, passphrase))?.slice(1);

  it('writes the .p12 MAC with SHA-256, which OpenSSL opens with the (Welsh) passphrase and refuses without it', async () => {
    const passphrase = 'Ŵyn a ŷd – cyfrinair';
    await store.create({ ...draft, passphrase });
    const file = path.join(dir, 'identity', 'identity.p12');
    expect(opensslMac(file, passphrase)).toEqual(['sha256', '20000']);
    expect(opensslInfo(file, passphrase)).toContain('PRF hmacWithSHA256');
    expect(() => opensslMac(file, 'not it')).toThrow(/Mac verify error/);
  });

  it('opens an older .p12 (SHA-1 MAC, as forge writes it) and writes it again with SHA-256 on unlock', async () => {
    await store.create(draft);
    const { key, cert } = createSelfIssuedIdentity(
      { name: 'Priya Shah', role: '', organisation: 'Eastmoor', email: 'priya.shah@example.org' },
      new Date('2026-11-22T10:00:00Z'),
    );
    const old = forge.pkcs12.toPkcs12Asn1(key, [cert], draft.passphrase, { algorithm: 'aes256', count: 2048, generateLocalKeyId: true });
    const file = path.join(dir, 'identity', 'identity.p12');
    await writeFile(file, Buffer.from(forge.asn1.toDer(old).getBytes(), 'binary'));
    expect(opensslMac(file, draft.passphrase)?.[0]).toBe('sha1');
    await store.lock();
    expect((await rejection(store.unlock('wrong'))).code).toBe('forbidden');
    expect(opensslMac(file, draft.passphrase)?.[0]).toBe('sha1');
    await store.unlock(draft.passphrase);
    expect(opensslMac(file, draft.passphrase)?.[0]).toBe('sha256');
    // The same key, still opening with the same passphrase in a new session.
    const keyPem = store.requireUnlocked().keyPem;
    expect(forge.pki.privateKeyFromPem(keyPem).n.equals(key.n)).toBe(true);
    const next = new IdentityStore(dir, () => new Date());
    expect((await next.unlock(draft.passphrase)).unlocked).toBe(true);
    expect(next.requireUnlocked().keyPem).toBe(keyPem);
  });
});
