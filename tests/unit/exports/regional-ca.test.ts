import { createPrivateKey, sign as cryptoSign, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSignedData } from '../../../electron/services/signing/cms-parse';
import { openSealedKey } from '../../../electron/services/signing/key-seal';
import { findSignatures } from '../../../electron/services/signing/pdf-signature-fields';
import { revocationPayload } from '../../../electron/services/signing/trust-store';
import { closeWorkers } from '../../../electron/services/workers/pool';
import { openServices, type Opened } from '../helpers/open-services';

/*
 * The regional CA workflow through the real services of three workspaces: the coordinator
 * creates the CA and issues Priya a .p12; Priya signs a report with it; a colleague's workspace
 * imports the CA certificate and then knows her signature; a revocation list makes it revoked.
 */

const clock = () => new Date('2026-11-22T10:00:00Z');
let files: string;
let coordinator: Opened;
let priya: Opened;
let colleague: Opened;
let report: string;

beforeAll(async () => {
  files = await mkdtemp(path.join(os.tmpdir(), 'casebook-region-files-'));
  [coordinator, priya, colleague] = await Promise.all([openServices(clock), openServices(clock), openServices(clock)]);
});
afterAll(async () => {
  await Promise.all([coordinator.close(), priya.close(), colleague.close()]);
  await rm(files, { recursive: true, force: true });
  await closeWorkers();
});

describe('regional certificate authority', () => {
  it('is created with an encrypted key, and trusted by its own workspace', async () => {
    const ca = await coordinator.call('region:create', {
      name: 'Eastmoor Region GO Award CA',
      organisation: 'Eastmoor Regional Employers',
      passphrase: 'coordinator passphrase 1',
    });
    expect(ca.certificate.selfIssued).toBe(true);
    const caFile = path.join(coordinator.workspaceDir, 'region', 'ca.json');
    const stored = JSON.parse(await readFile(caFile, 'utf8'));
    expect(stored.sealedKey).toMatchObject({ kdf: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(JSON.stringify(stored)).not.toContain('PRIVATE KEY');
    if (process.platform !== 'win32') expect((await stat(caFile)).mode & 0o777).toBe(0o600);
    expect((await coordinator.call('trust:list')).map((s) => s.kind)).toEqual(['regional_ca']);
  });

  it('refuses to issue with the wrong CA passphrase', async () => {
    const error = await coordinator.fail('region:issue', {
      member: { name: 'X', email: 'x@example.org' },
      p12Passphrase: 'member passphrase',
      caPassphrase: 'wrong passphrase',
    });
    expect(error.code).toBe('forbidden');
  });

  it('issues a member .p12 that the member imports and signs with', async () => {
    const p12 = path.join(files, 'priya.p12');
    coordinator.saveTo(p12);
    const issued = await coordinator.call('region:issue', {
      member: { name: 'Priya Shah', role: 'Peer assessor', organisation: 'Eastmoor Regional Employers', email: 'priya@example.org' },
      p12Passphrase: 'priya passphrase',
      caPassphrase: 'coordinator passphrase 1',
    });
    expect(issued.path).toBe(p12);
    expect(issued.summary.issued).toHaveLength(1);

    priya.pick(p12);
    const status = await priya.call('signing:import', { passphrase: 'priya passphrase' });
    expect(status?.identity?.issuer).toContain('Eastmoor Region GO Award CA');
    const preview = await priya.call('exports:preview', { kind: 'assessment-report', id: 'sample', signature: { kind: 'typed' } });
    report = path.join(files, 'report.pdf');
    priya.saveTo(report);
    await priya.call('exports:export', { previewId: preview.previewId });
    // Her own workspace knows her.
    priya.pick(report);
    expect((await priya.call('exports:verify'))?.signatures[0].verdict).toBe('known');
  });

  it('a colleague sees an unknown signer until they import the CA certificate, then a known one', async () => {
    colleague.pick(report);
    expect((await colleague.call('exports:verify'))?.signatures[0].verdict).toBe('unknown_signer');

    const cer = path.join(files, 'ca.cer');
    coordinator.saveTo(cer);
    await coordinator.call('region:exportCertificate');
    colleague.pick(cer);
    const picked = await colleague.call('trust:pickCertificate');
    expect(picked?.isCa).toBe(true);
    expect(picked?.certificate.fingerprint).toBe((await coordinator.call('region:status'))?.certificate.fingerprint);
    await colleague.call('trust:add', { der: picked?.der ?? '', kind: 'regional_ca' });

    colleague.pick(report);
    const [signature] = (await colleague.call('exports:verify'))?.signatures ?? [];
    expect(signature).toMatchObject({ verdict: 'known', knownAs: 'issued by Eastmoor Region GO Award CA', signerName: 'Priya Shah' });
  });

  it('after revocation the coordinator’s own workspace sees it at once; a colleague after importing the CRL; a doctored CRL is refused', async () => {
    const serial = (await coordinator.call('region:status'))?.issued[0].serialNumber ?? '';
    await coordinator.call('region:revoke', { serialNumber: serial });
    coordinator.pick(report);
    expect((await coordinator.call('exports:verify'))?.signatures[0].verdict).toBe('revoked');

    const crl = path.join(files, 'region.crl');
    coordinator.saveTo(crl);
    await coordinator.call('region:exportRevocations', { caPassphrase: 'coordinator passphrase 1' });
    const bytes = await readFile(crl);
    expect(bytes[0]).toBe(0x30);

    // Someone removes the revoked serial: the CA's signature no longer holds.
    const serialBytes = Buffer.from(serial.length % 2 ? `0${serial}` : serial, 'hex');
    const at = bytes.indexOf(serialBytes);
    expect(at).toBeGreaterThan(0);
    const doctored = Buffer.from(bytes);
    doctored[at + 2] ^= 0x01;
    const doctoredFile = path.join(files, 'doctored.crl');
    await writeFile(doctoredFile, doctored);
    colleague.pick(doctoredFile);
    expect((await colleague.fail('trust:importRevocations')).message).toContain('not signed by the regional CA');

    colleague.pick(crl);
    expect(await colleague.call('trust:importRevocations')).toEqual({ caName: 'Eastmoor Region GO Award CA', revoked: 1 });
    colleague.pick(report);
    expect((await colleague.call('exports:verify'))?.signatures[0].verdict).toBe('revoked');
  });

  it('still imports an older Casebook JSON revocation list', async () => {
    const caFile = JSON.parse(await readFile(path.join(coordinator.workspaceDir, 'region', 'ca.json'), 'utf8'));
    const keyPem = openSealedKey(caFile.sealedKey, 'coordinator passphrase 1') ?? '';
    const issued = caFile.issued[0];
    const body = {
      format: 'casebook-revocations' as const,
      caFingerprint: new X509Certificate(caFile.certificatePem).fingerprint256,
      issuedAt: clock().toISOString(),
      revoked: [{ serialNumber: issued.serialNumber, name: issued.name, revokedAt: issued.revokedAt }],
    };
    const list = path.join(files, 'old.json');
    await writeFile(list, JSON.stringify({ ...body, signature: cryptoSign('sha256', revocationPayload(body), keyPem).toString('base64') }));
    await priya.call('trust:add', { der: (await readFile(path.join(files, 'ca.cer'))).toString('base64'), kind: 'regional_ca' });
    priya.pick(list);
    expect(await priya.call('trust:importRevocations')).toEqual({ caName: 'Eastmoor Region GO Award CA', revoked: 1 });
  });

  it('opens a CA key stored the older way and seals it with scrypt at that unlock', async () => {
    const caFile = path.join(coordinator.workspaceDir, 'region', 'ca.json');
    const stored = JSON.parse(await readFile(caFile, 'utf8'));
    const keyPem = openSealedKey(stored.sealedKey, 'coordinator passphrase 1') ?? '';
    const old = {
      ...stored,
      sealedKey: undefined,
      encryptedKeyPem: createPrivateKey(keyPem)
        .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'coordinator passphrase 1' })
        .toString(),
    };
    await writeFile(caFile, JSON.stringify(old));
    coordinator.saveTo(path.join(files, 'again.crl'));
    await coordinator.call('region:exportRevocations', { caPassphrase: 'coordinator passphrase 1' });
    const after = JSON.parse(await readFile(caFile, 'utf8'));
    expect(after.encryptedKeyPem).toBeUndefined();
    expect(after.sealedKey.kdf).toBe('scrypt');
  });

  it('exports the user’s own public certificate, which a colleague adds after checking its fingerprint', async () => {
    const mine = path.join(files, 'priya.cer');
    priya.saveTo(mine);
    expect(await priya.call('trust:exportOwnCertificate')).toEqual({ path: mine });
    const bytes = await readFile(mine);
    expect(bytes.toString('latin1')).not.toContain('PRIVATE KEY');
    colleague.pick(mine);
    const picked = await colleague.call('trust:pickCertificate');
    expect(picked?.isCa).toBe(false);
    expect((await colleague.fail('trust:add', { der: picked?.der ?? '', kind: 'regional_ca' })).message).toContain(
      'not a certificate authority',
    );
  });

  it('a member who imported the CRL carries it in what she signs; a reader who never imported it sees the revocation from the file', async () => {
    // Priya's workspace knows the CA (added above) and now imports its CRL, which names her.
    priya.pick(path.join(files, 'region.crl'));
    expect(await priya.call('trust:importRevocations')).toEqual({ caName: 'Eastmoor Region GO Award CA', revoked: 1 });
    const preview = await priya.call('exports:preview', { kind: 'assessment-report', id: 'sample', signature: { kind: 'typed' } });
    const signed = path.join(files, 'report-with-crl.pdf');
    priya.saveTo(signed);
    await priya.call('exports:export', { previewId: preview.previewId });
    const parsed = parseSignedData(findSignatures(await readFile(signed))[0].cms);
    expect(parsed.ok && parsed.value.crls.map((c) => c.toString('hex'))).toEqual([
      (await readFile(path.join(files, 'region.crl'))).toString('hex'),
    ]);

    const reader = await openServices(clock);
    try {
      await reader.call('trust:add', { der: (await readFile(path.join(files, 'ca.cer'))).toString('base64'), kind: 'regional_ca' });
      reader.pick(signed);
      const [signature] = (await reader.call('exports:verify'))?.signatures ?? [];
      expect(signature.verdict).toBe('revoked');
      expect(signature.notes.map((n) => n.kind)).toContain('revocation_embedded');
    } finally {
      await reader.close();
    }
  });
});
