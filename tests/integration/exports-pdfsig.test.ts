import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services';
import { reportKinds, type ReportKind } from '../../shared/domain/report-models';
import type { Channel, InputOf, OutputOf } from '../../shared/ipc/contract';
import { pdfsig, pdftotextLayout } from './helpers/poppler';

/*
 * Every document kind through the real pipeline — services, pdfmake, the PAdES signer, the
 * save dialog hook, the journal — then checked by poppler's pdfsig and pdftotext.
 */

let dir: string;
let services: Services;
const picks: string[][] = [];
const saves: string[] = [];
const timings: Record<string, { buildMs: number; signMs: number; pages: number; kB: number }> = {};

async function call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(services.handlers, channel, input, () => undefined);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as OutputOf<C>;
}

const pdftotext = pdftotextLayout;

const expectedText: Record<ReportKind, string[]> = {
  'commitment-certificate': [
    'Northvale Borough Council',
    'Certificate of Commitment',
    'Dafydd Morgan',
    'Cllr Joanne Whitfield',
    'Helen Okafor',
  ],
  'assessment-report': [
    'Northvale Borough Council',
    'Recommended for the full GO Local Government Award',
    'Whole organisational approach',
    'Towards a strategy for the authority',
    'Flexibility in delivery in the workplace',
    'State how the action plan will be monitored',
  ],
  'award-certificate': ['Northvale Borough Council', 'GO Local Government Award', 'Full Award'],
  'workshop-feedback': ['Northvale Joint Partnership Forum', 'Effective communications', 'Improvement and review', 'Top tips', 'Gŵyl'],
  agenda: ['AGENDA', 'What does good look like?', 'Progress against the partnership', '09:30', 'For decision'],
  'action-issue-log': ['Northvale Joint Partnership Forum', 'Issue resolution log', 'Regional', 'Overdue'],
  'regional-map': ['REGIONAL MAP', 'Castlemere', 'Eastmoor', 'Full award', 'Trust and'],
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-exports-'));
  services = await createServices({
    workspaceDir: path.join(dir, 'workspace'),
    shell: { pickFiles: async () => picks.shift() ?? [], saveFile: async () => saves.shift() ?? null },
  });
  await call('signing:create', {
    draft: {
      name: 'Priya Shah',
      role: 'Peer assessor',
      organisation: 'Eastmoor Regional Employers',
      email: 'priya.shah@example.org',
      passphrase: 'correct horse battery',
    },
  });
});
afterAll(async () => {
  await services.close();
  await rm(dir, { recursive: true, force: true });
  console.table(timings);
});

describe.each(reportKinds)('%s', (kind) => {
  it('is signed so that pdfsig says valid and total, and its text is all there', async () => {
    const preview = await call('exports:preview', { kind, id: 'sample', signature: { kind: 'typed' } });
    const file = path.join(dir, `${kind}.pdf`);
    saves.push(file);
    const result = await call('exports:export', { previewId: preview.previewId });
    expect(result).toMatchObject({ cancelled: false, path: file, signer: 'Priya Shah' });
    timings[kind] = {
      buildMs: preview.buildMs,
      signMs: result.signMs,
      pages: preview.pageCount,
      kB: Math.round(preview.byteLength / 1024),
    };

    const report = pdfsig(file);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    expect(report).toContain('ETSI.CAdES.detached');
    expect(report).toContain('Priya Shah');

    const text = pdftotext(file);
    for (const phrase of expectedText[kind]) expect(text).toContain(phrase);
    // Reports are numbered; a certificate is one page and carries no page number.
    if (kind.endsWith('certificate')) expect(text).not.toMatch(/Page \d of/);
    else expect(text).toMatch(/Page 1 of \d/);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+\S/);
    expect(info).toMatch(/Author:\s+\S/);
    expect(info).toMatch(/Subject:\s+\S/);
    expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);

    // The journal records the export with the SHA-256 of exactly the bytes written.
    const bytes = await readFile(file);
    expect(result.sha256).toBe((await import('node:crypto')).createHash('sha256').update(bytes).digest('hex'));
    const journal = await readFile(path.join(dir, 'workspace', 'journal', 'sample-documents.jsonl'), 'utf8');
    expect(journal).toContain(result.sha256);
    expect(journal).toContain('"kind":"report.exported"');

    // One flipped byte inside the signed range: poppler and Casebook both say so.
    const tampered = Buffer.from(bytes);
    tampered[Math.floor(bytes.indexOf('/ByteRange') / 2)] ^= 0x04;
    const tamperedFile = path.join(dir, `${kind}-tampered.pdf`);
    await writeFile(tamperedFile, tampered);
    expect(pdfsig(tamperedFile)).toContain('Digest Mismatch');
    picks.push([tamperedFile]);
    const verdict = await call('exports:verify');
    expect(verdict?.signatures[0]).toMatchObject({ verdict: 'modified', signerName: 'Priya Shah' });

    picks.push([file]);
    const good = await call('exports:verify');
    expect(good?.signatures[0]).toMatchObject({ verdict: 'known', knownAs: 'Priya Shah', coversWholeDocument: true });
    expect(good?.sha256).toBe(result.sha256);
  });
});

describe('export edge cases', () => {
  it('refuses to sign while the identity is locked, and signs again after unlock', async () => {
    const preview = await call('exports:preview', { kind: 'agenda', id: 'sample', signature: null });
    await call('signing:lock');
    const locked = await dispatch(services.handlers, 'exports:export', { previewId: preview.previewId }, () => undefined);
    expect(locked).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await call('signing:unlock', { passphrase: 'correct horse battery' });
    saves.push(path.join(dir, 'agenda-again.pdf'));
    expect((await call('exports:export', { previewId: preview.previewId })).cancelled).toBe(false);
  });

  it('a cancelled save writes nothing and journals nothing', async () => {
    const before = await readFile(path.join(dir, 'workspace', 'journal', 'sample-documents.jsonl'), 'utf8');
    const preview = await call('exports:preview', { kind: 'agenda', id: 'sample', signature: null });
    const result = await call('exports:export', { previewId: preview.previewId });
    expect(result).toMatchObject({ cancelled: true, path: null, pdfBase64: null });
    expect(await readFile(path.join(dir, 'workspace', 'journal', 'sample-documents.jsonl'), 'utf8')).toBe(before);
  });

  it('says which file is not a PDF', async () => {
    const file = path.join(dir, 'notes.txt');
    await writeFile(file, 'not a pdf');
    picks.push([file]);
    const result = await dispatch(services.handlers, 'exports:verify', undefined, () => undefined);
    expect(result).toMatchObject({ ok: false, error: { message: 'That file is not a PDF.' } });
  });
});
