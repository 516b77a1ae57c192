import type { AttachmentRef, CaseRecord, EvidenceItem, Interview } from '../../../../shared/domain/case';
import { eligibility } from '../../../../shared/domain/case-rules';
import { publishableInterviews } from '../../../../shared/domain/confidential';
import {
  assessorsOf,
  communityStatus,
  evidenceFor,
  interviewsFor,
  namesShown,
  unlinkedEvidence,
  visitDatesOf,
} from '../../../../shared/domain/report-facts';
import type { AssessmentReportModel, ReportImage, ReportInterview } from '../../../../shared/domain/report-models';
import type { Framework } from '../../../../shared/frameworks';
import { localiseFramework } from '../../../../shared/i18n/domain/localise';
import { docText, type DocumentLanguage } from '../../../../shared/i18n/documents';
import { formatDate } from '../format';
import { assessmentStatements } from '../statements/case';
import { Statements } from '../statements/statement';
import { languageOf, linesOf, metaFor, placeholderSignature, type AdapterContext } from './common';
import { issuerRole } from './signer-role';
import { scopeText } from './case-commitment';
import { declarationFor } from './declaration';

/** Evidence attachments already read and scaled, by SHA-256 (the adapter itself does no I/O). */
export type ReportImages = ReadonlyMap<string, ReportImage>;

/** Attachments a report can show: PNG and JPEG photographs and scans. */
export const isReportImage = (ref: AttachmentRef): boolean => /^image\/(png|jpeg)$/.test(ref.mediaType);

export { DECLARATION } from './declaration';

/** The summary paragraph: every count in it is the length of the list the report prints. */
export function assessmentSummary(record: CaseRecord, framework: Framework, language: DocumentLanguage = 'en'): string {
  const t = (key: string, values: Record<string, string | number> = {}) => docText(language, `assessmentReport.summaryText.${key}`, values);
  const date = (iso: string) => formatDate(iso, language);
  const visits = visitDatesOf(record);
  const unlinked = unlinkedEvidence(
    record,
    framework.criteria.map((c) => c.id),
  ).length;
  const evidence = record.assessment.evidence.length;
  return [
    docText(language, 'assessmentReport.signedUp', {
      authority: record.organisationName,
      framework: framework.name,
      date: record.signUp.date ? date(record.signUp.date) : docText(language, 'common.dateNotRecorded'),
    }),
    record.actionPlan.receivedDate ? t('planReceived', { date: date(record.actionPlan.receivedDate) }) : t('noPlanDate'),
    visits.length > 0 ? t('visitOn', { dates: visits.map(date).join(t('and')) }) : t('noVisit'),
    t('evidenceLine', {
      evidence: docText(language, 'common.evidenceItems', { count: evidence }),
      unlinked: unlinked > 0 ? t('unlinkedNote', { count: unlinked }) : '',
      people: docText(language, 'common.people', { count: record.assessment.interviews.length }),
    }),
  ].join(' ');
}

function reportEvidence(e: EvidenceItem, images: ReportImages) {
  return {
    kind: e.kind,
    source: e.source,
    date: e.date,
    note: e.note,
    images: e.attachments.flatMap((a) => {
      const image = images.get(a.sha256);
      return image ? [image] : [];
    }),
  };
}

const reportInterview = (i: Interview, named: boolean): ReportInterview => ({
  name: named && i.name.trim() ? i.name.trim() : null,
  role: i.role.trim(),
  group: i.group,
  date: i.at.slice(0, 10),
});

/**
 * Case → assessment report: the recommendation and what the case rules say about eligibility
 * (with the justification when they disagree), the framework's criteria with judgements and the
 * evidence and interviews linked to each, evidence linked to none, the requirements, people met
 * (by role and group; named only when the assessor chose to) and community recognition.
 */
export function assessmentReportFromCase(
  record: CaseRecord,
  english: Framework,
  region: string,
  images: ReportImages,
  ctx: AdapterContext,
): AssessmentReportModel {
  const { assessment } = record;
  const language = languageOf(ctx);
  // The framework's names and texts in the document's language (the ids, and so the rules, are the same).
  const framework = localiseFramework(english, language);
  // What the report may state as decided: a recommendation only once recorded (never the draft).
  const statements = new Statements(assessmentStatements(record, english));
  const outcome = statements.value<'full_award' | 'not_yet'>('recommendation.outcome');
  const elig = eligibility(record, framework);
  const missingText = elig.missing.map((m) =>
    m.kind === 'criterion'
      ? `${m.id} ${docText(language, `labels.judgement.${m.judgement}`).toLowerCase()}`
      : `${m.id} ${docText(language, `labels.requirement.${m.status}`).toLowerCase()}`,
  );
  const named = namesShown(record);
  const lead = record.notify.leadOfficerName.trim();
  const cited = publishableInterviews(assessment.interviews);

  return {
    meta: metaFor('assessment-report', record.id, ctx),
    authority: { name: record.organisationName, region },
    scope: scopeText(record, language),
    visitDates: visitDatesOf(record),
    assessors: assessorsOf(record),
    leadOfficer: lead ? { name: lead, role: record.notify.leadOfficerRole.trim() } : null,
    summary: assessmentSummary(record, framework, language),
    criteria: framework.criteria.map((criterion) => {
      const judged = assessment.criteria[criterion.id];
      return {
        id: criterion.id,
        title: criterion.title,
        lookingFor: criterion.result,
        judgement: judged?.judgement ?? 'not_assessed',
        rationale: judged?.rationale ?? '',
        developmentPoints: linesOf(judged?.developmentPoints ?? ''),
        evidence: evidenceFor(record, criterion.id).map((e) => reportEvidence(e, images)),
        interviews: interviewsFor(record, criterion.id).map((i) => reportInterview(i, named)),
        heldBack: Number(statements.get(`criterion.${criterion.id}.interviews`, null)?.value ?? 0),
      };
    }),
    unlinkedEvidence: unlinkedEvidence(
      record,
      framework.criteria.map((c) => c.id),
    ).map((e) => reportEvidence(e, images)),
    requirements: framework.requirements
      .map((r) => ({ r, number: Number(r.id.slice(1)) }))
      .filter(({ number }) => number >= 1 && number <= 9)
      .map(({ r, number }) => {
        const check = record.actionPlan.requirements[r.id];
        // A note written as a question for the visit is not a finding: the answers given are.
        const finding = statements.value<string[]>(`requirement.${r.id}.finding`) ?? [];
        return {
          number,
          text: r.text,
          status: check?.status ?? 'not_checked',
          note: finding.join('\n'),
          asked: check?.askAtVisit === true,
        };
      }),
    eligibility: { eligible: elig.eligible, missing: missingText },
    recommendation: {
      outcome,
      justification: statements.value<string>('recommendation.justification') ?? '',
      developmentPoints: linesOf(statements.value<string>('recommendation.developmentPoints') ?? ''),
      reassessmentDate: statements.value<string>('recommendation.reassessmentDate'),
    },
    communityPartnership: { status: communityStatus(record), note: assessment.communityNote },
    peopleMet: cited.map((i) => {
      const { name, role, group } = reportInterview(i, named);
      return { name, role, group };
    }),
    confidentialInterviews: assessment.interviews.length - cited.length,
    declaration: declarationFor(assessorsOf(record), ctx.author, language),
    assessorSignature: placeholderSignature(ctx, issuerRole(assessorsOf(record), ctx.author, 'assessor', language)),
  };
}
