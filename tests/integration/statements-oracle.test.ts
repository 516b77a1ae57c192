import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
import type { LocalisedReport } from '../../electron/services/reports/lang';
import type { CaseRecord } from '../../shared/domain/case';
import type { ReportKind, ReportModel } from '../../shared/domain/report-models';
import type { Workshop } from '../../shared/domain/workshop';
import { goAwardV1 } from '../../shared/frameworks';
import { documentLanguages, type DocumentLanguage, type DocumentLanguageChoice } from '../../shared/i18n/documents';
import { caseRecord, SECRET, workshopRecord } from '../unit/exports/truth/generators';

/*
 * The independent oracle: generated records → real PDFs (English, Welsh, bilingual; with and
 * without an issuer logo) → pdftotext → a small parser written from the documents' printed
 * wording (not from the model code) → compared with the record. What the record says is worked
 * out here from the raw fields. 30 PDFs per kind.
 */

const PER_KIND = 30;
const SIGNER = 'Siân Llŷr';
/** A real logo: the app's own icon, as an issuer would upload one. */
const LOGO = `data:image/png;base64,${readFileSync(path.join(__dirname, '../../resources/icons/png/64x64.png')).toString('base64')}`;
const CHOICES: DocumentLanguageChoice[] = ['en', 'cy', 'bilingual'];

/** The documents' own words, per language, that say a fact (copied from what the PDFs print). */
const WORDING = {
  notSigned: { en: 'Not signed', cy: 'Heb ei lofnodi' },
  noRecommendation: { en: 'No recommendation is recorded', cy: 'Nid oes argymhelliad wedi’i gofnodi' },
  recommendedFull: { en: 'Recommended for the full GO Local Government Award', cy: null },
  allSix: { en: 'meeting all six award criteria', cy: 'gan fodloni pob un o chwe maen prawf' },
  wholeOrganisation: { en: 'whole-organisation commitment', cy: 'ymrwymiad gan y sefydliad cyfan' },
  allEmployees: { en: 'Skills for Life of all its employees', cy: 'Sgiliau am Oes ei holl gyflogeion' },
  reassessment: { en: 'Suggested re-assessment', cy: null },
  onBehalfOf: { en: 'On behalf of', cy: 'Ar ran' },
} as const;

const count = (text: string, phrase: string) => text.split(phrase).length - 1;
/** Does the text say this (in the given language)? null wording: not checked in that language. */
const says = (text: string, key: keyof typeof WORDING, language: DocumentLanguage): boolean | null => {
  const phrase = WORDING[key][language];
  return phrase === null ? null : text.includes(phrase);
};

/** A decided recommendation, from the raw record: recorded, and agreeing with eligibility or justified. */
function decided(record: CaseRecord): 'full_award' | 'not_yet' | null {
  const { outcome, recordedAt, justification } = record.recommendation;
  if (!outcome || !recordedAt) return null;
  const requirements = Array.from({ length: 9 }, (_, i) => record.actionPlan.requirements[`R${i + 1}`]?.status).every((s) => s === 'met');
  const met = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].filter((c) => record.assessment.criteria[c]?.judgement === 'met').length;
  const eligible = requirements && met === 6;
  return (outcome === 'full_award') !== eligible && !justification.trim() ? null : outcome;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'casebook-oracle-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const buildTimes: number[] = [];

async function pdfText(report: LocalisedReport, name: string): Promise<string> {
  const started = performance.now();
  const pdf = await buildPdf(report);
  buildTimes.push(performance.now() - started);
  const file = path.join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** Generated records with a reason to be varied: half their recommendations drafts the rules refuse, half justified. */
const cases = fc.sample(
  fc.tuple(caseRecord, fc.boolean(), fc.constantFrom('', 'Justified: a funded plan closes the gap.')).map(([r, logo, justification]) => ({
    record: { ...r, recommendation: { ...r.recommendation, justification } },
    logo,
  })),
  { numRuns: 600, seed: 1919 },
);
const workshops = fc.sample(fc.tuple(workshopRecord, fc.boolean(), fc.boolean()), { numRuns: 200, seed: 1920 });

function localised(choice: DocumentLanguageChoice, logo: boolean, build: (ctx: AdapterContext) => ReportModel): LocalisedReport {
  const versions = documentLanguages(choice).map((language) => {
    const ctx: AdapterContext = {
      now: '2025-06-15T10:00:00.000Z',
      author: SIGNER,
      authorOrganisation: 'Eastmoor',
      issuer: { name: 'Cyflogwyr Rhanbarthol Dwyrain', addressLine: '', logo: logo ? LOGO : null },
      language,
    };
    return { language, report: withExporterSignature(build(ctx), { name: SIGNER, role: '', date: '2025-06-15', kind: 'typed' }, language) };
  });
  return { choice, versions };
}

/** Up to PER_KIND documents of a kind from the generated records (those a record can make). */
function documents(kind: ReportKind) {
  const out: { report: LocalisedReport; record: CaseRecord; workshop: Workshop; choice: DocumentLanguageChoice }[] = [];
  for (const [i, { record, logo }] of cases.entries()) {
    if (out.length >= PER_KIND) break;
    const [workshop, withLogo] = workshops[i % workshops.length];
    const choice = CHOICES[out.length % CHOICES.length];
    const build = (ctx: AdapterContext): ReportModel => {
      switch (kind) {
        case 'commitment-certificate':
          return { kind, model: commitmentCertificateFromCase(record, goAwardV1, ctx) };
        case 'assessment-report':
          return { kind, model: assessmentReportFromCase(record, goAwardV1, 'Cymru', new Map(), ctx) };
        case 'award-certificate':
          return { kind, model: awardCertificateFromCase(record, 'Cymru', ctx) };
        case 'workshop-feedback':
          return { kind, model: workshopFeedbackFromWorkshop(workshop, 'Fforwm', ctx) };
        case 'agenda':
          return { kind, model: agendaFromWorkshop(workshop, 'Fforwm', ctx) };
        case 'action-issue-log':
          return { kind, model: actionIssueLogFor({ id: 'org-truth', name: 'Fforwm' }, [record], [workshop], ctx) };
        case 'regional-map':
          throw new Error('The regional map is built from overview rows, not one record (tests/unit/overview/heat-map-pdf.test.ts).');
      }
    };
    try {
      out.push({ report: localised(choice, kind.endsWith('certificate') ? logo : withLogo, build), record, workshop, choice });
    } catch {
      // This record cannot make this document yet (the refusal suite covers why).
    }
  }
  return out;
}

describe.each([
  'commitment-certificate',
  'assessment-report',
  'award-certificate',
  'workshop-feedback',
  'agenda',
  'action-issue-log',
] as const)('oracle: %s', (kind) => {
  it(`${PER_KIND} generated records read back from their PDFs say what the records say`, async () => {
    const docs = documents(kind);
    expect(docs.length).toBe(PER_KIND);
    for (const [n, { report, record, workshop, choice }] of docs.entries()) {
      const text = await pdfText(report, `${kind}-${n}`);
      const languages = documentLanguages(choice);
      expect(text).not.toContain(SECRET);
      for (const language of languages) {
        const check = (key: keyof typeof WORDING, expected: boolean) => {
          const said = says(text, key, language);
          if (said !== null) expect(said, `${kind} #${n} (${choice}) ${key}`).toBe(expected);
        };
        if (kind === 'commitment-certificate') {
          const named = record.signUp.signatories.filter((s) => s.name.trim());
          expect(count(text, WORDING.notSigned[language]), `${kind} #${n} unsigned`).toBe(named.filter((s) => !s.signature).length);
          check('allEmployees', record.signUp.scope === 'whole_organisation');
        }
        if (kind === 'assessment-report') {
          const outcome = decided(record);
          check('noRecommendation', outcome === null);
          check('recommendedFull', outcome === 'full_award');
          check('reassessment', outcome === 'not_yet' && record.recommendation.reassessmentDate !== null);
          check(
            'onBehalfOf',
            !(record.assessment.assessors.length ? record.assessment.assessors : [record.assessor]).some((a) => a.trim() === SIGNER) &&
              (record.assessment.assessors.length > 0 || record.assessor.trim() !== ''),
          );
        }
        if (kind === 'award-certificate') {
          expect(decided(record)).toBe('full_award');
          const met = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6'].filter((c) => record.assessment.criteria[c]?.judgement === 'met').length;
          check('allSix', met === 6);
          check('wholeOrganisation', record.signUp.scope === 'whole_organisation');
        }
        if (kind === 'workshop-feedback' || kind === 'agenda') {
          check('onBehalfOf', workshop.facilitator.trim() !== SIGNER);
        }
      }
      if (kind === 'workshop-feedback') {
        for (const p of workshop.parkingLot.filter((item) => !item.confidential)) expect(text).toContain(p.text);
        for (const i of workshop.issues.filter((issue) => !issue.individualContractualDispute)) expect(text).toContain(i.title);
      }
      if (kind === 'agenda') for (const item of workshop.agenda) expect(text).toContain(item.title);
      if (kind.endsWith('certificate'))
        expect(
          Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, `${kind}-${n}.pdf`)], { encoding: 'utf8' }))?.[1]),
        ).toBe(1);
    }
  }, 180_000);
});

describe('build time per document over the generated set', () => {
  it('is measured (printed for the note)', () => {
    const sorted = [...buildTimes].sort((a, b) => a - b);
    if (sorted.length === 0) return;
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`oracle: ${sorted.length} PDFs, build median ${median.toFixed(0)} ms, slowest ${sorted.at(-1)!.toFixed(0)} ms`);
    expect(sorted.length).toBeGreaterThan(0);
  });
});
