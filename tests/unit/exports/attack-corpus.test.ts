import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/reports/render';
import { signPdf, type SigningKey } from '../../../electron/services/signing/pades-signer';
import { findSignatures } from '../../../electron/services/signing/pdf-signature-fields';
import { standingOf } from '../../../electron/services/signing/signer-trust';
import { verifyPdf } from '../../../electron/services/signing/verifier';
import type { SignatureReport } from '../../../shared/domain/signing';
import type { TrustAnchors } from '../../../shared/domain/trust';
import {
  appendUpdate,
  bodyOf,
  compact,
  definitionsOf,
  pyhankoStyleSignature,
  stream,
  trailerOf,
  withInArray,
} from '../helpers/pdf-attacks';
import { asSigningKey, derOf, priya, rsaCertificate, selfSigned } from '../helpers/pki';

/*
 * The attack corpus: files an attacker who knows PDF would write (the incremental-update and
 * shadow attacks of the PDF-security literature), and ordinary files other tools write, each with
 * the verdict a person must see. Every file is generated here from a real signed report.
 */

const signingTime = new Date('2026-11-22T10:00:00Z');
const day = 86_400_000;
let pdf: Buffer;
let genuine: SigningKey;
let signed: Buffer;
let trust: TrustAnchors;
let page: number;
let content: number;
let form: number;

const fp = (der: Buffer) => createHash('sha256').update(der).digest('hex').toUpperCase().match(/.{2}/g)?.join(':') ?? '';
const sign = (bytes: Buffer, key: SigningKey, at = signingTime) => signPdf(bytes, key, { reason: 'Assessment report', signingTime: at });
const verify = (bytes: Buffer, anchors = trust) =>
  verifyPdf(bytes, 'attack.pdf', anchors, new Date(signingTime.getTime() + day)).signatures;
const first = (bytes: Buffer, anchors = trust): SignatureReport => {
  const signatures = verify(bytes, anchors);
  expect(signatures.length).toBeGreaterThan(0);
  return signatures[0];
};
/** What the person sees: red when a later revision changed content or added what Casebook cannot read. */
const red = (r: SignatureReport) =>
  ['modified', 'damaged', 'certificate_invalid', 'revoked'].includes(r.verdict) ||
  r.additions.includes('content') ||
  r.additions.includes('unreadable');

beforeAll(async () => {
  pdf = await renderPdf({ content: ['Recommendation: award the GO Award'], defaultStyle: { font: 'DejaVuSans' } });
  genuine = selfSigned(priya, new Date(signingTime.getTime() - 30 * day));
  signed = await sign(pdf, genuine);
  trust = {
    known: [
      {
        kind: 'colleague',
        name: 'Priya Shah',
        der: derOf(genuine.cert).toString('base64'),
        fingerprint: fp(derOf(genuine.cert)),
        email: priya.email,
      },
    ],
    revoked: {},
  };
  const text = signed.toString('latin1');
  page = Number(/(\d+) 0 obj\s*<<\s*\/Type \/Page\b(?!s)/.exec(text)?.[1]);
  content = Number(/\/Contents (\d+) 0 R/.exec(bodyOf(signed, page))?.[1]);
  form = Number(/\/AcroForm (\d+) 0 R/.exec(text)?.[1]);
});

/** The CMS in /Contents as hex, and where it starts in the file. */
function contentsHex(bytes: Buffer) {
  const [found] = findSignatures(bytes);
  return { at: found.byteRange[1] + 1, hex: bytes.toString('latin1', found.byteRange[1] + 1, found.byteRange[2] - 1) };
}

describe('forged and altered signatures', () => {
  it('genuine: known and unchanged, and the time is the signer’s claim', () => {
    const report = first(signed);
    expect(report).toMatchObject({ verdict: 'known', additions: [] });
    expect(report.notes.map((n) => n.kind)).toContain('time_claimed');
  });

  it('same-name forgery with the genuine key identifier: unknown, with the name warning', async () => {
    const forger = selfSigned(priya, signingTime);
    const cert = forger.cert as forge.pki.Certificate;
    const genuineSki = (genuine.cert as forge.pki.Certificate).generateSubjectKeyIdentifier().getBytes();
    cert.setExtensions([
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true },
      { name: 'subjectKeyIdentifier', subjectKeyIdentifier: forge.util.bytesToHex(genuineSki) },
    ]);
    cert.sign(forge.pki.privateKeyFromPem(forger.keyPem), forge.md.sha256.create());
    const report = first(await sign(pdf, forger));
    expect(report.verdict).toBe('unknown_signer');
    expect(report.nameClash).toBe('Priya Shah');
  });

  it('a certificate claiming the regional CA as issuer (same name and key identifier) but not signed by it: certificate problem', async () => {
    const ca = rsaCertificate({
      cn: 'Eastmoor Regional CA',
      serial: '07',
      ca: true,
      notBefore: new Date('2025-01-01'),
      notAfter: new Date('2035-01-01'),
    });
    const fake = rsaCertificate({
      cn: 'Eastmoor Regional CA',
      serial: '07',
      ca: true,
      notBefore: new Date('2025-01-01'),
      notAfter: new Date('2035-01-01'),
    });
    const member = rsaCertificate({
      cn: 'Priya Shah',
      serial: '0C',
      ca: false,
      notBefore: new Date('2025-06-01'),
      notAfter: new Date('2028-01-01'),
      issuer: { cert: ca.cert, key: fake.key },
    });
    const caDer = derOf(ca.cert);
    const anchors: TrustAnchors = {
      known: [{ kind: 'regional_ca', name: 'Eastmoor Regional CA', der: caDer.toString('base64'), fingerprint: fp(caDer), email: '' }],
      revoked: {},
    };
    expect(first(await sign(pdf, asSigningKey(member, [], 'Priya Shah')), anchors).verdict).toBe('certificate_invalid');
  });

  it('the signer’s name rewritten inside the certificate the CMS carries: damaged, never “nothing changed”', () => {
    const { at, hex } = contentsHex(signed);
    const name = Buffer.from('Priya Shah').toString('hex');
    const positions = [...hex.matchAll(new RegExp(name, 'gi'))].map((m) => m.index);
    // The subject is the second time the name occurs in the certificate (the issuer comes first).
    const altered = Buffer.from(signed);
    altered.write(Buffer.from('Pr1ya Shah').toString('hex'), at + positions[1], 'latin1');
    const report = first(altered);
    expect(report.verdict).toBe('damaged');
    expect(report.message).toContain('not the one the signer signed with');
  });

  it('one byte of the certificate’s own signature changed: damaged', () => {
    const { at, hex } = contentsHex(signed);
    const certHex = derOf(genuine.cert).toString('hex');
    const certAt = hex.toLowerCase().indexOf(certHex);
    expect(certAt).toBeGreaterThan(0);
    const altered = Buffer.from(signed);
    const byte = at + certAt + certHex.length - 8;
    altered[byte] = altered[byte] === 0x30 ? 0x31 : 0x30;
    expect(first(altered).verdict).toBe('damaged');
  });

  it('without the ESS attribute to lean on, a self-signed certificate whose own signature fails is a named certificate problem', () => {
    const der = Buffer.from(derOf(genuine.cert));
    der[der.length - 4] ^= 0x01;
    expect(standingOf(der, [der], signingTime, trust).problem).toContain('has been altered');
    expect(standingOf(derOf(genuine.cert), [], signingTime, trust).problem).toBeNull();
  });

  it('one byte of the signature value changed: damaged', () => {
    const { at, hex } = contentsHex(signed);
    const end = hex.replace(/(00)+$/, '').length;
    const altered = Buffer.from(signed);
    altered[at + end - 6] = altered[at + end - 6] === 0x30 ? 0x31 : 0x30;
    expect(first(altered)).toMatchObject({ verdict: 'damaged', signatureMatches: false });
  });
});

describe('byte ranges', () => {
  it('the first offset changed from 0 to 1: damaged, not “no signatures”', () => {
    const altered = Buffer.from(signed.toString('latin1').replace('/ByteRange [0 ', '/ByteRange [1 '), 'latin1');
    expect(verify(altered)).toHaveLength(1);
    expect(first(altered).verdict).toBe('damaged');
  });

  it('a gap wider than the signature value: damaged', () => {
    const [found] = findSignatures(signed);
    const [a, b, c, d] = found.byteRange;
    const original = `/ByteRange [${a} ${b} ${c} ${d}]`;
    const altered = Buffer.from(
      signed.toString('latin1').replace(original, `/ByteRange [${a} ${b - 12} ${c} ${d}]`.padEnd(original.length)),
      'latin1',
    );
    expect(first(altered).verdict).toBe('damaged');
  });

  it('signed ranges that stop short of the end of a revision: damaged', async () => {
    const longer = appendUpdate(signed, { objects: [[900, '<< /Note (x) >>']] });
    const [found] = findSignatures(signed);
    const [a, b, c, d] = found.byteRange;
    const original = `/ByteRange [${a} ${b} ${c} ${d}]`;
    const altered = Buffer.from(
      longer.toString('latin1').replace(original, `/ByteRange [${a} ${b} ${c} ${d - 20}]`.padEnd(original.length)),
      'latin1',
    );
    expect(first(altered).verdict).toBe('damaged');
  });
});

describe('later revisions, judged by what a reader sees', () => {
  it('a new catalogue replacing the whole document: changed content', () => {
    const { size } = trailerOf(signed);
    const text = 'BT /F1 24 Tf 72 700 Td (Recommendation: do not award) Tj ET';
    const replaced = appendUpdate(signed, {
      root: size,
      objects: [
        [size, `<< /Type /Catalog /Pages ${size + 1} 0 R >>`],
        [size + 1, `<< /Type /Pages /Kids [${size + 2} 0 R] /Count 1 >>`],
        [size + 2, `<< /Type /Page /Parent ${size + 1} 0 R /MediaBox [0 0 595 842] /Contents ${size + 3} 0 R /Resources << >> >>`],
        [size + 3, stream('', text)],
      ],
    });
    const report = first(replaced);
    expect(report.verdict).toBe('added_after');
    expect(report.additions).toEqual(['content']);
    expect(red(report)).toBe(true);
  });

  it('the page’s content stream redefined with unusual syntax (`n 0obj`): changed content', () => {
    const altered = appendUpdate(signed, {
      objects: [[content, stream('', 'BT /F1 24 Tf 72 700 Td (do not award) Tj ET')]],
      header: (n) => `${n} 0obj`,
    });
    expect(first(altered).additions).toEqual(['content']);
  });

  it('an unsigned signature widget that paints over the page: changed content', () => {
    const { size } = trailerOf(signed);
    const overlay = appendUpdate(signed, {
      objects: [
        [
          size,
          `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature2) /Rect [40 600 560 760] /F 4 /P ${page} 0 R /AP << /N ${size + 1} 0 R >> >>`,
        ],
        [
          size + 1,
          stream(
            '/Type /XObject /Subtype /Form /BBox [0 0 520 160]',
            '1 1 1 rg 0 0 520 160 re f 0 g BT /F1 24 Tf 10 60 Td (Recommendation: do not award) Tj ET',
          ),
        ],
        [page, withInArray(bodyOf(signed, page), 'Annots', `${size} 0 R`)],
        [form, withInArray(bodyOf(signed, form), 'Fields', `${size} 0 R`)],
      ],
    });
    expect(first(overlay).additions).toEqual(['content']);
  });

  it('an ordinary annotation written the way pyHanko writes it (compact, catalogue with /Version): annotations', () => {
    const { size, root } = trailerOf(signed);
    const annotated = appendUpdate(signed, {
      objects: [
        [size, `<</Type/Annot/Subtype/Text/Rect[50 50 70 70]/Contents(Checked by the clerk)/P ${page} 0 R>>`],
        [page, compact(withInArray(bodyOf(signed, page), 'Annots', `${size} 0 R`))],
        [root, compact(bodyOf(signed, root).replace(/>>\s*$/, '/Version /1.7>>'))],
      ],
    });
    const report = first(annotated);
    expect(report).toMatchObject({ verdict: 'added_after', additions: ['annotations'], knownAs: 'Priya Shah' });
    expect(red(report)).toBe(false);
  });

  it('a countersignature written the way pyHanko writes it: a further signature, and the second signature is sound', () => {
    const colleague = selfSigned({ ...priya, name: 'Dafydd Rees', email: 'dafydd@example.org' }, signingTime);
    const both = pyhankoStyleSignature(signed, colleague, page, form, new Date(signingTime.getTime() + 3_600_000));
    const [one, two] = verify(both);
    expect(one).toMatchObject({ verdict: 'added_after', additions: ['signature'] });
    expect(two).toMatchObject({ verdict: 'unknown_signer', signatureMatches: true, digestMatches: true, signerName: 'Dafydd Rees' });
  });

  it('a countersignature by Casebook itself: a further signature', async () => {
    const colleague = selfSigned({ ...priya, name: 'Dafydd Rees', email: 'dafydd@example.org' }, signingTime);
    const [one] = verify(await sign(signed, colleague, new Date(signingTime.getTime() + day)));
    expect(one).toMatchObject({ verdict: 'added_after', additions: ['signature'] });
  });

  it('revocation data added for the signatures (a DSS, as Acrobat and pyHanko add it): named, not content', () => {
    const { size, root } = trailerOf(signed);
    const withDss = appendUpdate(signed, {
      objects: [
        [size, `<< /Certs [${size + 1} 0 R] >>`],
        [size + 1, stream('', derOf(genuine.cert).toString('latin1'))],
        [root, bodyOf(signed, root).replace(/>>\s*$/, ` /DSS ${size} 0 R >>`)],
      ],
    });
    expect(first(withDss).additions).toEqual(['dss']);
  });

  it('garbage after the last %%EOF: data Casebook cannot read, shown red', () => {
    const report = first(Buffer.concat([signed, Buffer.from('\nthis is not PDF\n')]));
    expect(report.additions).toContain('unreadable');
    expect(red(report)).toBe(true);
  });

  it('blank lines after the last %%EOF change nothing', () => {
    expect(first(Buffer.concat([signed, Buffer.from('\r\n\n')])).verdict).toBe('known');
  });
});

describe('shadow attacks', () => {
  /** A document prepared before signing with an overlay that hides "do not award" under a white box. */
  async function shadowDocument() {
    const { size } = trailerOf(pdf);
    const text = pdf.toString('latin1');
    const pageNum = Number(/(\d+) 0 obj\s*<<\s*\/Type \/Page\b(?!s)/.exec(text)?.[1]);
    const resources = Number(/\/Resources (\d+) 0 R/.exec(bodyOf(pdf, pageNum))?.[1]);
    const contentNum = Number(/\/Contents (\d+) 0 R/.exec(bodyOf(pdf, pageNum))?.[1]);
    const overlay = size;
    const hidden = size + 1;
    const prepared = appendUpdate(pdf, {
      objects: [
        [overlay, stream('/Type /XObject /Subtype /Form /BBox [0 0 600 900]', '1 1 1 rg 0 0 600 900 re f')],
        [hidden, stream('', 'BT /F1 30 Tf 72 500 Td (Recommendation: do not award) Tj ET q /Ov Do Q')],
        [resources, bodyOf(pdf, resources).replace(/>>\s*$/, ` /XObject << /Ov ${overlay} 0 R >> >>`)],
        [pageNum, bodyOf(pdf, pageNum).replace(`/Contents ${contentNum} 0 R`, `/Contents [${hidden} 0 R ${contentNum} 0 R]`)],
      ],
    });
    return { prepared: await sign(prepared, genuine), overlay, hidden, contentNum };
  }

  it('hide: the update only marks the overlay free in the cross-reference table: changed content', async () => {
    const { prepared, overlay } = await shadowDocument();
    expect(first(prepared).verdict).toBe('known');
    expect(first(appendUpdate(prepared, { free: [overlay] })).additions).toEqual(['content']);
  });

  it('replace: the update redefines the overlay: changed content', async () => {
    const { prepared, overlay } = await shadowDocument();
    const replaced = appendUpdate(prepared, {
      objects: [[overlay, stream('/Type /XObject /Subtype /Form /BBox [0 0 600 900]', '0 0 0 0 re f')]],
    });
    expect(first(replaced).additions).toEqual(['content']);
  });

  it('hide-and-replace: the update only points the table at an older definition signed along with the file: changed content', async () => {
    // Before signing, the content stream is defined twice: the malicious one first, the benign one last.
    const { size } = trailerOf(pdf);
    const pageNum = Number(/(\d+) 0 obj\s*<<\s*\/Type \/Page\b(?!s)/.exec(pdf.toString('latin1'))?.[1]);
    const contentNum = Number(/\/Contents (\d+) 0 R/.exec(bodyOf(pdf, pageNum))?.[1]);
    const benign = bodyOf(pdf, contentNum);
    const shadow = appendUpdate(
      appendUpdate(pdf, { objects: [[contentNum, stream('', 'BT /F1 30 Tf 72 500 Td (Recommendation: do not award) Tj ET')]] }),
      {
        objects: [
          [contentNum, benign],
          [size, '<< >>'],
        ],
      },
    );
    const prepared = await sign(shadow, genuine);
    expect(first(prepared).verdict).toBe('known');
    const [, maliciousAt] = definitionsOf(prepared, contentNum);
    const attacked = appendUpdate(prepared, { pointTo: [[contentNum, maliciousAt]] });
    expect(first(attacked).additions).toEqual(['content']);
  });
});
