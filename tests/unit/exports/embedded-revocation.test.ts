import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustAnchors } from '../../../shared/domain/trust';
import { renderPdf } from '../../../electron/services/reports/render';
import { buildCrl } from '../../../electron/services/signing/crl';
import { signPdf } from '../../../electron/services/signing/pades-signer';
import { openPkcs12 } from '../../../electron/services/signing/pkcs12';
import { RegionalCa } from '../../../electron/services/signing/regional-ca';
import { verifyPdf } from '../../../electron/services/signing/verifier';

/*
 * Revocation lists carried inside signatures (adbe-revocationInfoArchival). Priya's certificate is
 * revoked; she signs anyway with an older list in her workspace; Dafydd countersigns later with
 * the newer list, which names her. A reader that trusts the CA but never imported a list sees the
 * revocation from the list the file carries, and says so. A list in the CA's name signed by
 * another key is ignored and named.
 */

let now = new Date('2026-11-02T09:00:00Z');
const at = (iso: string) => (now = new Date(iso));
let dir: string;
let ca: RegionalCa;
let caDer: Buffer;
const member: Record<string, ReturnType<typeof openPkcs12>> = {};
let emptyList: Buffer;
let listNamingPriya: Buffer;
let trust: TrustAnchors;

const sign = (pdf: Buffer, name: string, crls: Buffer[], when: string) => {
  const { key, cert, chain } = member[name];
  return signPdf(
    pdf,
    { keyPem: forge.pki.privateKeyToPem(key), cert, chain, summary: { name, email: '' }, crls },
    { reason: 'Agreed', signingTime: new Date(when) },
  );
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-embedded-crl-'));
  ca = new RegionalCa(path.join(dir, 'coordinator'), () => now);
  await ca.create('Eastmoor Region GO Award CA', 'Eastmoor Regional Employers', 'coordinator passphrase 1');
  for (const name of ['Priya Shah', 'Dafydd Rees']) {
    await ca.issue(
      { name, role: 'Peer assessor', organisation: '', email: `${name.split(' ')[0].toLowerCase()}@example.org` },
      'member passphrase',
      'coordinator passphrase 1',
      async (bytes) => {
        member[name] = openPkcs12(bytes, 'member passphrase');
        return `${name}.p12`;
      },
    );
  }
  caDer = await ca.certificate();
  at('2026-11-03T09:00:00Z');
  emptyList = await ca.crl('coordinator passphrase 1');
  at('2026-11-05T09:00:00Z');
  const priya = (await ca.summary())?.issued.find((i) => i.name === 'Priya Shah');
  await ca.revoke(priya?.serialNumber ?? '');
  at('2026-11-06T09:00:00Z');
  listNamingPriya = await ca.crl('coordinator passphrase 1');
  const x509 = new X509Certificate(caDer);
  trust = {
    known: [
      {
        kind: 'regional_ca',
        name: 'Eastmoor Region GO Award CA',
        der: caDer.toString('base64'),
        fingerprint: x509.fingerprint256,
        email: '',
      },
    ],
    revoked: {},
  };
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('revocation lists a signature carries', () => {
  let countersigned: Buffer;

  it('a revocation found only in a later signature’s list makes the earlier signature revoked, and the verdict says where it came from', async () => {
    const pdf = await renderPdf({ content: ['Recommendation: award'], defaultStyle: { font: 'DejaVuSans' } });
    // Priya signs after her revocation with the older, empty list; Dafydd countersigns with the newer one.
    const byPriya = await sign(pdf, 'Priya Shah', [emptyList], '2026-11-07T10:00:00Z');
    const before = verifyPdf(byPriya, 'report.pdf', trust, new Date('2026-11-07T12:00:00Z')).signatures[0];
    expect(before.verdict).toBe('known');
    countersigned = await sign(byPriya, 'Dafydd Rees', [listNamingPriya], '2026-11-08T10:00:00Z');
    const [first, second] = verifyPdf(countersigned, 'report.pdf', trust, new Date('2026-11-09T12:00:00Z')).signatures;
    expect(first.verdict).toBe('revoked');
    expect(first.message).toContain('in the revocation list this file carries');
    expect(first.notes).toContainEqual({
      kind: 'revocation_embedded',
      date: '2026-11-06T09:00:00.000Z',
      detail: 'Eastmoor Region GO Award CA',
    });
    expect(second.verdict).toBe('known');
    expect(second.notes.map((n) => n.kind)).toContain('revocation_embedded');

    // Signed before the revocation date: stands, with the note, from the carried list alone.
    const early = await sign(pdf, 'Priya Shah', [emptyList], '2026-11-04T10:00:00Z');
    const earlyThenCountersigned = await sign(early, 'Dafydd Rees', [listNamingPriya], '2026-11-08T10:00:00Z');
    const [stood] = verifyPdf(earlyThenCountersigned, 'report.pdf', trust, new Date('2026-11-09T12:00:00Z')).signatures;
    expect(stood.verdict).toBe('added_after');
    expect(stood.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['revoked_after_signing', 'revocation_embedded']));

    // Past the list's next update (30 days) the note says so; a workspace with a newer list of its own does not mention the carried one.
    const late = verifyPdf(countersigned, 'report.pdf', trust, new Date('2026-12-20T12:00:00Z')).signatures[0];
    expect(late.verdict).toBe('revoked');
    expect(late.notes.map((n) => n.kind)).toContain('revocation_embedded_stale');
    const held = verifyPdf(
      countersigned,
      'report.pdf',
      { ...trust, listDates: { [trust.known[0].fingerprint]: '2026-11-08T00:00:00.000Z' } },
      new Date('2026-11-09T12:00:00Z'),
    ).signatures[0];
    expect(held.verdict).toBe('revoked');
    expect(held.notes.map((n) => n.kind)).not.toContain('revocation_embedded');
    expect(held.message).toContain('in the revocation list this file carries');
  });

  it('ignores a list in the CA’s name signed by another key, and says so', async () => {
    const pdf = await renderPdf({ content: ['Recommendation: award'], defaultStyle: { font: 'DejaVuSans' } });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const dafydd = member['Dafydd Rees'].cert.serialNumber;
    const forged = buildCrl({
      caDer,
      caKeyPem: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      revoked: [{ serialNumber: dafydd, revokedAt: '2026-11-01T00:00:00Z' }],
      thisUpdate: new Date('2026-11-08T00:00:00Z'),
      number: 99,
    });
    const signed = await sign(pdf, 'Dafydd Rees', [forged], '2026-11-08T10:00:00Z');
    const [report] = verifyPdf(signed, 'report.pdf', trust, new Date('2026-11-09T12:00:00Z')).signatures;
    expect(report.verdict).toBe('known');
    expect(report.notes).toContainEqual({ kind: 'revocation_list_rejected', date: null, detail: 'Eastmoor Region GO Award CA' });
    expect(report.notes.map((n) => n.kind)).not.toContain('revocation_embedded');
    // A list dated in the future is not taken either.
    at('2027-01-01T00:00:00Z');
    const future = await ca.crl('coordinator passphrase 1');
    const withFuture = await sign(pdf, 'Dafydd Rees', [future], '2026-11-08T10:00:00Z');
    expect(verifyPdf(withFuture, 'report.pdf', trust, new Date('2026-11-09T12:00:00Z')).signatures[0].notes.map((n) => n.kind)).toContain(
      'revocation_list_rejected',
    );
  });

  const tools = ['pdfsig', 'certutil'].every((t) => spawnSync('sh', ['-c', `command -v ${t}`]).status === 0);
  it.skipIf(!tools)('pdfsig, with the CA in an NSS database, reads both signatures of the countersigned file as valid', async () => {
    const nss = path.join(dir, 'nss');
    await mkdir(nss);
    const caPem = path.join(dir, 'ca.pem');
    await writeFile(caPem, `-----BEGIN CERTIFICATE-----\n${caDer.toString('base64')}\n-----END CERTIFICATE-----\n`);
    expect(spawnSync('certutil', ['-N', '-d', `sql:${nss}`, '--empty-password']).status).toBe(0);
    expect(spawnSync('certutil', ['-A', '-d', `sql:${nss}`, '-n', 'Eastmoor CA', '-t', 'C,C,C', '-i', caPem]).status).toBe(0);
    const file = path.join(dir, 'countersigned.pdf');
    await writeFile(file, countersigned);
    const out = spawnSync('pdfsig', ['-nssdir', `sql:${nss}`, file], { encoding: 'utf8' }).stdout;
    console.info(`pdfsig on the countersigned file:\n${out}`);
    expect(out.match(/Signature is Valid\./g)).toHaveLength(2);
  });
});
