import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../../electron/services/reports/render';
import { IdentityStore } from '../../../electron/services/signing/identity-store';
import { signPdf } from '../../../electron/services/signing/pades-signer';
import { decodePdfString, findSignatures, parsePdfDate } from '../../../electron/services/signing/pdf-signature-fields';
import { verifyPdf } from '../../../electron/services/signing/verifier';

let dir: string;
let signed: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-verifier-'));
  const store = new IdentityStore(dir, () => new Date('2026-11-22T10:00:00Z'));
  await store.create({ name: 'Priya Shah', role: '', organisation: '', email: 'priya@example.org', passphrase: 'correct horse battery' });
  const pdf = await renderPdf({ content: ['Verifier property test'], defaultStyle: { font: 'DejaVuSans' } });
  signed = await signPdf(pdf, store.requireUnlocked(), { reason: 'Test', signingTime: new Date('2026-11-22T10:00:00Z') });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('PDF signature fields', () => {
  it('decodes literal strings: escapes, octal and UTF-16BE', () => {
    expect(decodePdfString('a\\(b\\)c\\\\d')).toBe('a(b)c\\d');
    expect(decodePdfString('\\101\\102')).toBe('AB');
    const utf16 = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Ŵyn', 'utf16le').swap16()]).toString('latin1');
    expect(decodePdfString(utf16)).toBe('Ŵyn');
  });

  it('parses PDF dates with and without offsets', () => {
    expect(parsePdfDate('D:20261122101500Z')).toBe('2026-11-22T10:15:00.000Z');
    expect(parsePdfDate("D:20260615101500+01'00'")).toBe('2026-06-15T09:15:00.000Z');
    expect(parsePdfDate('yesterday')).toBeNull();
  });
});

describe('the verifier', () => {
  it('never throws on arbitrary bytes, and finds nothing to trust in them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        const report = verifyPdf(Buffer.from(bytes), 'x.pdf');
        expect(report.signatures.every((s) => s.verdict !== 'known' && s.verdict !== 'unknown_signer')).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('any single changed byte inside the signed ranges means the signature is no longer valid', () => {
    const [{ byteRange }] = findSignatures(signed);
    const [, firstLength, secondStart, secondLength] = byteRange;
    const inSigned = fc.oneof(
      fc.integer({ min: 0, max: firstLength - 1 }),
      fc.integer({ min: secondStart, max: secondStart + secondLength - 1 }),
    );
    fc.assert(
      fc.property(inSigned, fc.integer({ min: 1, max: 255 }), (at, xor) => {
        const copy = Buffer.from(signed);
        copy[at] ^= xor;
        const report = verifyPdf(copy, 't.pdf');
        expect(report.signatures.some((s) => s.verdict === 'known' || s.verdict === 'unknown_signer')).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});
