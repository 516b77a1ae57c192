import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/services/dispatch';
import { createServices, type Services } from '../../electron/services';
import type { Exportable } from '../../shared/ipc/contracts/exports';
import { reportKinds, type ReportKind } from '../../shared/domain/report-models';
import type { Channel, InputOf, OutputOf } from '../../shared/ipc/contract';
import { goAwardV1 } from '../../shared/frameworks';
import { accessibilityProblems } from './helpers/accessibility';
import { pdfsig, pdftextFolded } from './helpers/poppler';

/*
 * Every document kind built from the records of the demo workspace (not the samples), exported
 * through the real pipeline and checked with poppler: pdfsig for the signature, pdftotext for
 * what the record says, and the export recorded in that record's own journal.
 */

let dir: string;
let services: Services;
let documents: Exportable[];
const saves: string[] = [];
const timings: Record<string, { buildMs: number; signMs: number; pages: number; kB: number }> = {};

async function call<C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(services.handlers, channel, input, () => undefined);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.data as OutputOf<C>;
}

const textOf = pdftextFolded;

/** The demo record each kind is exported from, and what its text must contain. */
const cases: Record<ReportKind, { subject: string; text: string[] }> = {
  'commitment-certificate': {
    subject: 'Northvale Borough Council',
    text: [
      'Northvale Borough Council',
      'Certificate of Commitment',
      'Patricia Gale',
      'Cllr Imran Qureshi',
      'Sam Whitlow',
      'Chief Executive',
    ],
  },
  'assessment-report': {
    subject: 'Northvale Borough Council',
    // The demo's recommendation is a draft, so the report says none is recorded (issue 19).
    text: [
      'Northvale Borough Council',
      'No recommendation is recorded',
      'R9 partly met',
      'Refuse collector',
      'Workforce plan 2025–28',
      'State how the action plan will be monitored',
      ...goAwardV1.criteria.map((c) => c.title),
    ],
  },
  'award-certificate': { subject: 'Castlemere City Council', text: ['Castlemere City Council', 'GO Local Government Award', 'Full Award'] },
  'workshop-feedback': {
    subject: 'Partnership health check',
    text: [
      'Partnership health check',
      'Northvale Borough Council',
      'Papers arrive late',
      'Send papers ten working days before the forum.',
      'Consultation timetable for the depot relocation',
    ],
  },
  agenda: {
    subject: 'Joint partnership forum',
    text: ['Joint partnership forum', 'Northvale Borough Council', '10:00', 'Town Hall, Council Chamber'],
  },
  'regional-map': {
    subject: 'All regions',
    text: ['REGIONAL MAP', 'Northvale Borough Council', 'Castlemere City Council', 'Eastbridge District Council'],
  },
  'action-issue-log': {
    subject: 'Northvale Borough Council',
    text: [
      'Northvale Borough Council',
      'Put Skills for Life in every directorate service plan',
      'Circulate forum papers ten working days ahead',
      'Consultation timetable for the depot relocation',
      'Overdue',
    ],
  },
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-demo-exports-'));
  services = await createServices({ workspaceDir: path.join(dir, 'workspace'), shell: { saveFile: async () => saves.shift() ?? null } });
  await call('settings:updateProfile', { name: 'Priya Shah', role: 'peer_assessor', organisation: 'Eastmoor Regional Employers' });
  await call('demo:load');
  await call('signing:create', {
    draft: {
      name: 'Priya Shah',
      role: 'Peer assessor',
      organisation: 'Eastmoor Regional Employers',
      email: 'priya.shah@example.org',
      passphrase: 'correct horse battery',
    },
  });
  documents = await call('exports:documents');
});
afterAll(async () => {
  await services?.close();
  await rm(dir, { recursive: true, force: true });
  console.table(timings);
});

describe.each(reportKinds)('%s from the demo workspace', (kind) => {
  it('is signed (pdfsig: valid, total), says what the record says, and is journalled with its record', async () => {
    const doc = documents.find((d) => d.kind === kind && d.subject.startsWith(cases[kind].subject));
    if (!doc) throw new Error(`no ${kind} offered for ${cases[kind].subject}`);
    const preview = await call('exports:preview', { kind, id: doc.id, signature: { kind: 'typed' } });
    const file = path.join(dir, `${kind}.pdf`);
    saves.push(file);
    const result = await call('exports:export', { previewId: preview.previewId });
    expect(result).toMatchObject({ cancelled: false, path: file, signer: 'Priya Shah' });
    timings[kind] = {
      buildMs: preview.buildMs,
      signMs: result.signMs,
      pages: preview.pageCount,
      kB: Math.round((await readFile(file)).length / 1024),
    };

    const report = pdfsig(file);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');
    // Tagged (PDF/UA-1): read in order, artifacts apart, the Matterhorn checks, qpdf clean.
    expect(accessibilityProblems([file])).toEqual({});

    const text = textOf(file);
    for (const phrase of cases[kind].text) expect(text).toContain(phrase);
    expect(text).not.toContain('(sample)');

    // The case's or workshop's own journal (the organisation's for the log) holds the SHA-256.
    const journal = await readFile(path.join(dir, 'workspace', 'journal', `${doc.id}.jsonl`), 'utf8');
    expect(journal).toContain(result.sha256);
  });
});
