import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/reports/render';
import { certificateDer } from '../../../electron/services/signing/certificate';
import { OID } from '../../../electron/services/signing/cms';
import { IdentityStore, type UnlockedIdentity } from '../../../electron/services/signing/identity-store';
import { signPdf } from '../../../electron/services/signing/pades-signer';
import { findSignatures } from '../../../electron/services/signing/pdf-signature-fields';
import { verifyPdf } from '../../../electron/services/signing/verifier';

let dir: string;
let identity: UnlockedIdentity;
let signed: Buffer;
const signingTime = new Date('2026-11-22T10:15:00Z');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-signing-'));
  const store = new IdentityStore(dir, () => signingTime);
  await store.create({
    name: 'Siân Llŷr',
    role: 'Peer assessor',
    organisation: 'Eastmoor Regional Employers',
    email: 'sian@example.org',
    passphrase: 'correct horse battery',
  });
  identity = store.requireUnlocked();
  const pdf = await renderPdf({ content: ['Assessment of Northvale Borough Council — Gŵyl'], defaultStyle: { font: 'DejaVuSans' } });
  signed = await signPdf(pdf, identity, { reason: 'Assessment report', signingTime });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('PAdES signing round-trip', () => {
  it('verifies as sound with signer, time and certificate (unknown to an empty trust list)', () => {
    const report = verifyPdf(signed, 'report.pdf');
    expect(report.sha256).toBe(createHash('sha256').update(signed).digest('hex'));
    expect(report.signatures).toHaveLength(1);
    const [sig] = report.signatures;
    expect(sig).toMatchObject({
      verdict: 'unknown_signer',
      signerName: 'Siân Llŷr',
      signedAt: signingTime.toISOString(),
      reason: 'Assessment report',
      subFilter: 'ETSI.CAdES.detached',
      digestMatches: true,
      signatureMatches: true,
      coversWholeDocument: true,
    });
    expect(sig.certificate?.fingerprint).toBe(identity.summary.fingerprint);
    expect(sig.certificate?.subject).toContain('O=Eastmoor Regional Employers');
  });

  it('carries a signing-certificate-v2 attribute with the hash of the signer’s certificate', () => {
    const [found] = findSignatures(signed);
    const root = forge.asn1.fromDer(found.cms.toString('binary'));
    const signedData = ((root.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
    const signerInfo = (signedData[signedData.length - 1].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
    const attributes = signerInfo[3].value as forge.asn1.Asn1[];
    const types = attributes.map((a) => forge.asn1.derToOid((a.value as forge.asn1.Asn1[])[0].value as string));
    expect(types).toEqual(expect.arrayContaining([OID.contentType, OID.messageDigest, OID.signingCertificateV2]));
    const essAttr = attributes[types.indexOf(OID.signingCertificateV2)];
    const ess = ((essAttr.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0];
    const certId = ((ess.value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[])[0];
    const certHash = Buffer.from((certId.value as forge.asn1.Asn1[])[0].value as string, 'binary');
    expect(certHash.equals(createHash('sha256').update(certificateDer(identity.cert)).digest())).toBe(true);
  });

  it('says modified when one byte inside the signed range is flipped', () => {
    const tampered = Buffer.from(signed);
    const [found] = findSignatures(signed);
    const at = Math.floor(found.byteRange[1] / 2);
    tampered[at] ^= 0x01;
    const [sig] = verifyPdf(tampered, 't.pdf').signatures;
    expect(sig.verdict).toBe('modified');
    expect(sig.digestMatches).toBe(false);
    expect(sig.message).toMatch(/Changed after signing/);
  });

  it('says added after signing when bytes are appended after the signed revision', () => {
    const appended = Buffer.concat([signed, Buffer.from('\n% appended later\n')]);
    const [sig] = verifyPdf(appended, 'a.pdf').signatures;
    expect(sig.verdict).toBe('added_after');
    expect(sig.coversWholeDocument).toBe(false);
  });

  it('says damaged when the signature bytes are damaged', () => {
    const [found] = findSignatures(signed);
    const damaged = Buffer.from(signed);
    // Inside the hex of the CMS, near its end: the RSA signature value.
    const at = found.byteRange[1] + 1 + found.cms.length * 2 - 10;
    // '0' or '1': always a different nibble (an 'a' turned into 'A' would be the same byte).
    damaged[at] = damaged[at] === 0x30 ? 0x31 : 0x30;
    const [sig] = verifyPdf(damaged, 'd.pdf').signatures;
    expect(sig.verdict).toBe('damaged');
  });

  it('finds no signature in an unsigned PDF', async () => {
    const plain = await renderPdf({ content: ['plain'], defaultStyle: { font: 'DejaVuSans' } });
    expect(verifyPdf(plain, 'p.pdf').signatures).toEqual([]);
  });
});
