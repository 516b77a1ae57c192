import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/reports/render';
import { signPdf, type SigningKey } from '../../../electron/services/signing/pades-signer';
import { findSignatures } from '../../../electron/services/signing/pdf-signature-fields';
import { verifyPdf } from '../../../electron/services/signing/verifier';
import type { SignatureReport } from '../../../shared/domain/signing';
import type { TrustAnchors } from '../../../shared/domain/trust';
import { addAnnotation, replacePageContent } from '../helpers/pdf-increment';
import { asSigningKey, derOf, ecdsaSigner, priya, rsaCertificate, selfSigned } from '../helpers/pki';

/*
 * Every verdict, each from a file generated here with real keys: the genuine report, a
 * same-name forgery, a CA and signer sharing a serial, an expired signer, an ECDSA signer, an
 * annotation added later, a countersignature, a flipped byte in the signature value.
 */

const signingTime = new Date('2026-11-22T10:00:00Z');
const day = 86_400_000;
let pdf: Buffer;
let genuine: SigningKey;
let genuineSigned: Buffer;
let trust: TrustAnchors;

const fingerprint = (key: SigningKey) =>
  createHash('sha256').update(derOf(key.cert)).digest('hex').toUpperCase().match(/.{2}/g)?.join(':') ?? '';
const sign = (bytes: Buffer, key: SigningKey, at = signingTime) => signPdf(bytes, key, { reason: 'Assessment report', signingTime: at });
const only = (bytes: Buffer, anchors = trust): SignatureReport => {
  const { signatures } = verifyPdf(bytes, 'r.pdf', anchors, signingTime);
  expect(signatures).toHaveLength(1);
  return signatures[0];
};

beforeAll(async () => {
  pdf = await renderPdf({ content: ['Recommendation: award the GO Award'], defaultStyle: { font: 'DejaVuSans' } });
  genuine = selfSigned(priya, new Date(signingTime.getTime() - 30 * day));
  genuineSigned = await sign(pdf, genuine);
  trust = {
    known: [
      {
        kind: 'colleague',
        name: 'Priya Shah',
        der: derOf(genuine.cert).toString('base64'),
        fingerprint: fingerprint(genuine),
        email: priya.email,
      },
    ],
    revoked: {},
  };
});

/** The regional CA and Priya Shah's member certificate it issued (serial 0A1B), as the revocation tests use them. */
function regionalPair() {
  const ca = rsaCertificate({
    cn: 'Eastmoor Regional CA',
    serial: '07',
    ca: true,
    notBefore: new Date('2025-01-01'),
    notAfter: new Date('2035-01-01'),
  });
  const member = rsaCertificate({
    cn: 'Priya Shah',
    serial: '0A1B',
    ca: false,
    notBefore: new Date('2025-06-01'),
    notAfter: new Date('2028-01-01'),
    issuer: ca,
  });
  return { ca, member };
}

describe('verdicts on generated files', () => {
  it('genuine: signed by a known signer and unchanged', () => {
    expect(only(genuineSigned)).toMatchObject({ verdict: 'known', knownAs: 'Priya Shah', nameClash: null, additions: [] });
  });

  it('same-name self-signed forgery: a sound signature by an unknown certificate, with a name warning', async () => {
    const forger = selfSigned(priya, signingTime);
    const report = only(await sign(pdf, forger));
    expect(report.verdict).toBe('unknown_signer');
    expect(report.nameClash).toBe('Priya Shah');
    expect(report.message).toContain('not the certificate Priya Shah uses');
    expect(report.message).toContain(fingerprint(forger));
  });

  it('CA and signer sharing a serial: the signer is found by issuer and serial, and the signature is sound', async () => {
    const root = rsaCertificate({
      cn: 'Test Root CA',
      serial: '01',
      ca: true,
      notBefore: new Date('2020-01-01'),
      notAfter: new Date('2035-01-01'),
    });
    const intermediate = rsaCertificate({
      cn: 'Intermediate CA',
      serial: '1000',
      ca: true,
      notBefore: new Date('2020-01-01'),
      notAfter: new Date('2035-01-01'),
      issuer: root,
    });
    const signer = rsaCertificate({
      cn: 'Third Party Signer',
      serial: '1000',
      ca: false,
      notBefore: new Date('2021-01-01'),
      notAfter: new Date('2030-01-01'),
      issuer: intermediate,
    });
    // The intermediate comes first in the file, as in pyHanko's test chain.
    const key = {
      ...asSigningKey(signer, [intermediate.cert, root.cert], 'Third Party Signer'),
      certificates: [intermediate.cert, root.cert, signer.cert],
    };
    const report = only(await sign(pdf, key));
    expect(report).toMatchObject({
      verdict: 'unknown_signer',
      signerName: 'Third Party Signer',
      signatureMatches: true,
      digestMatches: true,
    });
    // Trusting the root as a regional CA makes the whole chain known.
    const rootDer = derOf(root.cert);
    const withRoot: TrustAnchors = {
      known: [
        {
          kind: 'regional_ca',
          name: 'Test Root CA',
          der: rootDer.toString('base64'),
          fingerprint: createHash('sha256').update(rootDer).digest('hex').toUpperCase().match(/.{2}/g)?.join(':') ?? '',
          email: '',
        },
      ],
      revoked: {},
    };
    expect(only(await sign(pdf, key), withRoot)).toMatchObject({ verdict: 'known', knownAs: 'issued by Test Root CA' });
  });

  it('expired signer: the certificate was not valid at the signing time', async () => {
    const old = selfSigned({ ...priya, name: 'Old Key' }, new Date('2019-06-01T00:00:00Z'));
    const report = only(await sign(pdf, old));
    expect(report.verdict).toBe('certificate_invalid');
    expect(report.message).toMatch(/expired on 2024-06-01/);
  });

  it('a certificate whose key usage does not allow signing is refused', async () => {
    const pair = rsaCertificate({
      cn: 'Encryption Only',
      serial: '33',
      ca: false,
      notBefore: new Date('2025-01-01'),
      notAfter: new Date('2030-01-01'),
      keyUsage: { keyEncipherment: true },
    });
    expect(only(await sign(pdf, asSigningKey(pair, [], 'Encryption Only'))).verdict).toBe('certificate_invalid');
  });

  it('ECDSA signer: checked like RSA', async () => {
    const ec = await ecdsaSigner('Elin Evans', signingTime);
    const report = only(await sign(pdf, ec));
    expect(report).toMatchObject({ verdict: 'unknown_signer', signerName: 'Elin Evans', signatureMatches: true });
  });

  it('incremental update adding an annotation: the signed revision is intact, annotations were added', () => {
    const report = only(addAnnotation(genuineSigned));
    expect(report).toMatchObject({ verdict: 'added_after', additions: ['annotations'], knownAs: 'Priya Shah' });
    expect(report.revision.total).toBe(report.revision.signed + 1);
  });

  it('incremental update replacing the page content: content was changed after signing', () => {
    const report = only(replacePageContent(genuineSigned));
    expect(report.verdict).toBe('added_after');
    expect(report.additions).toContain('content');
    expect(report.message).toContain('changed content');
  });

  it('countersignature: the first signature is intact with a further signature after it; the second is known', async () => {
    const colleague = selfSigned({ ...priya, name: 'Dafydd Rees', email: 'dafydd@example.org' }, signingTime);
    const both = await sign(genuineSigned, colleague, new Date(signingTime.getTime() + day));
    const withColleague: TrustAnchors = {
      ...trust,
      known: [
        ...trust.known,
        { kind: 'colleague', name: 'Dafydd Rees', der: '', fingerprint: fingerprint(colleague), email: 'dafydd@example.org' },
      ],
    };
    const { signatures } = verifyPdf(both, 'c.pdf', withColleague, signingTime);
    expect(signatures.map((s) => s.verdict)).toEqual(['added_after', 'known']);
    expect(signatures[0].additions).toEqual(['signature']);
  });

  it('a byte flipped inside the signature value: the signature itself is damaged', () => {
    const [found] = findSignatures(genuineSigned);
    const damaged = Buffer.from(genuineSigned);
    const at = found.byteRange[1] + 1 + found.cms.length * 2 - 10;
    damaged[at] = damaged[at] === 0x30 ? 0x31 : 0x30;
    expect(only(damaged)).toMatchObject({ verdict: 'damaged', signatureMatches: false });
  });

  it('a changed byte in the signed content: modified', () => {
    const changed = Buffer.from(genuineSigned);
    changed[200] ^= 0x01;
    expect(only(changed).verdict).toBe('modified');
  });

  it('a revoked member certificate: revoked', async () => {
    const { ca, member } = regionalPair();
    const caDer = derOf(ca.cert);
    const caFp = createHash('sha256').update(caDer).digest('hex').toUpperCase().match(/.{2}/g)?.join(':') ?? '';
    const anchors: TrustAnchors = {
      known: [{ kind: 'regional_ca', name: 'Eastmoor Regional CA', der: caDer.toString('base64'), fingerprint: caFp, email: '' }],
      revoked: { [caFp]: ['A1B'] },
    };
    expect(only(await sign(pdf, asSigningKey(member, [ca.cert], 'Priya Shah')), anchors).verdict).toBe('revoked');
  });

  it('a revocation dated after the (claimed) signing time leaves the signature standing, with a note; one dated before revokes it', async () => {
    const { ca, member } = regionalPair();
    const caDer = derOf(ca.cert);
    const caFp = createHash('sha256').update(caDer).digest('hex').toUpperCase().match(/.{2}/g)?.join(':') ?? '';
    const anchorsAt = (at: Date): TrustAnchors => ({
      known: [{ kind: 'regional_ca', name: 'Eastmoor Regional CA', der: caDer.toString('base64'), fingerprint: caFp, email: '' }],
      revoked: { [caFp]: ['A1B'] },
      revokedAt: { [caFp]: { A1B: at.toISOString() } },
    });
    const file = await sign(pdf, asSigningKey(member, [ca.cert], 'Priya Shah'));
    const later = only(file, anchorsAt(new Date(signingTime.getTime() + day)));
    expect(later.verdict).toBe('known');
    expect(later.notes).toContainEqual({ kind: 'revoked_after_signing', date: new Date(signingTime.getTime() + day).toISOString() });
    expect(only(file, anchorsAt(new Date(signingTime.getTime() - day))).verdict).toBe('revoked');
  });

  it('time: the signing time is the signer’s claim; a time in the future is a visible warning', async () => {
    expect(only(genuineSigned).notes).toEqual([{ kind: 'time_claimed', date: signingTime.toISOString() }]);
    const ahead = new Date(signingTime.getTime() + 2 * day);
    const report = only(await sign(pdf, genuine, ahead));
    expect(report.notes).toContainEqual({ kind: 'time_in_future', date: ahead.toISOString() });
  });

  it('time: a certificate that has expired since signing is a visible warning (injected clock)', () => {
    const validTo = new Date(derOf(genuine.cert).length ? (genuine.cert as { validity: { notAfter: Date } }).validity.notAfter : 0);
    const afterExpiry = new Date(validTo.getTime() + day);
    const [report] = verifyPdf(genuineSigned, 'r.pdf', trust, afterExpiry).signatures;
    expect(report.verdict).toBe('known');
    expect(report.notes.map((n) => n.kind)).toContain('expired_since');
  });

  it('a signature in a form Casebook cannot check says which form', async () => {
    // A CMS that names its signer but does not carry the signer's certificate.
    const report = only(await sign(pdf, { ...genuine, certificates: [] }));
    expect(report.verdict).toBe('unsupported');
    expect(report.message).toContain('does not carry the signer’s certificate');
  });
});
