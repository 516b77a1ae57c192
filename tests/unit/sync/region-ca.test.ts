import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrl, readCrl } from '../../../electron/services/signing/crl';
import { closeWorkers } from '../../../electron/services/workers/pool';
import { normaliseSerial } from '../../../shared/domain/trust';
import { regionCaDocId, regionCrlDocId, REGION_DB } from '../../../shared/sync/docs';
import { openServices, type Opened } from '../helpers/open-services';
import { ADMIN } from './couch-server';
import { useRegionServer } from './region-server';

/*
 * The regional CA through the regional database, end to end with real signing: the coordinator
 * issues Priya a certificate, Priya signs a report, the coordinator offers the CA to the region,
 * a member trusts it only after choosing to, the coordinator revokes (which, the CA being
 * offered, signs and sends a new CRL in the same step), and the member's verifier then says revoked. Hostile CA documents and CRLs never get in.
 */

const region = useRegionServer();
const CA_PASS = 'coordinator passphrase 1';
let files: string;
let priya: Opened;
let report: string;
let caFingerprint: string;
let cara: Member;
let ifor: Member;
type Member = Awaited<ReturnType<typeof region.open>>;

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
const serverDoc = async (id: string) =>
  (await fetch(`${region.couch.url}/${REGION_DB}/${encodeURIComponent(id)}`, {
    headers: { authorization: basic(ADMIN.username, ADMIN.password) },
  }).then((r) => r.json())) as Record<string, unknown> & { _rev: string; body: { der: string } };

beforeAll(async () => {
  files = await mkdtemp(path.join(os.tmpdir(), 'casebook-region-ca-'));
  priya = await openServices();
});
afterAll(async () => {
  await priya.close();
  await rm(files, { recursive: true, force: true });
  await closeWorkers();
});

describe('the regional CA through the regional database', () => {
  it('is offered, never trusted by arriving; a member trusts it by choice, and a revocation reaches their verifier', async () => {
    const users = ['cara', 'ifor'].map((name) => ({ name, password: `${name}-password` }));
    await region.couch.setup({ users, coordinators: ['cara'] });
    cara = await region.open('cara', 'Cara Jones');
    ifor = await region.open('ifor', 'Ifor Ŵyn');

    const ca = await cara.call('region:create', { name: 'Rhanbarth Gogledd — ŵ CA', organisation: 'North', passphrase: CA_PASS });
    caFingerprint = ca.certificate.fingerprint;
    const p12 = path.join(files, 'priya.p12');
    cara.saveTo(p12);
    await cara.call('region:issue', {
      member: { name: 'Priya Shah', role: 'Peer assessor', organisation: 'North', email: 'priya@example.org' },
      p12Passphrase: 'priya passphrase',
      caPassphrase: CA_PASS,
    });
    priya.pick(p12);
    await priya.call('signing:import', { passphrase: 'priya passphrase' });
    const preview = await priya.call('exports:preview', { kind: 'assessment-report', id: 'sample', signature: { kind: 'typed' } });
    report = path.join(files, 'report.pdf');
    priya.saveTo(report);
    await priya.call('exports:export', { previewId: preview.previewId });

    // Before: Ifor does not know who signed.
    ifor.pick(report);
    expect((await ifor.call('exports:verify'))?.signatures[0]?.verdict).toBe('unknown_signer');

    // Not offered yet: revoking would apply here only, without the passphrase (as in a workspace not in a region).
    expect((await cara.call('region:status'))?.offeredToRegion).toBe(false);
    expect(await cara.call('region:publish', { caPassphrase: CA_PASS })).toEqual({ published: true });
    await ifor.call('sync:syncNow');
    const offered = await ifor.call('sync:regionTrust');
    expect(offered.offered).toEqual([
      {
        name: 'Rhanbarth Gogledd — ŵ CA',
        subject: expect.stringContaining('Rhanbarth Gogledd — ŵ CA'),
        fingerprint: caFingerprint,
        sharedBy: 'Cara Jones',
        at: expect.any(String),
        trusted: false,
      },
    ]);
    // Arriving is not trusting: the trust store is untouched, the signer still unknown, no CRL taken.
    expect(await ifor.call('trust:list')).toEqual([]);
    expect(offered.crls).toEqual([]);
    ifor.pick(report);
    expect((await ifor.call('exports:verify'))?.signatures[0]?.verdict).toBe('unknown_signer');

    // Ifor compared the fingerprint with what Cara told him, and trusts it.
    await ifor.call('sync:trustOffered', { fingerprint: caFingerprint });
    expect((await ifor.call('trust:list')).map((s) => [s.kind, s.certificate.fingerprint])).toEqual([['regional_ca', caFingerprint]]);
    expect((await ifor.call('sync:regionTrust')).crls).toMatchObject([
      { state: 'accepted', number: 1, caName: 'Rhanbarth Gogledd — ŵ CA' },
    ]);
    ifor.pick(report);
    // (A Welsh letter in the CA's name once broke the chain: the issuer was encoded twice.)
    expect((await ifor.call('exports:verify'))?.signatures[0]).toMatchObject({
      verdict: 'known',
      signerName: 'Priya Shah',
      certificate: { issuer: 'CN=Rhanbarth Gogledd — ŵ CA, O=North, C=GB' },
    });

    // Cara revokes Priya. The CA is offered to the region, so revoking asks for its passphrase;
    // a wrong one revokes nothing and writes nothing (the CA file, Cara's replica, the server).
    const status = await cara.call('region:status');
    expect(status?.offeredToRegion).toBe(true);
    const serial = status?.issued[0]?.serialNumber ?? '';
    const caFile = path.join(cara.workspaceDir, 'region', 'ca.json');
    const caBefore = await readFile(caFile, 'utf8');
    const crlBefore = await serverDoc(regionCrlDocId(caFingerprint));
    expect(await cara.fail('region:revoke', { serialNumber: serial })).toMatchObject({ key: 'caPassphraseToRevoke' });
    expect(await cara.fail('region:revoke', { serialNumber: serial, caPassphrase: 'not the CA passphrase' })).toMatchObject({
      code: 'forbidden',
      key: 'wrongCaPassphraseNotRevoked',
      message: expect.stringMatching(/Nothing was revoked/),
    });
    expect(await readFile(caFile, 'utf8')).toBe(caBefore);
    expect((await cara.call('region:status'))?.issued[0]?.revokedAt).toBeNull();
    expect(await cara.call('sync:syncNow')).toMatchObject({ state: 'up_to_date' });
    expect(await serverDoc(regionCrlDocId(caFingerprint))).toEqual(crlBefore);
    await ifor.call('sync:syncNow');
    ifor.pick(report);
    expect((await ifor.call('exports:verify'))?.signatures[0]?.verdict).toBe('known');

    // With the passphrase, revoking signs CRL 2 and sends it to the region: no export needed.
    const revoked = await cara.call('region:revoke', { serialNumber: serial, caPassphrase: CA_PASS });
    expect(revoked).toMatchObject({ offeredToRegion: true, issued: [{ serialNumber: serial, revokedAt: expect.any(String) }] });
    const onServer = readCrl(Buffer.from((await serverDoc(regionCrlDocId(caFingerprint))).body.der, 'base64'));
    expect(onServer?.number).toBe(2);
    expect(onServer?.revoked.map((r) => normaliseSerial(r.serialNumber))).toEqual([normaliseSerial(serial)]);

    // One round of Ifor's, and his verifier says revoked.
    await ifor.call('sync:syncNow');
    expect((await ifor.call('sync:regionTrust')).crls).toMatchObject([{ state: 'accepted', number: 2 }]);
    ifor.pick(report);
    expect((await ifor.call('exports:verify'))?.signatures[0]?.verdict).toBe('revoked');
  });

  it('refuses a CRL signed by another key, an older CRL, a CA whose id lies, a giant attachment; a member cannot offer a CA', async () => {
    const trustFile = path.join(ifor.workspaceDir, 'trust', 'known-signers.json');
    const held = await readFile(trustFile, 'utf8');
    const current = await serverDoc(regionCrlDocId(caFingerprint));
    const caDer = new X509Certificate(Buffer.from((await serverDoc(regionCaDocId(caFingerprint))).body.der, 'base64')).raw;

    // Same issuer name, newer number, but signed with another key: refused with its reason, never written.
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const forged = buildCrl({ caDer, caKeyPem: otherKey, revoked: [], thisUpdate: new Date('2026-06-01T00:00:00Z'), number: 9 });
    expect(await region.couch.adminPut(REGION_DB, { ...current, body: { der: forged.toString('base64') } })).toBe(201);
    await ifor.call('sync:syncNow');
    expect((await ifor.call('sync:regionTrust')).crls).toMatchObject([{ state: 'refused', reason: 'not_signed_by_trusted_ca' }]);
    expect(await readFile(trustFile, 'utf8')).toBe(held);
    ifor.pick(report);
    expect((await ifor.call('exports:verify'))?.signatures[0]?.verdict).toBe('revoked');

    // The CA's own first list, put back by the server: genuine but older than the one held.
    const first = await cara.call('region:publish', { caPassphrase: CA_PASS }).then(() => serverDoc(regionCrlDocId(caFingerprint)));
    const newest = readCrl(Buffer.from(first.body.der, 'base64'))!;
    expect(newest.number).toBe(3);
    await ifor.call('sync:syncNow');
    expect((await ifor.call('sync:regionTrust')).crls).toMatchObject([{ state: 'accepted', number: 3 }]);
    const taken = await readFile(trustFile, 'utf8');
    const stale = JSON.parse(held) as { crls: { der: string }[] };
    expect(await region.couch.adminPut(REGION_DB, { ...first, body: { der: stale.crls[0]!.der } })).toBe(201);
    await ifor.call('sync:syncNow');
    expect((await ifor.call('sync:regionTrust')).crls).toMatchObject([{ state: 'refused', reason: 'not_newer', number: 2 }]);
    expect(await readFile(trustFile, 'utf8')).toBe(taken);

    // A hostile server pushes its own CA: offered (with its own fingerprint), never trusted.
    const evil = await openServices();
    try {
      const evilCa = await evil.call('region:create', { name: 'Rhanbarth Gogledd — ŵ CA', organisation: 'North', passphrase: CA_PASS });
      const evilDer = (await evil.call('trust:list'))[0]!.der;
      const evilId = regionCaDocId(evilCa.certificate.fingerprint);
      expect(
        await region.couch.adminPut(REGION_DB, {
          _id: evilId,
          type: 'regionca',
          v: 1,
          author: 'Cara Jones',
          at: new Date().toISOString(),
          body: { der: evilDer },
        }),
      ).toBe(201);
      // One whose id claims the real CA's fingerprint is refused outright.
      const liar = {
        _id: regionCaDocId(caFingerprint).replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        type: 'regionca',
        v: 1,
        author: 'x',
        at: new Date().toISOString(),
        body: { der: evilDer },
      };
      expect(await region.couch.adminPut(REGION_DB, liar)).toBe(201);
      const giant = {
        _id: regionCaDocId('ab'.repeat(32)),
        type: 'regionca',
        v: 1,
        author: 'x',
        at: new Date().toISOString(),
        body: { der: evilDer },
        _attachments: { 'big.bin': { content_type: 'application/octet-stream', data: Buffer.alloc(3_000_000, 7).toString('base64') } },
      };
      expect(await region.couch.adminPut(REGION_DB, giant)).toBe(201);
      const status = await ifor.call('sync:syncNow');
      expect(status.refused.map((r) => r.id)).toEqual(expect.arrayContaining([liar._id, giant._id]));
      const after = await ifor.call('sync:regionTrust');
      expect(after.offered.map((o) => [o.fingerprint, o.trusted]).sort()).toEqual(
        [
          [caFingerprint, true],
          [evilCa.certificate.fingerprint, false],
        ].sort(),
      );
      expect((await ifor.call('trust:list')).map((s) => s.certificate.fingerprint)).toEqual([caFingerprint]);

      // A member (not a coordinator) cannot offer a CA: the design document refuses.
      const put = await fetch(`${region.couch.url}/${REGION_DB}`, {
        method: 'POST',
        headers: { authorization: basic('ifor', 'ifor-password'), 'content-type': 'application/json' },
        body: JSON.stringify({
          _id: regionCaDocId('cd'.repeat(32)),
          type: 'regionca',
          v: 1,
          author: 'Ifor',
          at: new Date().toISOString(),
          body: { der: evilDer },
        }),
      });
      expect(put.status).toBe(403);
      expect(await ifor.fail('sync:trustOffered', { fingerprint: 'AA:BB' })).toMatchObject({ key: 'syncCaNotOffered' });
    } finally {
      await evil.close();
    }
  });
});
