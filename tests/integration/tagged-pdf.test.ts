import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import pdfmake from 'pdfmake';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionIssueLogFor } from '../../electron/services/reports/adapters/action-issue-log';
import { assessmentReportFromCase } from '../../electron/services/reports/adapters/case-assessment';
import { awardCertificateFromCase } from '../../electron/services/reports/adapters/case-award';
import { commitmentCertificateFromCase } from '../../electron/services/reports/adapters/case-commitment';
import type { AdapterContext } from '../../electron/services/reports/adapters/common';
import { agendaFromWorkshop } from '../../electron/services/reports/adapters/workshop-agenda';
import { regionalMapFor } from '../../electron/services/reports/adapters/regional-map';
import { heatMapOf } from '../../shared/domain/heat-map';
import { aggregateOverview } from '../../shared/domain/overview';
import { workshopMaturity } from '../../electron/services/workshops/links';
import { workshopFeedbackFromWorkshop } from '../../electron/services/reports/adapters/workshop-feedback';
import { buildPdf } from '../../electron/services/reports/build';
import { withExporterSignature } from '../../electron/services/reports/exporter-signature';
import type { LocalisedReport } from '../../electron/services/reports/lang';
import { docLang } from '../../electron/services/reports/lang';
import { frame } from '../../electron/services/reports/layout';
import { renderPdf } from '../../electron/services/reports/render';
import { sampleEvidenceImage } from '../../electron/services/reports/sample-drawings';
import { sampleReport } from '../../electron/services/reports/samples';
import { IdentityStore, type UnlockedIdentity } from '../../electron/services/signing/identity-store';
import { signPdf } from '../../electron/services/signing/pades-signer';
import type { CaseRecord } from '../../shared/domain/case';
import { reportKinds, type ReportKind, type ReportModel } from '../../shared/domain/report-models';
import type { Workshop } from '../../shared/domain/workshop';
import { goAwardV1 } from '../../shared/frameworks';
import { docText, documentLanguages, type DocumentLanguage, type DocumentLanguageChoice } from '../../shared/i18n/documents';
import { caseRecord, workshopRecord } from '../unit/exports/truth/generators';
import { accessibilityProblems, matterhorn } from './helpers/accessibility';
import { languagesOf, misreadPhrases } from './helpers/languages';
import { pdfsig } from './helpers/poppler';

/*
 * Tagged PDF (PDF/UA-1) for every document Casebook exports: the samples, and generated records
 * in English, Welsh and bilingual, each built, signed, and read back by qpdf, pdfsig, poppler's
 * structure text against its printed text, and the Matterhorn checker (pikepdf). The demo
 * workspace's documents get the same checks in exports-demo-pdfsig and exports-cymraeg-pdf.
 */

const PER_KIND = 2;
/** A small PNG logo as a data URL. */
const LOGO = `data:image/png;base64,${sampleEvidenceImage(160, 100).toString('base64')}`;
const SIGNER = 'Siân Llŷr';
const signingTime = new Date('2025-06-15T10:00:00.000Z');
const base: AdapterContext = {
  now: signingTime.toISOString(),
  author: SIGNER,
  authorOrganisation: 'Eastmoor Regional Employers',
  issuer: { name: 'Eastmoor Regional Employers’ Organisation', addressLine: 'Unit 4, Eastmoor EM1 2AB', logo: null },
};

let dir: string;
let identity: UnlockedIdentity;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-tagged-'));
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

/** The regional map of the case's organisation and a second one rated by the generated workshop. */
function mapOf(record: CaseRecord, workshop: Workshop) {
  const at = '2025-06-01T00:00:00.000Z';
  const organisations = [
    {
      id: record.organisationId,
      name: record.organisationName,
      type: 'local_authority' as const,
      region: 'Wales' as const,
      contacts: [],
      createdAt: at,
      updatedAt: at,
    },
    {
      id: 'org-map-2',
      name: 'Ymddiriedolaeth GIG Bae Abertawe',
      type: 'nhs_trust' as const,
      region: 'Wales' as const,
      contacts: [],
      createdAt: at,
      updatedAt: at,
    },
  ];
  const maturity = workshopMaturity({ ...workshop, organisationId: 'org-map-2' });
  return heatMapOf(
    aggregateOverview({
      organisations,
      actions: [],
      issues: [],
      stages: [{ organisationId: record.organisationId, stage: 'assessment', nextDeadline: null, deadlineLabel: '' }],
      maturity,
      today: '2025-06-15',
    }),
  );
}

/** A generated record's document of this kind in one language (null when the record cannot make one). */
function modelFor(kind: ReportKind, record: CaseRecord, workshop: Workshop, language: DocumentLanguage): ReportModel | null {
  const ctx = { ...base, language };
  try {
    if (kind === 'commitment-certificate') return { kind, model: commitmentCertificateFromCase(record, goAwardV1, ctx) };
    if (kind === 'assessment-report') return { kind, model: assessmentReportFromCase(record, goAwardV1, 'Wales', new Map(), ctx) };
    // A random record is almost never eligible, so its recorded full award carries the
    // justification the rules then require (an unjustified one is refused, and tested so elsewhere).
    if (kind === 'award-certificate') {
      const awarded = {
        ...record,
        recommendation: {
          ...record.recommendation,
          outcome: 'full_award' as const,
          recordedAt: '2025-06-01T12:00:00.000Z',
          justification: 'The panel saw the evidence on the day.',
        },
      };
      return { kind, model: awardCertificateFromCase(awarded, 'Wales', ctx) };
    }
    if (kind === 'workshop-feedback') return { kind, model: workshopFeedbackFromWorkshop(workshop, record.organisationName, ctx) };
    if (kind === 'agenda') return { kind, model: agendaFromWorkshop(workshop, record.organisationName, ctx) };
    if (kind === 'regional-map')
      return { kind, model: regionalMapFor(mapOf(record, workshop), { region: '', sector: '' }, '2025-06-15', ctx) };
    // The workshop is the case's organisation's, so the log has its actions and issues.
    return {
      kind,
      model: actionIssueLogFor(
        { id: record.organisationId, name: record.organisationName },
        [record],
        [{ ...workshop, organisationId: record.organisationId }],
        ctx,
      ),
    };
  } catch {
    return null;
  }
}

/** PER_KIND generated records of a kind in a language choice (seeded: the same every run). */
function generated(kind: ReportKind, choice: DocumentLanguageChoice): LocalisedReport[] {
  const out: LocalisedReport[] = [];
  for (const [record, workshop] of fc.sample(fc.tuple(caseRecord, workshopRecord), { numRuns: 60, seed: 24 })) {
    const versions = documentLanguages(choice).map((language) => ({ language, report: modelFor(kind, record, workshop, language) }));
    if (versions.some((v) => !v.report)) continue;
    out.push({
      choice,
      versions: versions.map((v) => ({
        language: v.language,
        report: withExporterSignature(v.report!, { name: SIGNER, role: '', date: '2025-06-15', kind: 'typed' }, v.language),
      })),
    });
    if (out.length >= PER_KIND) break;
  }
  return out;
}

async function signedFile(name: string, report: ReportModel | LocalisedReport): Promise<string> {
  const pdf = await buildPdf(report);
  const file = path.join(dir, `${name}.pdf`);
  await writeFile(file, await signPdf(pdf, identity, { reason: name, signingTime }));
  return file;
}

describe.each(['en', 'cy', 'bilingual'] as const)('tagged documents from generated records, %s', (choice) => {
  it('every kind passes qpdf, pdfsig, the reading-order comparison and the Matterhorn checks', async () => {
    const files: string[] = [];
    /** What the records say in the Welsh version: words a user typed there are read in the document's language. */
    const typed = new Map<string, string>();
    for (const kind of reportKinds) {
      const reports = generated(kind, choice);
      expect(reports.length, kind).toBe(PER_KIND);
      for (const [i, report] of reports.entries()) {
        // Read before the build: pdfmake decorates the nodes it lays out.
        const welsh = JSON.stringify(report.versions[0].report);
        files.push(await signedFile(`${kind}-${choice}-${i}`, report));
        typed.set(files.at(-1)!, welsh);
      }
    }
    for (const file of files) {
      const sig = pdfsig(file);
      expect(sig, file).toContain('Signature is Valid.');
      expect(sig, file).toContain('Total document signed');
    }
    expect(accessibilityProblems(files)).toEqual({});
    if (choice === 'bilingual') expectEachLanguageReadAsItself(files, typed);
  }, 120_000);
});

/**
 * A bilingual document prints most fixed text joined, "Statws / Status": read back from the file,
 * every Welsh and English phrase of the document catalog is read in its own language, and the
 * halves of one joined label are two spans, cy and en-GB.
 */
/** A label each kind always prints joined, Welsh / English (a heading, a table header, a label). */
const JOINED_LABEL: Record<ReportKind, string> = {
  'commitment-certificate': 'common.issuedBy',
  'assessment-report': 'assessmentReport.summary',
  'award-certificate': 'common.issuedBy',
  'workshop-feedback': 'workshopFeedback.kicker',
  agenda: 'agenda.columns.item',
  'action-issue-log': 'actionIssueLog.actions',
  'regional-map': 'regionalMap.kicker',
};

function expectEachLanguageReadAsItself(files: string[], typed: Map<string, string>) {
  const found = languagesOf(files);
  const misread = Object.fromEntries(
    files
      .map((file) => [path.basename(file), misreadPhrases(found.get(file)!, typed.get(file)!)])
      .filter(([, problems]) => problems.length),
  );
  expect(misread).toEqual({});
  for (const file of files) {
    // The separator (" / ") ends the Welsh half, where the line may break.
    const spans = found.get(file)!.spans.map((span) => ({ ...span, text: span.text.replace(/\s*\/$/, '') }));
    const kind = reportKinds.find((k) => path.basename(file).startsWith(k))!;
    const key = JOINED_LABEL[kind];
    expect(spans, `${path.basename(file)}: ${key}`).toEqual(
      expect.arrayContaining([
        { lang: 'cy', text: docText('cy', key) },
        { lang: 'en-GB', text: docText('en', key) },
      ]),
    );
  }
}

describe('tagged sample documents', () => {
  it('with a logo and photographs: every kind passes, and tagging is Figures with alternative text', async () => {
    const files: string[] = [];
    for (const kind of reportKinds) {
      const report = sampleReport(kind);
      const model = report.model as { meta: { issuer?: { logo: string | null } | null } };
      if (model.meta.issuer) model.meta.issuer = { ...model.meta.issuer, logo: LOGO };
      files.push(await signedFile(`sample-${kind}`, report));
    }
    expect(accessibilityProblems(files)).toEqual({});
  }, 60_000);
});

describe('the checks can fail', () => {
  it('an untagged pdfmake file, and an image without alternative text, are reported', async () => {
    const definition = {
      ...frame({
        meta: { documentId: 'CB-T-1', createdAt: '2025-06-15T10:00:00.000Z', author: 'Test', authorOrganisation: '', issuer: null },
        title: 'Test',
        subject: 'Test',
        orientation: 'portrait',
        lang: docLang('en'),
      }),
      content: [
        { text: 'A heading', style: 'title' },
        { image: LOGO, width: 100 },
      ],
    };
    const untagged = path.join(dir, 'untagged.pdf');
    await writeFile(untagged, await pdfmake.createPdf({ ...definition, content: [{ text: 'Plain' }] }).getBuffer());
    const noAlt = path.join(dir, 'no-alt.pdf');
    await writeFile(noAlt, await renderPdf(definition as Parameters<typeof renderPdf>[0]));
    const found = matterhorn([untagged, noAlt]);
    expect(found.get(untagged)).toEqual(
      expect.arrayContaining([expect.stringContaining('01-005'), expect.stringContaining('06-001'), expect.stringContaining('cb-version')]),
    );
    expect(found.get(noAlt)).toEqual([expect.stringContaining('13-004')]);
    expect(Object.keys(accessibilityProblems([untagged], { signed: false }))).toEqual(['untagged.pdf']);
  });
});
