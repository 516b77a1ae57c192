import type { AttachmentRef } from '../../../shared/domain/case';
import { eligibility, recommendationProblem } from '../../../shared/domain/case-rules';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { isPreviewable, MAX_PREVIEW_BYTES, type Attachments } from './attachments';
import { frameworkOf, type CaseStore } from './case-store';
import { applyPatch, describePatch, findIn, words } from './describe';

type AssessmentHandlers = Pick<
  Handlers,
  | 'cases:updateAssessment'
  | 'cases:updateCriterion'
  | 'cases:addEvidence'
  | 'cases:updateEvidence'
  | 'cases:removeEvidence'
  | 'cases:attachFiles'
  | 'cases:removeAttachment'
  | 'cases:attachmentPreview'
  | 'cases:addInterview'
  | 'cases:updateInterview'
  | 'cases:removeInterview'
  | 'cases:updateRecommendation'
  | 'cases:recordRecommendation'
  | 'cases:reopenRecommendation'
>;

const linked = (criteria: string[]) => (criteria.length ? ` (${criteria.join(', ')})` : '');

/** The visit: criteria judgements, evidence with attachments, interviews, the recommendation. */
export function assessmentHandlers(ctx: ServiceContext, store: CaseStore, attachments: Attachments): AssessmentHandlers {
  const now = () => ctx.clock().toISOString();

  return {
    'cases:updateAssessment': async ({ caseId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          applyPatch(c.assessment, patch);
          return { note: describePatch('case.assessment', 'Assessment', patch, 'assessment', { subject: 'assessment' }) };
        })
      ).record,

    'cases:updateCriterion': async ({ caseId, criterionId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          const assessment = c.assessment.criteria[criterionId];
          if (!assessment) throw new AppError('not_found', 'noSuchCriterion', { id: criterionId });
          applyPatch(assessment, patch);
          const onlyJudgement = patch.judgement && Object.keys(patch).length === 1;
          const note = onlyJudgement
            ? {
                kind: 'case.criterion.judged',
                summary: `Criterion ${criterionId} judged ${words[patch.judgement ?? '']}`,
                details: { criterionId, judgement: patch.judgement },
              }
            : describePatch('case.criterion', `Criterion ${criterionId}`, patch, `criterion:${criterionId}`, {
                subject: 'criterion',
                ref: criterionId,
              });
          return { note };
        })
      ).record,

    'cases:addEvidence': async ({ caseId, draft }) => {
      const id = ctx.newId();
      const { record } = await store.mutate(caseId, (c) => {
        c.assessment.evidence.push({
          id,
          kind: draft.kind,
          source: draft.source ?? '',
          date: draft.date ?? null,
          note: draft.note ?? '',
          criteria: draft.criteria ?? [],
          attachments: [],
          createdAt: now(),
        });
        return {
          note: {
            kind: 'case.evidence.added',
            summary: `Evidence added: ${draft.kind}${draft.source ? ` from ${draft.source}` : ''}${linked(draft.criteria ?? [])}`,
            details: { id, evidenceKind: draft.kind, source: draft.source ?? '', criteria: draft.criteria ?? [] },
          },
        };
      });
      return { record, id };
    },

    'cases:updateEvidence': async ({ caseId, evidenceId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          const item = findIn(c.assessment.evidence, evidenceId, 'evidence item');
          applyPatch(item, patch);
          return {
            note: describePatch('case.evidence', `Evidence “${item.source || item.kind}”`, patch, `evidence:${evidenceId}`, {
              subject: 'evidence',
              ref: item.source,
            }),
          };
        })
      ).record,

    'cases:removeEvidence': async ({ caseId, evidenceId }) =>
      (
        await store.mutate(caseId, (c) => {
          const item = findIn(c.assessment.evidence, evidenceId, 'evidence item');
          c.assessment.evidence = c.assessment.evidence.filter((e) => e.id !== evidenceId);
          return {
            note: {
              kind: 'case.evidence.removed',
              summary: `Evidence removed: ${item.source || item.kind}`,
              details: { evidenceId, evidenceKind: item.kind, source: item.source },
            },
          };
        })
      ).record,

    'cases:attachFiles': async ({ caseId, evidenceId }) => {
      const current = await store.get(caseId);
      findIn(current.assessment.evidence, evidenceId, 'evidence item');
      if (!ctx.shell.pickFiles) throw new AppError('unsupported', 'attachingNeedsDesktop');
      const paths = await ctx.shell.pickFiles({ title: 'Attach files to this evidence', multiple: true });
      if (paths.length === 0) return current;
      // Copy every file in first; the case changes only once all of them are safely stored.
      const refs: AttachmentRef[] = [];
      for (const file of paths) refs.push(await attachments.importFile(file));
      return (
        await store.mutate(caseId, (c) => {
          const item = findIn(c.assessment.evidence, evidenceId, 'evidence item');
          for (const ref of refs) if (!item.attachments.some((a) => a.sha256 === ref.sha256)) item.attachments.push(ref);
          return {
            note: {
              kind: 'case.evidence.attached',
              summary: `Attached to evidence “${item.source || item.kind}”: ${refs.map((r) => r.name).join(', ')}`,
              details: { evidenceId, files: refs, evidenceKind: item.kind, source: item.source },
            },
          };
        })
      ).record;
    },

    'cases:removeAttachment': async ({ caseId, evidenceId, sha256 }) =>
      (
        await store.mutate(caseId, (c) => {
          const item = findIn(c.assessment.evidence, evidenceId, 'evidence item');
          const ref = item.attachments.find((a) => a.sha256 === sha256);
          if (!ref) throw new AppError('not_found', 'fileNoLongerAttached');
          item.attachments = item.attachments.filter((a) => a.sha256 !== sha256);
          // The file stays under attachments/: other evidence or exports may point at it.
          return {
            note: {
              kind: 'case.evidence.detached',
              summary: `Removed ${ref.name} from evidence “${item.source || item.kind}”`,
              details: { evidenceId, sha256, file: ref.name, evidenceKind: item.kind, source: item.source },
            },
          };
        })
      ).record,

    'cases:attachmentPreview': async ({ sha256 }) => {
      const known = (await store.all())
        .flatMap((c) => c.assessment.evidence.flatMap((e) => e.attachments))
        .find((a) => a.sha256 === sha256);
      if (!known) throw new AppError('not_found', 'noEvidenceForFile');
      if (!isPreviewable(known.mediaType)) throw new AppError('unsupported', 'notAnImage', { name: known.name });
      if (known.size > MAX_PREVIEW_BYTES)
        throw new AppError('unsupported', 'previewTooLarge', { name: known.name, max: MAX_PREVIEW_BYTES / 1048576 });
      const bytes = await attachments.read(sha256);
      return { dataUrl: `data:${known.mediaType};base64,${bytes.toString('base64')}`, mediaType: known.mediaType };
    },

    'cases:addInterview': async ({ caseId, draft }) => {
      const id = ctx.newId();
      const { record } = await store.mutate(caseId, (c) => {
        c.assessment.interviews.push({
          id,
          at: now(),
          name: draft.name ?? '',
          role: draft.role ?? '',
          group: draft.group ?? null,
          notes: draft.notes ?? '',
          criteria: draft.criteria ?? [],
          ...(draft.confidential ? { confidential: true } : {}),
          ...(draft.answers ? { answers: draft.answers } : {}),
        });
        return {
          note: {
            kind: 'case.interview.added',
            summary: `Interview note started${draft.name ? ` with ${draft.name}` : ''}`,
            details: { id, name: draft.name ?? '' },
          },
        };
      });
      return { record, id };
    },

    'cases:updateInterview': async ({ caseId, interviewId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          const interview = findIn(c.assessment.interviews, interviewId, 'interview note');
          applyPatch(interview, patch);
          const who = interview.name || 'unnamed interviewee';
          const note =
            patch.criteria && Object.keys(patch).length === 1
              ? {
                  kind: 'case.interview.linked',
                  summary: `Interview with ${who} linked to ${patch.criteria.join(', ') || 'no criteria'}`,
                  details: { interviewId, criteria: patch.criteria, name: interview.name },
                }
              : describePatch('case.interview', `Interview with ${who}`, patch, `interview:${interviewId}`, {
                  subject: 'interview',
                  ref: interview.name,
                });
          return { note };
        })
      ).record,

    'cases:removeInterview': async ({ caseId, interviewId }) =>
      (
        await store.mutate(caseId, (c) => {
          const interview = findIn(c.assessment.interviews, interviewId, 'interview note');
          c.assessment.interviews = c.assessment.interviews.filter((i) => i.id !== interviewId);
          return {
            note: {
              kind: 'case.interview.removed',
              summary: `Interview note removed: ${interview.name || 'unnamed'}`,
              details: { interviewId, name: interview.name },
            },
          };
        })
      ).record,

    'cases:updateRecommendation': async ({ caseId, patch }) =>
      (
        await store.mutate(caseId, (c) => {
          applyPatch(c.recommendation, patch);
          // A recorded recommendation stays recorded only while it still satisfies the justification rule.
          if (c.recommendation.recordedAt && recommendationProblem(c.recommendation, eligibility(c, frameworkOf(c)))) {
            throw new AppError('invalid_input', 'recordedNeedsJustification');
          }
          return { note: describePatch('case.recommendation', 'Recommendation', patch, 'recommendation', { subject: 'recommendation' }) };
        })
      ).record,

    'cases:recordRecommendation': async ({ caseId }) =>
      (
        await store.mutate(caseId, (c) => {
          const elig = eligibility(c, frameworkOf(c));
          const problem = recommendationProblem(c.recommendation, elig);
          if (problem === 'no_outcome') throw new AppError('invalid_input', 'chooseOutcomeFirst');
          if (problem === 'justification_required') {
            throw new AppError('invalid_input', elig.eligible ? 'notYetNeedsJustification' : 'fullAwardNeedsJustification');
          }
          c.recommendation.recordedAt = now();
          const outcome = words[c.recommendation.outcome ?? ''];
          return {
            note: {
              kind: 'case.recommendation.recorded',
              summary: `Recommendation recorded: ${outcome} (${elig.eligible ? 'eligible' : 'not eligible'} for the full award${c.recommendation.justification.trim() ? ', with justification' : ''})`,
              details: {
                outcome: c.recommendation.outcome,
                eligible: elig.eligible,
                missing: elig.missing,
                justified: c.recommendation.justification.trim() !== '',
              },
            },
          };
        })
      ).record,

    'cases:reopenRecommendation': async ({ caseId }) =>
      (
        await store.mutate(caseId, (c) => {
          if (!c.recommendation.recordedAt) return { note: null };
          c.recommendation.recordedAt = null;
          return { note: { kind: 'case.recommendation.reopened', summary: 'Recommendation reopened for changes' } };
        })
      ).record,
  };
}
