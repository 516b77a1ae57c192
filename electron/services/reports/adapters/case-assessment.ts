import type { AttachmentRef, CaseRecord } from '../../../../shared/domain/case';
import { eligibility } from '../../../../shared/domain/case-rules';
import type { AssessmentReportModel, ReportImage } from '../../../../shared/domain/report-models';
import type { Framework } from '../../../../shared/frameworks';
import { formatDate } from '../format';
import { linesOf, metaFor, missing, placeholderSignature, type AdapterContext } from './common';
import { scopeText } from './case-commitment';

/** Evidence attachments already read and scaled, by SHA-256 (the adapter itself does no I/O). */
export type ReportImages = ReadonlyMap<string, ReportImage>;

/** Attachments a report can show: PNG and JPEG photographs and scans. */
export const isReportImage = (ref: AttachmentRef): boolean => /^image\/(png|jpeg)$/.test(ref.mediaType);

const judgementWords = { not_assessed: 'not assessed', met: 'met', partly_met: 'partly met', not_yet_met: 'not yet met' } as const;
const requirementWords = { not_checked: 'not checked', met: 'met', partly_met: 'partly met', not_met: 'not met' } as const;

export const DECLARATION =
  'I carried out this peer assessment on behalf of the regional employers’ organisation. The judgements above rest on the evidence listed and on the interviews I held; I have no conflict of interest with the authority.';

/**
 * Case → assessment report: the recommendation and what the case rules say about eligibility
 * (with the justification when they disagree), the framework's criteria with judgements and the
 * evidence linked to each, the requirements, people met and community recognition.
 */
export function assessmentReportFromCase(
  record: CaseRecord,
  framework: Framework,
  region: string,
  images: ReportImages,
  ctx: AdapterContext,
): AssessmentReportModel {
  const { assessment, recommendation } = record;
  if (!recommendation.outcome) {
    throw missing('Choose the recommendation (full award or not yet) on the case’s Assessment stage before exporting the assessment report.');
  }
  const elig = eligibility(record, framework);
  const missingText = elig.missing.map((m) =>
    m.kind === 'criterion' ? `${m.id} ${judgementWords[m.judgement]}` : `${m.id} ${requirementWords[m.status]}`,
  );
  const assessors = assessment.assessors.length > 0 ? assessment.assessors : [record.assessor].filter((a) => a.length > 0);
  const summary = [
    `${record.organisationName} signed up to the ${framework.name} on ${record.signUp.date ? formatDate(record.signUp.date) : 'a date not recorded'}`,
    record.actionPlan.receivedDate ? `and its action plan was received on ${formatDate(record.actionPlan.receivedDate)}.` : 'and its action plan has not been received.',
    `The peer assessment ${assessment.visitDates.length > 0 ? `visit took place on ${[...assessment.visitDates].sort().map(formatDate).join(' and ')}` : 'visit has not yet been held'},`,
    `with ${assessment.evidence.length} evidence items recorded and ${assessment.interviews.length} people interviewed.`,
  ].join(' ');

  return {
    meta: metaFor('assessment-report', record.id, ctx),
    authority: { name: record.organisationName, region },
    scope: scopeText(record),
    visitDates: [...assessment.visitDates].sort(),
    assessors,
    summary,
    criteria: framework.criteria.map((criterion) => {
      const judged = assessment.criteria[criterion.id];
      return {
        id: criterion.id,
        title: criterion.title,
        lookingFor: criterion.result,
        judgement: judged?.judgement ?? 'not_assessed',
        rationale: judged?.rationale ?? '',
        developmentPoints: linesOf(judged?.developmentPoints ?? ''),
        evidence: assessment.evidence
          .filter((e) => e.criteria.includes(criterion.id))
          .map((e) => ({
            kind: e.kind,
            source: e.source,
            date: e.date,
            note: e.note,
            images: e.attachments.flatMap((a) => {
              const image = images.get(a.sha256);
              return image ? [image] : [];
            }),
          })),
      };
    }),
    requirements: framework.requirements
      .map((r) => ({ r, number: Number(r.id.slice(1)) }))
      .filter(({ number }) => number >= 1 && number <= 9)
      .map(({ r, number }) => {
        const check = record.actionPlan.requirements[r.id];
        return { number, text: r.text, status: check?.status ?? 'not_checked', note: check?.note ?? '' };
      }),
    eligibility: { eligible: elig.eligible, missing: missingText },
    recommendation: {
      outcome: recommendation.outcome,
      justification: recommendation.justification,
      developmentPoints: linesOf(recommendation.developmentPoints),
      reassessmentDate: recommendation.reassessmentDate,
    },
    communityPartnership: { recognised: assessment.communityRecognised === true, note: assessment.communityNote },
    // People without a group are left out: the report lists people by the group they speak for.
    peopleMet: assessment.interviews.flatMap((i) => (i.name.trim() && i.group ? [{ name: i.name.trim(), role: i.role, group: i.group }] : [])),
    declaration: DECLARATION,
    assessorSignature: placeholderSignature(ctx, 'Peer assessor'),
  };
}
