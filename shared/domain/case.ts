import { z } from 'zod';
import { actionSchema } from './action';
import { idSchema, isoDate, isoDateTime, longText, shortText } from './common';
import { revisionSchema } from './revision';

export const CASE_SCHEMA_VERSION = 1;

/** The four stages of a GO Award case, in order. */
export const caseStages = ['notify', 'sign_up', 'action_plan', 'assessment'] as const;
export const caseStageSchema = z.enum(caseStages);
export type CaseStage = z.infer<typeof caseStageSchema>;

export const notifyKinds = ['commenced', 'intending'] as const;
export const signatoryRoles = ['chief_executive', 'elected_member', 'lead_officer', 'directorate_senior_manager'] as const;
/** Partly met counts as not met for eligibility (see case-rules). */
export const requirementStatuses = ['not_checked', 'met', 'partly_met', 'not_met'] as const;
export const judgements = ['not_assessed', 'met', 'partly_met', 'not_yet_met'] as const;
export const evidenceKinds = ['document', 'interview', 'observation', 'data'] as const;
export const interviewGroups = ['learner', 'union_learning_rep', 'hr', 'manager', 'senior_leader', 'community_partner'] as const;
export const outcomes = ['full_award', 'not_yet'] as const;

export type RequirementStatus = (typeof requirementStatuses)[number];
export type Judgement = (typeof judgements)[number];
export type EvidenceKind = (typeof evidenceKinds)[number];
export type InterviewGroup = (typeof interviewGroups)[number];
export type Outcome = (typeof outcomes)[number];

/** A criterion or requirement id from the case's framework, e.g. `C2`, `R9`. */
export const criterionIdSchema = z.string().regex(/^C\d{1,2}$/, 'not a criterion id');
export const requirementIdSchema = z.string().regex(/^R\d{1,2}$/, 'not a requirement id');
/** A visit question: `R9` (a requirement's note), `C2` (a criterion's note), `C2.p1` (C2's first framework prompt). */
export const questionKeySchema = z.string().regex(/^(R\d{1,2}|C\d{1,2}(\.p\d{1,2})?)$/, 'not a visit question');

/** A drawn (image) or typed signature; null until someone signs. Drawn ones come from the exports pad. */
export const signatureSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('drawn'), dataUrl: z.string().max(2_000_000).startsWith('data:image/') }),
    z.object({ kind: z.literal('typed'), name: shortText.min(1) }),
  ])
  .nullable();
export type Signature = z.infer<typeof signatureSchema>;

export const signatorySchema = z.object({
  id: idSchema,
  name: shortText,
  role: z.enum(signatoryRoles),
  date: isoDate.nullable().default(null),
  signature: signatureSchema.default(null),
});
export type Signatory = z.infer<typeof signatorySchema>;

export const notifySchema = z.object({
  date: isoDate.nullable().default(null),
  kind: z.enum(notifyKinds).nullable().default(null),
  leadOfficerName: shortText.default(''),
  leadOfficerRole: shortText.default(''),
});

export const signUpSchema = z.object({
  date: isoDate.nullable().default(null),
  scope: z.enum(['whole_organisation', 'directorates']).default('whole_organisation'),
  /** The directorate(s) working towards the whole organisation, when scope is `directorates`. */
  directorates: z.array(shortText.min(1)).max(50).default([]),
  signatories: z.array(signatorySchema).max(20).default([]),
});

export const requirementCheckSchema = z.object({
  status: z.enum(requirementStatuses).default('not_checked'),
  note: longText.default(''),
  evidence: longText.default(''),
  /** The note is a question for the site visit: shown beside the criteria in site-visit mode. Absent: no. */
  askAtVisit: z.boolean().optional(),
});
export type RequirementCheck = z.infer<typeof requirementCheckSchema>;

export const actionPlanSchema = z.object({
  receivedDate: isoDate.nullable().default(null),
  analysisOfNeed: longText.default(''),
  steeringGroup: longText.default(''),
  unionRepresentation: longText.default(''),
  requirements: z.record(requirementIdSchema, requirementCheckSchema).default({}),
  actions: z.array(actionSchema).max(500).default([]),
});

export const criterionAssessmentSchema = z.object({
  judgement: z.enum(judgements).default('not_assessed'),
  rationale: longText.default(''),
  developmentPoints: longText.default(''),
  /** A preparation note made before the visit (e.g. while reading the action plan). Absent: none. */
  note: longText.optional(),
  /** The note is a question for the site visit. Absent: no. */
  askAtVisit: z.boolean().optional(),
});
export type CriterionAssessment = z.infer<typeof criterionAssessmentSchema>;

/** A file kept under `attachments/<sha256>`; the name is what the person picked. */
export const attachmentRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  name: z.string().min(1).max(255),
  size: z.number().int().nonnegative(),
  mediaType: z.string().max(100),
});
export type AttachmentRef = z.infer<typeof attachmentRefSchema>;

export const evidenceItemSchema = z.object({
  id: idSchema,
  kind: z.enum(evidenceKinds),
  /** Who or what it came from, e.g. "HR business partner", "Workforce plan 2025". */
  source: shortText.default(''),
  date: isoDate.nullable().default(null),
  note: longText.default(''),
  criteria: z.array(criterionIdSchema).max(20).default([]),
  attachments: z.array(attachmentRefSchema).max(50).default([]),
  createdAt: isoDateTime,
});
export type EvidenceItem = z.infer<typeof evidenceItemSchema>;

/** A person met on the visit and the timestamped note taken while talking to them. */
export const interviewSchema = z.object({
  id: idSchema,
  at: isoDateTime,
  name: shortText.default(''),
  role: shortText.default(''),
  group: z.enum(interviewGroups).nullable().default(null),
  notes: longText.default(''),
  criteria: z.array(criterionIdSchema).max(20).default([]),
  /** Marked by the assessor: the notes are never printed or projected (see confidential.ts). */
  confidential: z.boolean().optional(),
  /** The visit questions this note answers (keys from shared/domain/visit-questions). Absent: none. */
  answers: z.array(questionKeySchema).max(200).optional(),
});
export type Interview = z.infer<typeof interviewSchema>;

export const assessmentSchema = z.object({
  visitDates: z.array(isoDate).max(20).default([]),
  assessors: z.array(shortText.min(1)).max(20).default([]),
  criteria: z.record(criterionIdSchema, criterionAssessmentSchema).default({}),
  evidence: z.array(evidenceItemSchema).max(5000).default([]),
  interviews: z.array(interviewSchema).max(2000).default([]),
  communityRecognised: z.boolean().nullable().default(null),
  communityNote: longText.default(''),
  /** Learners are often promised anonymity: the report cites people by role and group unless the assessor chooses to name them. */
  namePeopleInReport: z.boolean().default(false),
});

export const recommendationSchema = z.object({
  outcome: z.enum(outcomes).nullable().default(null),
  developmentPoints: longText.default(''),
  reassessmentDate: isoDate.nullable().default(null),
  /** Required when the outcome disagrees with eligibility. */
  justification: longText.default(''),
  /** Set when the assessor records it; a draft until then. */
  recordedAt: isoDateTime.nullable().default(null),
});
export type Recommendation = z.infer<typeof recommendationSchema>;

/** One GO Award case: `cases/<id>.json`. */
export const caseSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  id: idSchema,
  organisationId: idSchema,
  /** The organisation's name when the case was last saved, for files read elsewhere. */
  organisationName: shortText,
  framework: z.object({ id: z.string().min(1), version: z.number().int().positive() }),
  assessor: shortText.default(''),
  notify: notifySchema.prefault({}),
  signUp: signUpSchema.prefault({}),
  actionPlan: actionPlanSchema.prefault({}),
  assessment: assessmentSchema.prefault({}),
  recommendation: recommendationSchema.prefault({}),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Counts saved changes: answers carry it (a late, older answer is never shown) and journal lines name it. */
  revision: revisionSchema,
});
export type CaseRecord = z.infer<typeof caseSchema>;
export type CaseNotify = z.infer<typeof notifySchema>;
export type CaseSignUp = z.infer<typeof signUpSchema>;
export type CaseActionPlan = z.infer<typeof actionPlanSchema>;
export type CaseAssessment = z.infer<typeof assessmentSchema>;
