import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionIssueLogFor } from '../../electron/services/reports/adapters/action-issue-log';
import { assessmentReportFromCase } from '../../electron/services/reports/adapters/case-assessment';
import type { AdapterContext } from '../../electron/services/reports/adapters/common';
import { agendaFromWorkshop } from '../../electron/services/reports/adapters/workshop-agenda';
import { workshopFeedbackFromWorkshop } from '../../electron/services/reports/adapters/workshop-feedback';
import { buildPdf } from '../../electron/services/reports/build';
import { withExporterSignature } from '../../electron/services/reports/exporter-signature';
import type { LocalisedReport } from '../../electron/services/reports/lang';
import type { ReportModel } from '../../shared/domain/report-models';
import { goAwardV1 } from '../../shared/frameworks';
import { documentLanguages, type DocumentLanguageChoice } from '../../shared/i18n/documents';
import { AppError } from '../../shared/result';
import { caseRecordOf, workshopRecordOf } from '../unit/exports/truth/generators';
import { pageFill, pagesOf } from './helpers/pages';

/*
 * Layout for any data, checked page by page with poppler (pdftotext -f n -l n, word boxes), not
 * with the layout code: generated records with long tables (up to 40 actions, 14 issues, 30
 * agenda items, 30 evidence items, 24 interviews) in English, Welsh and bilingual.
 * - every page that shows a table's rows shows its header row, and no page ends on a header;
 * - the signature or declaration shares its page with the last row (or lines) before it;
 * - bilingual pages are used: every page but the last is at least 60% full;
 * - a row taller than a page is refused with a keyed message, not dropped.
 */

const SIGNER = 'Siân Llŷr';
const CHOICES: DocumentLanguageChoice[] = ['en', 'cy', 'bilingual'];
const PER_KIND = 6;

/** Header rows as printed (labels on one line), per language, and what the generated rows print. */
const TABLES = [
  {
    name: 'actions',
    header: [/Action\s+Owner\s+Side\s+Due\s+Status/, /Cam gweithredu\s+Perchennog\s+Ochr\s+Erbyn\s+Statws/],
    row: /Action \d+ ŵ/,
  },
  { name: 'issues', header: [/Issue\s+Level\s+Status\s+Raised/, /Mater\s+Lefel\s+Statws\s+Codwyd/], row: /Issue \d+: depot timetable/ },
  { name: 'agenda', header: [/Time\s+Item\s+Purpose\s+Lead\s+Length/, /Amser\s+Eitem\s+Diben\s+Arweinydd\s+Hyd/], row: /\d+\. Item \d+ ŵ/ },
  {
    name: 'evidence',
    header: [/Kind\s+Source\s+Date\s+Note/, /Math\s+Ffynhonnell\s+Dyddiad\s+Nodyn/],
    row: /(Source|Workforce plan|Ffynhonnell) \d+/,
  },
];
/** What closes each kind, and what the page it is on must also show from before it. */
const CLOSINGS = [
  { closing: /Circulated by|Dosbarthwyd gan/, before: /\d+\. Item \d+ ŵ/ },
  { closing: /Exported by|Allforiwyd gan/, before: /Issue \d+: depot timetable|No issues|Dim materion/ },
  { closing: /Report prepared by|Paratowyd yr adroddiad gan/, before: /Issue \d+: depot timetable|No issues|Dim materion/ },
  {
    closing: /Assessor’s declaration|Datganiad yr aseswr/,
    before: /People met|Pobl a gyfarfuwyd|interviews? (is|are) kept confidential|INTERVIEWEE|Role \d+|Not recorded|Heb ei gofnodi/,
  },
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-layout-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function localised(choice: DocumentLanguageChoice, build: (ctx: AdapterContext) => ReportModel): LocalisedReport {
  const versions = documentLanguages(choice).map((language) => {
    const ctx: AdapterContext = {
      now: '2025-06-15T10:00:00.000Z',
      author: SIGNER,
      authorOrganisation: 'Eastmoor',
      issuer: { name: 'Cyflogwyr Rhanbarthol Dwyrain', addressLine: '', logo: null },
      language,
    };
    return { language, report: withExporterSignature(build(ctx), { name: SIGNER, role: '', date: '2025-06-15', kind: 'typed' }, language) };
  });
  return { choice, versions };
}

const workshops = fc.sample(workshopRecordOf({ actions: 40, issues: 14, agenda: 30, long: true }), { numRuns: PER_KIND, seed: 2419 });
const cases = fc.sample(caseRecordOf({ evidence: 30, interviews: 24, long: true }), { numRuns: PER_KIND, seed: 2420 });
const kinds: Record<string, (i: number) => (ctx: AdapterContext) => ReportModel> = {
  agenda: (i) => (ctx) => ({ kind: 'agenda', model: agendaFromWorkshop(workshops[i], 'Fforwm', ctx) }),
  'workshop-feedback': (i) => (ctx) => ({ kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(workshops[i], 'Fforwm', ctx) }),
  'action-issue-log': (i) => (ctx) => ({
    kind: 'action-issue-log',
    model: actionIssueLogFor({ id: 'org-truth', name: 'Fforwm' }, [cases[i]], [workshops[i]], ctx),
  }),
  'assessment-report': (i) => (ctx) => ({
    kind: 'assessment-report',
    model: assessmentReportFromCase(cases[i], goAwardV1, 'Cymru', new Map(), ctx),
  }),
};

describe.each(Object.keys(kinds))('layout for long generated records: %s', (kind) => {
  it(`${PER_KIND} documents: headers on every page, never alone; the closing keeps company; bilingual pages used`, async () => {
    for (let i = 0; i < PER_KIND; i += 1) {
      const choice = CHOICES[i % CHOICES.length];
      const file = path.join(dir, `${kind}-${i}.pdf`);
      await writeFile(file, await buildPdf(localised(choice, kinds[kind](i))));
      const pages = pagesOf(file);
      const where = (n: number) => `${kind} #${i} (${choice}) page ${n + 1} of ${pages.length}`;
      pages.forEach((text, n) => {
        for (const table of TABLES) {
          const headerAt = Math.max(...table.header.map((h) => [...text.matchAll(new RegExp(h, 'g'))].at(-1)?.index ?? -1));
          if (table.row.test(text)) expect(headerAt, `${where(n)}: ${table.name} rows without their header row`).toBeGreaterThanOrEqual(0);
          if (headerAt >= 0) expect(table.row.test(text.slice(headerAt)), `${where(n)}: ${table.name} header row alone`).toBe(true);
        }
        for (const { closing, before } of CLOSINGS) {
          const at = text.search(closing);
          if (at >= 0 && n > 0) expect(before.test(text.slice(0, at)), `${where(n)}: the closing alone`).toBe(true);
        }
      });
      if (choice === 'bilingual') {
        const fill = pageFill(file);
        fill.slice(0, -1).forEach((f, n) => expect(f, `${where(n)}: half empty`).toBeGreaterThanOrEqual(0.6));
      }
    }
  }, 120_000);
});

describe('a document that cannot fit', () => {
  it('is refused with a keyed message naming the text, not printed without it', async () => {
    const workshop = {
      ...workshops[0],
      actions: workshops[0].actions.map((a, i) => (i === 0 ? { ...a, what: `Too long ${'word '.repeat(5000)}` } : a)),
    };
    const error = await buildPdf(
      localised('cy', (ctx) => ({ kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(workshop, 'F', ctx) })),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).key).toBe('documentBlockTooTall');
    expect((error as AppError).values.begins).toMatch(/^Too long word/);
  }, 60_000);
});
