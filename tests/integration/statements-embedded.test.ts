import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitmentCertificateFromCase } from '../../electron/services/reports/adapters/case-commitment';
import { buildPdf } from '../../electron/services/reports/build';
import { commitmentStatements } from '../../electron/services/reports/statements/case';
import { readStatements } from '../../electron/services/reports/statements/read-statements';
import { IdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identity-store';
import { signPdf } from '../../electron/services/signing/pades-signer';
import { goAwardV1 } from '../../shared/frameworks';
import { caseRecord } from '../unit/exports/truth/generators';
import { pdfsig } from './helpers/poppler';

/*
 * The statements travel inside the signed PDF: an associated file (/AF, AFRelationship /Data) in
 * the catalogue and the EmbeddedFiles name tree, covered by the signature. Read back three ways:
 * pdfdetach (poppler, another tool), our reader, and pdfsig for the signature over all of it.
 */

const now = '2025-06-15T10:00:00.000Z';
let dir: string;
let identity: UnlockedIdentity;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-statements-'));
  const store = new IdentityStore(path.join(dir, 'identity'), () => new Date(now));
  await store.create({
    name: 'Siân Llŷr',
    role: 'Peer assessor',
    organisation: 'Eastmoor',
    email: 'sian@example.org',
    passphrase: 'correct horse battery',
  });
  identity = store.requireUnlocked();
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the statements file inside a signed PDF', () => {
  it('is an associated Data file, covered by the signature, and reads back exactly', async () => {
    const record = fc
      .sample(caseRecord, { numRuns: 200, seed: 19 })
      .find((r) => r.signUp.date && r.signUp.signatories.some((s) => s.name.trim()) && r.signUp.signatories.some((s) => !s.signature))!;
    const statements = commitmentStatements(record);
    const model = commitmentCertificateFromCase(record, goAwardV1, { now, author: 'Siân Llŷr', authorOrganisation: '' });
    const pdf = await buildPdf({
      choice: 'en',
      versions: [{ language: 'en', report: { kind: 'commitment-certificate', model } }],
      statements,
    });
    const signed = await signPdf(pdf, identity, { reason: 'test', signingTime: new Date(now) });
    const file = path.join(dir, 'signed.pdf');
    await writeFile(file, signed);

    const sig = pdfsig(file);
    expect(sig).toContain('Signature is Valid.');
    expect(sig).toContain('Total document signed');
    expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toContain('casebook-statements.json');
    execFileSync('pdfdetach', ['-save', '1', '-o', path.join(dir, 'detached.json'), file]);
    const detached = JSON.parse(await readFile(path.join(dir, 'detached.json'), 'utf8'));
    expect(detached.statements).toEqual(statements);
    expect(signed.toString('latin1')).toMatch(/\/AFRelationship\s*\/Data/);

    const read = readStatements(signed);
    expect(read.state).toBe('signed');
    if (read.state === 'signed') {
      expect(read.file.document).toEqual({ kind: 'commitment-certificate', id: model.meta.documentId });
      expect(read.file.statements).toEqual(statements);
      expect(read.file.statements.some((s) => s.state === 'undecided' && /^signatory\.\d+\.signature$/.test(s.id))).toBe(true);
    }
  }, 60_000);

  it('is not read from an unsigned PDF or from a later revision appended after the signature', async () => {
    const record = fc
      .sample(caseRecord, { numRuns: 200, seed: 20 })
      .find((r) => r.signUp.date && r.signUp.signatories.some((s) => s.name.trim()))!;
    const model = commitmentCertificateFromCase(record, goAwardV1, { now, author: 'Siân Llŷr', authorOrganisation: '' });
    const unsigned = await buildPdf({
      choice: 'en',
      versions: [{ language: 'en', report: { kind: 'commitment-certificate', model } }],
      statements: commitmentStatements(record),
    });
    expect(readStatements(unsigned).state).toBe('none');
    const bare = await buildPdf({ kind: 'commitment-certificate', model });
    const signed = await signPdf(bare, identity, { reason: 'test', signingTime: new Date(now) });
    // An attacker appends a statements file after signing: it is not what was signed, so it is not shown.
    const appended = Buffer.concat([signed, unsigned.subarray(unsigned.indexOf('%PDF') + 8)]);
    expect(readStatements(appended).state).toBe('none');
  }, 60_000);
});
