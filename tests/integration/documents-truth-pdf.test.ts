import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionIssueLogFor } from '../../electron/services/reports/adapters/action-issue-log';
import { assessmentReportFromCase } from '../../electron/services/reports/adapters/case-assessment';
import { awardCertificateFromCase } from '../../electron/services/reports/adapters/case-award';
import { commitmentCertificateFromCase } from '../../electron/services/reports/adapters/case-commitment';
import type { AdapterContext } from '../../electron/services/reports/adapters/common';
import { agendaFromWorkshop } from '../../electron/services/reports/adapters/workshop-agenda';
import { workshopFeedbackFromWorkshop } from '../../electron/services/reports/adapters/workshop-feedback';
import { buildPdf } from '../../electron/services/reports/build';
import { withExporterSignature } from '../../electron/services/reports/exporter-signature';
import { IdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identity-store';
import { signPdf } from '../../electron/services/signing/pades-signer';
import type { CaseRecord } from '../../shared/domain/case';
import type { ReportKind, ReportModel } from '../../shared/domain/report-models';
import type { Workshop } from '../../shared/domain/workshop';
import { goAwardV1 } from '../../shared/frameworks';
import { caseRecord, INTERVIEWEE, LONG_AUTHORITY, LONG_PERSON, SECRET, workshopRecord } from '../unit/exports/truth/generators';
import { pdfsig } from './helpers/poppler';

/*
 * The document truth suite, PDF level: at least 20 generated records per kind built into real,
 * signed PDFs and read back with poppler. Certificates are one page; no page holds only a
 * signature; nothing confidential is printed; pdfsig says every signature is valid and total.
 */

const PER_KIND = 20;
const SIGNER = 'Siân Llŷr';
const ctx: AdapterContext = {
  now: '2025-06-15T10:00:00.000Z',
  author: SIGNER,
  authorOrganisation: 'Eastmoor Regional Employers',
  issuer: {
    name: 'Cyflogwyr Rhanbarthol Dwyrain — Eastmoor Regional Employers’ Organisation',
    addressLine: 'Uned 4, Y Cwrt Dinesig, Eastmoor EM1 2AB',
    logo: null,
  },
};
const signingTime = new Date(ctx.now);

let dir: string;
let identity: UnlockedIdentity;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-truth-pdf-'));
  const store = new IdentityStore(path.join(dir, 'identity'), () => signingTime);
  await store.create({
    name: SIGNER,
    role: 'Peer assessor',
    organisation: 'Eastmoor Regional Employers',
    email: 'sian@example.org',
    passphrase: 'correct horse battery',
  });
  identity = store.requireUnlocked();
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The extreme case every run includes: the longest Welsh names and six signatories. */
function longest(record: CaseRecord): CaseRecord {
  const signatories = Array.from({ length: 6 }, (_, i) => ({
    id: `s${i}`,
    name: `${LONG_PERSON} ${i}`,
    role: 'chief_executive' as const,
    date: '2025-01-02',
    signature: null,
  }));
  return {
    ...record,
    organisationName: LONG_AUTHORITY,
    signUp: {
      date: '2025-01-02',
      scope: 'directorates',
      directorates: ['Gwasanaethau Cymdeithasol', 'Addysg Gydol Oes', 'Priffyrdd a Thrafnidiaeth'],
      signatories,
    },
    recommendation: { ...record.recommendation, outcome: 'full_award', recordedAt: '2025-06-01T12:00:00.000Z' },
    assessment: { ...record.assessment, communityRecognised: true, assessors: [LONG_PERSON, 'Siân Llŷr'] },
  };
}

/** Generated records until PER_KIND of them make a document of this kind (seeded: the same every run). */
function models(kind: ReportKind): ReportModel[] {
  const out: ReportModel[] = [];
  const tryAdd = (build: () => ReportModel) => {
    try {
      out.push(build());
    } catch {
      // A record that cannot make this document yet is the model suite's business.
    }
  };
  const pairs = fc.sample(fc.tuple(caseRecord, workshopRecord), { numRuns: 400, seed: 20261202 });
  const extreme = longest(pairs[0][0]);
  const forCase = (record: CaseRecord): (() => ReportModel) | null => {
    if (kind === 'commitment-certificate') return () => ({ kind, model: commitmentCertificateFromCase(record, goAwardV1, ctx) });
    if (kind === 'assessment-report') return () => ({ kind, model: assessmentReportFromCase(record, goAwardV1, 'Wales', new Map(), ctx) });
    if (kind === 'award-certificate') return () => ({ kind, model: awardCertificateFromCase(record, 'Wales', ctx) });
    return null;
  };
  const forWorkshop = (w: Workshop, record: CaseRecord): (() => ReportModel) => {
    if (kind === 'workshop-feedback') return () => ({ kind, model: workshopFeedbackFromWorkshop(w, record.organisationName, ctx) });
    if (kind === 'agenda') return () => ({ kind, model: agendaFromWorkshop(w, record.organisationName, ctx) });
    return () => ({
      kind: 'action-issue-log',
      model: actionIssueLogFor({ id: 'org-truth', name: record.organisationName }, [record], [w], ctx),
    });
  };
  const first = forCase(extreme);
  if (first) tryAdd(first);
  for (const [record, w] of pairs) {
    if (out.length >= PER_KIND) break;
    tryAdd(forCase(record) ?? forWorkshop(w, record));
  }
  return out;
}

/** Headings every multi-page document uses: none may be the last line of a page. */
const HEADINGS = [
  'Actions agreed',
  'Issues raised',
  'Top tips for working in partnership',
  'Actions',
  'Issue resolution log',
  'Development points',
  'People met',
  'The six award criteria',
  'The nine action-plan requirements',
  'Evidence not linked to a criterion',
  'What the groups said',
  'Summary',
  'Contents',
];

const pagesOf = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

/** A page's own text: without the running header, the footer and the signature block's lines. */
function bodyWithoutSignature(page: string, documentId: string): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .filter((line) => !line.includes(documentId))
    .filter(
      (line) =>
        !/^(Exported by|Report prepared by|Circulated by|Siân Llŷr|Peer assessor|Facilitator|Signed \d{1,2} \w+ \d{4}( \(typed name\))?)$/.test(
          line,
        ),
    );
}

describe.each([
  'commitment-certificate',
  'assessment-report',
  'award-certificate',
  'workshop-feedback',
  'agenda',
  'action-issue-log',
] as const)('%s: 20 generated records as signed PDFs', (kind) => {
  it('reads back true, one page per certificate, no page with only a signature, and pdfsig valid', async () => {
    const list = models(kind);
    expect(list.length).toBeGreaterThanOrEqual(PER_KIND);
    for (const [index, built] of list.entries()) {
      const report = withExporterSignature(built, { name: SIGNER, role: '', date: '2025-06-15', kind: 'typed' });
      const pdf = await buildPdf(report);
      const signed = await signPdf(pdf, identity, { reason: `${kind} ${report.model.meta.documentId}`, signingTime });
      const file = path.join(dir, `${kind}-${index}.pdf`);
      await writeFile(file, signed);

      const sig = pdfsig(file);
      expect(sig).toContain('Signature is Valid.');
      expect(sig).toContain('Total document signed');

      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      const folded = text.replace(/\s+/g, ' ');
      expect(folded).not.toContain(SECRET);
      const pages = pagesOf(file);
      if (kind.endsWith('certificate')) {
        expect(pages).toBe(1);
        expect(folded).not.toMatch(/Page \d of/);
        expect(folded).toContain('Cyflogwyr Rhanbarthol Dwyrain');
      }
      const pageTexts = text.split('\f').filter((p) => p.trim().length > 0);
      expect(pageTexts).toHaveLength(pages);
      for (const page of pages > 1 ? pageTexts : []) {
        const body = bodyWithoutSignature(page, report.model.meta.documentId);
        expect(body.length).toBeGreaterThan(0);
        // No page ends on a heading: it moves to the next page with what it introduces.
        const last = body.filter((line) => !/^Document CB-|Page \d+ of \d+$/.test(line)).at(-1) ?? '';
        expect(HEADINGS).not.toContain(last);
      }

      if (report.kind === 'assessment-report') {
        const m = report.model;
        expect(folded).toContain(
          m.communityPartnership.status === 'not_decided'
            ? 'Not yet decided.'
            : m.communityPartnership.status === 'recognised'
              ? 'Recognised.'
              : 'Not recognised at this assessment.',
        );
        if (m.peopleMet.every((p) => p.name === null)) expect(folded).not.toContain(INTERVIEWEE);
        expect(folded).toMatch(/Page 1 of \d/);
      }
      if (report.kind === 'workshop-feedback') {
        for (const theme of report.model.themes) expect(folded).toContain(theme.title);
        expect((folded.match(/Not discussed at this workshop/g) ?? []).length).toBe(report.model.themes.filter((t) => !t.discussed).length);
      }
    }
  }, 180_000);
});
