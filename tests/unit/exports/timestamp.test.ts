import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrustAnchors } from '../../../shared/domain/trust';
import { renderPdf } from '../../../electron/services/reports/render';
import { createSelfIssuedIdentity } from '../../../electron/services/signing/certificate';
import { parseSignedData } from '../../../electron/services/signing/cms-parse';
import { signPdf } from '../../../electron/services/signing/pades-signer';
import { findSignatures } from '../../../electron/services/signing/pdf-signature-fields';
import { verifyPdf } from '../../../electron/services/signing/verifier';

/*
 * RFC 3161 timestamps as other tools attach them (unsigned attribute
 * id-aa-signatureTimeStampToken). The timestamp authority is a real one made here with openssl
 * (`openssl ts -reply` from a config and files on disk); openssl also checks each good token on
 * its own (`openssl ts -verify`). genTime is openssl's real clock, so times here are relative.
 */

const { asn1 } = forge;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const TSA_CONFIG = `[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
serial = SERIAL
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha384, sha512
accuracy = secs:1
ess_cert_id_alg = sha256
`;

let dir: string;
let signed: Buffer;
let signatureValue: Buffer;
let tsaTrust: TrustAnchors;
const hour = 3_600_000;

function openssl(args: string[]) {
  return execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
}

/** A token from the test's TSA over these bytes (as a signature-time-stamp request would send). */
async function tokenOver(data: Buffer): Promise<Buffer> {
  await writeFile(path.join(dir, 'data.bin'), data);
  openssl(['ts', '-query', '-data', 'data.bin', '-sha256', '-cert', '-no_nonce', '-out', 'req.tsq']);
  openssl([
    'ts',
    '-reply',
    '-config',
    'tsa.cnf',
    '-queryfile',
    'req.tsq',
    '-signer',
    'tsa.pem',
    '-inkey',
    'tsa.key',
    '-token_out',
    '-out',
    'token.der',
  ]);
  return readFile(path.join(dir, 'token.der'));
}

/** Parses DER without decoding BIT STRINGs, so it re-encodes byte for byte (forge's types omit the option). */
const parseDer = (der: Buffer) =>
  (asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: object) => forge.asn1.Asn1)(
    forge.util.createBuffer(der.toString('binary')),
    { decodeBitStrings: false },
  );

/** The signed PDF with the token added to its SignerInfo as an unsigned attribute, written into the same /Contents. */
function withToken(pdf: Buffer, token: Buffer): Buffer {
  const [found] = findSignatures(pdf);
  const cms = parseDer(found.cms);
  const signedData = ((cms.value as forge.asn1.Asn1[])[1].value as forge.asn1.Asn1[])[0].value as forge.asn1.Asn1[];
  const signerInfo = (signedData[signedData.length - 1].value as forge.asn1.Asn1[])[0];
  const attribute = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer('1.2.840.113549.1.9.16.2.14').getBytes()),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SET, true, [parseDer(token)]),
  ]);
  (signerInfo.value as forge.asn1.Asn1[]).push(asn1.create(asn1.Class.CONTEXT_SPECIFIC, 1, true, [attribute]));
  const hex = Buffer.from(asn1.toDer(cms).getBytes(), 'binary').toString('hex');
  const start = found.byteRange[1] + 1;
  const room = found.byteRange[2] - 1 - start;
  expect(hex.length).toBeLessThanOrEqual(room);
  const out = Buffer.from(pdf);
  out.write(hex.padEnd(room, '0'), start, 'latin1');
  return out;
}

const tools = has('openssl');

beforeAll(async () => {
  if (!tools) return;
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-tsa-'));
  await writeFile(path.join(dir, 'tsa.cnf'), TSA_CONFIG.replace('SERIAL', path.join(dir, 'serial')));
  await writeFile(path.join(dir, 'serial'), '01\n');
  openssl([
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'tsa.key',
    '-out',
    'tsa.pem',
    '-subj',
    '/CN=Eastmoor Test Timestamp Authority',
    '-days',
    '30',
    '-addext',
    'extendedKeyUsage=critical,timeStamping',
    '-addext',
    'keyUsage=critical,digitalSignature',
  ]);
  const tsa = new X509Certificate(await readFile(path.join(dir, 'tsa.pem')));
  tsaTrust = {
    known: [
      {
        kind: 'colleague',
        name: 'Eastmoor Test Timestamp Authority',
        der: tsa.raw.toString('base64'),
        fingerprint: tsa.fingerprint256,
        email: '',
      },
    ],
    revoked: {},
  };
  // The signer claims a time two days ahead: only a trusted timestamp puts the record straight.
  const { key, cert } = createSelfIssuedIdentity(
    { name: 'Gwen Ŵyn', role: 'Assessor', organisation: 'Northvale', email: 'gwen@example.org' },
    new Date(Date.now() - 24 * hour),
  );
  const pdf = await renderPdf({ content: ['Assessment agreed'], defaultStyle: { font: 'DejaVuSans' } });
  signed = await signPdf(
    pdf,
    { keyPem: forge.pki.privateKeyToPem(key), cert, chain: [], summary: { name: 'Gwen Ŵyn', email: '' } },
    { reason: 'Agreed', signingTime: new Date(Date.now() + 48 * hour) },
  );
  const parsed = parseSignedData(findSignatures(signed)[0].cms);
  if (!parsed.ok) throw new Error('signed file does not parse');
  signatureValue = parsed.value.signature;
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.skipIf(!tools)('trusted timestamps (RFC 3161) on signatures', () => {
  it('uses the time of a timestamp authority the workspace trusts instead of the signer’s claim', async () => {
    const token = await tokenOver(signatureValue);
    // openssl, on its own, agrees the token covers this signature value.
    expect(openssl(['ts', '-verify', '-data', 'data.bin', '-in', 'token.der', '-token_in', '-CAfile', 'tsa.pem']).toString()).toContain(
      'Verification: OK',
    );
    const stamped = withToken(signed, token);
    const before = Date.now();
    const [report] = verifyPdf(stamped, 'stamped.pdf', tsaTrust, new Date()).signatures;
    expect(report.verdict).toBe('unknown_signer');
    expect(report.digestMatches && report.signatureMatches).toBe(true);
    const note = report.notes.find((n) => n.kind === 'time_stamped');
    expect(note?.detail).toBe('Eastmoor Test Timestamp Authority');
    expect(Math.abs(new Date(note?.date ?? 0).getTime() - before)).toBeLessThan(10 * 60_000);
    expect(report.signedAt).toBe(note?.date);
    // The claimed future time no longer decides anything.
    expect(report.notes.map((n) => n.kind)).not.toContain('time_claimed');
    expect(report.notes.map((n) => n.kind)).not.toContain('time_in_future');
  });

  it('from an authority the workspace does not know, the time stays the signer’s claim and the timestamp is named', async () => {
    const stamped = withToken(signed, await tokenOver(signatureValue));
    const [report] = verifyPdf(stamped, 'stamped.pdf', { known: [], revoked: {} }, new Date()).signatures;
    const kinds = report.notes.map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['time_claimed', 'time_stamp_untrusted', 'time_in_future']));
    expect(report.notes.find((n) => n.kind === 'time_stamp_untrusted')?.detail).toBe('Eastmoor Test Timestamp Authority');
  });

  it('does not use a token made for other data, or one whose authority signature was altered, and warns', async () => {
    const other = withToken(signed, await tokenOver(Buffer.concat([signatureValue, Buffer.from('x')])));
    const [mismatch] = verifyPdf(other, 'other.pdf', tsaTrust, new Date()).signatures;
    expect(mismatch.verdict).toBe('unknown_signer');
    expect(mismatch.notes).toContainEqual({ kind: 'time_stamp_invalid', date: null, detail: 'imprint' });
    expect(mismatch.notes.map((n) => n.kind)).toContain('time_claimed');
    expect(mismatch.notes.map((n) => n.kind)).not.toContain('time_stamped');

    const token = await tokenOver(signatureValue);
    // The last bytes of the token are the authority's RSA signature.
    token[token.length - 5] ^= 0x01;
    const [altered] = verifyPdf(withToken(signed, token), 'altered.pdf', tsaTrust, new Date()).signatures;
    expect(altered.notes).toContainEqual({ kind: 'time_stamp_invalid', date: null, detail: 'signature' });
    expect(altered.notes.map((n) => n.kind)).toContain('time_claimed');
  });
});
