import fc from 'fast-check';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { actionIssueLogFor } from '../../../electron/services/reports/adapters/action-issue-log';
import { assessmentReportFromCase } from '../../../electron/services/reports/adapters/case-assessment';
import { awardCertificateFromCase } from '../../../electron/services/reports/adapters/case-award';
import { commitmentCertificateFromCase } from '../../../electron/services/reports/adapters/case-commitment';
import type { AdapterContext } from '../../../electron/services/reports/adapters/common';
import { agendaFromWorkshop } from '../../../electron/services/reports/adapters/workshop-agenda';
import { workshopFeedbackFromWorkshop } from '../../../electron/services/reports/adapters/workshop-feedback';
import { buildPdf, pageCount } from '../../../electron/services/reports/build';
import { definitionFor } from '../../../electron/services/reports/documents';
import { formatDate, formatDateTime } from '../../../electron/services/reports/format';
import type { LocalisedReport } from '../../../electron/services/reports/lang';
import type { ReportModel } from '../../../shared/domain/report-models';
import { goAwardV1 } from '../../../shared/frameworks';
import {
  documentLanguages,
  documentsCy,
  documentsEn,
  type DocumentLanguage,
  type DocumentLanguageChoice,
} from '../../../shared/i18n/documents';
import { errorStrings } from '../../../shared/i18n/errors';
import { AppError } from '../../../shared/result';
import { englishFixedPhrases, englishOnlyPhrases, stringsOf } from './english-left';
import { textOf } from './text-of';
import { caseRecord, LONG_AUTHORITY, LONG_PERSON, workshopRecord } from './truth/generators';

/*
 * Welsh and bilingual documents over generated records: for any record and any of the three
 * choices, building never throws (or refuses with the same message as in English), and the
 * Welsh-only document holds no piece of the English fixed text that differs from its Welsh.
 */

const RUNS = { numRuns: 150 };
const choices: DocumentLanguageChoice[] = ['en', 'cy', 'bilingual'];
const base: Omit<AdapterContext, 'language'> = {
  now: '2025-06-15T10:00:00.000Z',
  author: 'Siân Llŷr',
  authorOrganisation: 'Cyflogwyr Rhanbarthol',
  issuer: null,
};

/** Everything the document prints: content, the first page's footer and the PDF's title and subject. */
function printed(definition: TDocumentDefinitions): string {
  const footer =
    typeof definition.footer === 'function' ? definition.footer(1, 2, { width: 595, height: 842, orientation: 'portrait' }) : null;
  return [textOf(definition), footer ? textOf(footer as never) : '', definition.info?.title ?? '', definition.info?.subject ?? ''].join(
    ' ',
  );
}

/** The report in each language of the choice, or null when the record cannot make it (same refusal in every language). */
function localise(choice: DocumentLanguageChoice, build: (language: DocumentLanguage) => ReportModel): LocalisedReport | null {
  try {
    build('en');
  } catch {
    // A record that cannot make the document is refused whatever the language.
    for (const language of documentLanguages(choice)) expect(() => build(language)).toThrow();
    return null;
  }
  return { choice, versions: documentLanguages(choice).map((language) => ({ language, report: build(language) })) };
}

function check(localised: LocalisedReport | null, record: unknown) {
  if (!localised) return;
  const text = printed(definitionFor(localised));
  if (localised.choice === 'cy') expect(englishOnlyPhrases(text, stringsOf(record))).toEqual([]);
  if (localised.choice === 'en') expect(text).not.toMatch(/Tudalen|Dogfen CB-|Crëwyd/);
  if (localised.choice === 'bilingual') expect(text).toMatch(/Dogfen CB-.*Document CB-/);
}

describe('Welsh and bilingual documents over generated records', () => {
  it('the English fixed text has phrases to look for (the check below can fail)', () => {
    expect(englishFixedPhrases.length).toBeGreaterThan(100);
    expect(englishFixedPhrases).toContain('Certificate of Commitment');
  });

  it('cases: certificate of commitment, assessment report and award certificate', () => {
    fc.assert(
      fc.property(caseRecord, fc.constantFrom(...choices), (record, choice) => {
        const ctx = (language: DocumentLanguage): AdapterContext => ({ ...base, language });
        check(
          localise(choice, (l) => ({ kind: 'commitment-certificate', model: commitmentCertificateFromCase(record, goAwardV1, ctx(l)) })),
          record,
        );
        check(
          localise(choice, (l) => ({
            kind: 'assessment-report',
            model: assessmentReportFromCase(record, goAwardV1, 'Cymru', new Map(), ctx(l)),
          })),
          record,
        );
        check(
          localise(choice, (l) => ({ kind: 'award-certificate', model: awardCertificateFromCase(record, 'Cymru', ctx(l)) })),
          record,
        );
      }),
      RUNS,
    );
  });

  it('workshops: agenda, feedback report and the action and issue log', () => {
    fc.assert(
      fc.property(workshopRecord, fc.constantFrom(...choices), (workshop, choice) => {
        const ctx = (language: DocumentLanguage): AdapterContext => ({ ...base, language });
        check(
          localise(choice, (l) => ({ kind: 'agenda', model: agendaFromWorkshop(workshop, 'Fforwm', ctx(l)) })),
          workshop,
        );
        check(
          localise(choice, (l) => ({ kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(workshop, 'Fforwm', ctx(l)) })),
          workshop,
        );
        check(
          localise(choice, (l) => ({
            kind: 'action-issue-log',
            model: actionIssueLogFor({ id: workshop.organisationId ?? 'org', name: LONG_AUTHORITY }, [], [workshop], ctx(l)),
          })),
          workshop,
        );
      }),
      RUNS,
    );
  });

  it('dates in Welsh use Welsh month names; English stays as it was', () => {
    expect(formatDate('2026-12-02', 'cy')).toBe('2 Rhagfyr 2026');
    expect(formatDate('2026-06-15', 'cy')).toBe('15 Mehefin 2026');
    expect(formatDate('2026-12-02')).toBe('2 December 2026');
    expect(formatDateTime('2026-12-02T09:15:00Z', 'cy')).toBe('2 Rhagfyr 2026 am 09:15');
    expect(formatDateTime('2026-12-02T09:15:00Z')).toBe('2 December 2026 at 09:15');
  });

  it('a bilingual certificate for a 90-character Welsh council with six signatories is still one page (real pdfmake)', async () => {
    const records = fc.sample(
      caseRecord.filter(
        (r) =>
          r.signUp.date !== null &&
          r.signUp.signatories.some((s) => s.name.trim()) &&
          r.recommendation.outcome === 'full_award' &&
          r.recommendation.recordedAt !== null,
      ),
      { numRuns: 4, seed: 14 },
    );
    for (const raw of records) {
      const first = raw.signUp.signatories.find((s) => s.name.trim())!;
      const signatories = Array.from({ length: 6 }, (_, i) => ({ ...first, name: `${LONG_PERSON} ${i + 1}` }));
      // A decided full award: recorded, and justified where the criteria do not all agree.
      const record = {
        ...raw,
        recommendation: { ...raw.recommendation, justification: 'Cyfiawnhad wedi’i gofnodi.' },
        organisationName: LONG_AUTHORITY,
        signUp: {
          ...raw.signUp,
          signatories,
          scope: 'directorates' as const,
          directorates: ['Gwasanaethau Cymdeithasol', 'Addysg Gydol Oes', 'Tai a Chymunedau'],
        },
      };
      const ctx = (language: DocumentLanguage): AdapterContext => ({ ...base, language });
      for (const report of [
        localise('bilingual', (l) => ({ kind: 'commitment-certificate', model: commitmentCertificateFromCase(record, goAwardV1, ctx(l)) })),
        localise('bilingual', (l) => ({ kind: 'award-certificate', model: awardCertificateFromCase(record, 'Cymru', ctx(l)) })),
      ]) {
        expect(report).not.toBeNull();
        expect(pageCount(await buildPdf(report!))).toBe(1);
      }
    }
  }, 60_000);

  it('the assessment report names the region in the document’s language', () => {
    const record = fc.sample(caseRecord, { numRuns: 1, seed: 7 })[0];
    const text = (choice: DocumentLanguageChoice) =>
      printed(
        definitionFor(
          localise(choice, (l) => ({
            kind: 'assessment-report',
            model: assessmentReportFromCase(record, goAwardV1, 'North West', new Map(), { ...base, language: l }),
          }))!,
        ),
      );
    expect(text('cy')).toContain('Gogledd-orllewin Lloegr');
    expect(text('cy')).not.toContain('North West');
    expect(text('en')).toContain('North West');
    expect(text('bilingual')).toContain('Gogledd-orllewin Lloegr / North West');
  });

  it('a document refusal carries its key, whose Welsh text is the documents’ own Welsh refusal', () => {
    for (const [key, english] of Object.entries(documentsEn.refusals)) {
      const refusalKey = `document_${key}` as const;
      expect(errorStrings['en-GB'][refusalKey as keyof (typeof errorStrings)['en-GB']]).toBe(english);
      expect(errorStrings.cy[refusalKey as keyof typeof errorStrings.cy]).toBe(
        documentsCy.refusals[key as keyof typeof documentsCy.refusals],
      );
    }
    const workshop = fc.sample(workshopRecord, { numRuns: 1, seed: 3 })[0];
    let error: unknown;
    try {
      agendaFromWorkshop({ ...workshop, agenda: [] }, 'Fforwm', { ...base, language: 'cy' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).key).toBe('document_noAgenda');
    expect((error as AppError).message).toBe(documentsEn.refusals.noAgenda);
  });
});
