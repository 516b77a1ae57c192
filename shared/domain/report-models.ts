import { z } from 'zod';
import { isoDate, isoDateTime } from './common';
import { partnerSideSchema, ragStatusSchema } from './action';
import { issueLevelSchema } from './partnership-issue';

/*
 * Plain view models the PDF builders read. They hold only what a document prints, so the
 * builders stay pure and the case and workshop records can change without touching them:
 * a small adapter maps a record to one of these.
 */

/** A person's visible signature: a drawn image (PNG data URL) or their typed name. */
export const visibleSignatureSchema = z.object({
  name: z.string().min(1),
  role: z.string().default(''),
  /** YYYY-MM-DD the signatory signed. */
  date: isoDate,
  kind: z.enum(['drawn', 'typed']),
  /** data:image/png;base64,… when drawn. */
  image: z.string().startsWith('data:image/png;base64,').optional(),
});
export type VisibleSignature = z.infer<typeof visibleSignatureSchema>;

/** What every document carries on each page. */
export const documentMetaSchema = z.object({
  /** Printed on every page and recorded in the journal, e.g. "CB-AR-2026-0142". */
  documentId: z.string().min(1),
  createdAt: isoDateTime,
  /** The exporting user: becomes the PDF's author. */
  author: z.string().min(1),
  authorOrganisation: z.string().default(''),
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const judgements = ['met', 'partly_met', 'not_yet_met', 'not_assessed'] as const;
export const requirementStatuses = ['met', 'partly_met', 'not_met', 'not_checked'] as const;
export const evidenceKinds = ['document', 'interview', 'observation', 'data'] as const;
export const peopleGroups = ['learner', 'union_learning_rep', 'hr', 'manager', 'senior_leader', 'community_partner'] as const;

/** An image from evidence, already scaled down by the services before it reaches a builder. */
export const reportImageSchema = z.object({
  caption: z.string(),
  dataUrl: z.string().regex(/^data:image\/(png|jpeg);base64,/),
  width: z.number().positive(),
  height: z.number().positive(),
});
export type ReportImage = z.infer<typeof reportImageSchema>;

export const reportEvidenceSchema = z.object({
  kind: z.enum(evidenceKinds),
  source: z.string(),
  date: isoDate.nullable(),
  note: z.string(),
  images: z.array(reportImageSchema).default([]),
});

export const reportCriterionSchema = z.object({
  id: z.string(),
  title: z.string(),
  lookingFor: z.string(),
  judgement: z.enum(judgements),
  rationale: z.string(),
  developmentPoints: z.array(z.string()).default([]),
  evidence: z.array(reportEvidenceSchema).default([]),
});
export type ReportCriterion = z.infer<typeof reportCriterionSchema>;

export const reportRequirementSchema = z.object({
  number: z.number().int().min(1).max(9),
  text: z.string(),
  status: z.enum(requirementStatuses),
  note: z.string().default(''),
});

/** The peer assessor's report after the site visit. */
export const assessmentReportModelSchema = z.object({
  meta: documentMetaSchema,
  authority: z.object({ name: z.string().min(1), region: z.string().default('') }),
  scope: z.string(),
  visitDates: z.array(isoDate),
  assessors: z.array(z.string()),
  summary: z.string(),
  criteria: z.array(reportCriterionSchema),
  requirements: z.array(reportRequirementSchema),
  eligibility: z.object({ eligible: z.boolean(), missing: z.array(z.string()) }),
  recommendation: z.object({
    outcome: z.enum(['full_award', 'not_yet']),
    /** Required by the case rules when the outcome disagrees with eligibility. */
    justification: z.string().default(''),
    developmentPoints: z.array(z.string()).default([]),
    reassessmentDate: isoDate.nullable().default(null),
  }),
  communityPartnership: z.object({ recognised: z.boolean(), note: z.string().default('') }),
  peopleMet: z.array(z.object({ name: z.string(), role: z.string(), group: z.enum(peopleGroups) })),
  declaration: z.string(),
  assessorSignature: visibleSignatureSchema,
});
export type AssessmentReportModel = z.infer<typeof assessmentReportModelSchema>;

/** Stage 2: the authority's initial commitment, signed by its signatories. */
export const commitmentCertificateModelSchema = z.object({
  meta: documentMetaSchema,
  authority: z.object({ name: z.string().min(1) }),
  scope: z.string(),
  signUpDate: isoDate,
  actionPlanDue: isoDate,
  signatories: z.array(visibleSignatureSchema).min(1),
  issuers: z.array(z.string()).default(["Employers' Organisation", 'Skills for Life Strategy Unit']),
  issuedBy: visibleSignatureSchema,
});
export type CommitmentCertificateModel = z.infer<typeof commitmentCertificateModelSchema>;

/** The full GO Local Government Award. */
export const awardCertificateModelSchema = z.object({
  meta: documentMetaSchema,
  authority: z.object({ name: z.string().min(1), region: z.string().default('') }),
  scope: z.string(),
  awardedOn: isoDate,
  communityPartnershipRecognised: z.boolean(),
  assessorName: z.string(),
  issuers: z.array(z.string()).default(["Employers' Organisation", 'Skills for Life Strategy Unit']),
  issuedBy: visibleSignatureSchema,
});
export type AwardCertificateModel = z.infer<typeof awardCertificateModelSchema>;

export const reportActionSchema = z.object({
  what: z.string(),
  owner: z.string(),
  side: partnerSideSchema,
  dueDate: isoDate.nullable(),
  status: ragStatusSchema,
  /** Where the action lives, e.g. the theme or the case. */
  context: z.string().default(''),
  latestProgress: z.string().default(''),
});
export type ReportAction = z.infer<typeof reportActionSchema>;

export const issueStatuses = ['open', 'escalated', 'resolved', 'closed'] as const;
export const reportIssueSchema = z.object({
  title: z.string(),
  description: z.string().default(''),
  level: issueLevelSchema,
  status: z.enum(issueStatuses),
  raisedOn: isoDate,
  raisedBy: z.string().default(''),
  optionsTried: z.array(z.object({ level: issueLevelSchema, description: z.string() })).default([]),
});
export type ReportIssue = z.infer<typeof reportIssueSchema>;

export const workshopHeaderSchema = z.object({
  title: z.string().min(1),
  partnership: z.string(),
  date: isoDate,
  venue: z.string().default(''),
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  facilitator: z.string(),
});

/** After a workshop (seed 003's shape): per theme key points, suggestions and ratings. */
export const workshopFeedbackModelSchema = z.object({
  meta: documentMetaSchema,
  workshop: workshopHeaderSchema,
  question: z.string().default(''),
  introduction: z.string().default(''),
  attendance: z.object({ total: z.number().int().min(0), organisations: z.array(z.string()) }),
  themes: z.array(
    z.object({
      title: z.string(),
      summary: z.string().default(''),
      keyPoints: z.array(z.string()),
      suggestions: z.array(z.string()),
      /** Maturity 0–4 per table group. */
      ratings: z.array(z.object({ group: z.string(), rating: z.number().int().min(0).max(4) })),
      previousMedian: z.number().min(0).max(4).nullable().default(null),
    }),
  ),
  topTips: z.array(z.string()),
  actions: z.array(reportActionSchema),
  issues: z.array(reportIssueSchema),
  facilitatorSignature: visibleSignatureSchema,
});
export type WorkshopFeedbackModel = z.infer<typeof workshopFeedbackModelSchema>;

export const agendaPurposes = ['information', 'discussion', 'decision', 'action'] as const;

/** An agenda for circulation before a meeting. */
export const agendaModelSchema = z.object({
  meta: documentMetaSchema,
  workshop: workshopHeaderSchema,
  items: z.array(
    z.object({
      title: z.string(),
      purpose: z.enum(agendaPurposes),
      lead: z.string().default(''),
      side: partnerSideSchema.default('both'),
      minutes: z.number().int().min(0).max(600),
      papers: z.array(z.string()).default([]),
      notes: z.string().default(''),
    }),
  ),
  facilitatorSignature: visibleSignatureSchema.nullable().default(null),
});
export type AgendaModel = z.infer<typeof agendaModelSchema>;

/** Actions and issues of one organisation or partnership, as at a date. */
export const actionIssueLogModelSchema = z.object({
  meta: documentMetaSchema,
  title: z.string(),
  organisation: z.string(),
  asOf: isoDate,
  actions: z.array(reportActionSchema),
  issues: z.array(reportIssueSchema),
  signature: visibleSignatureSchema,
});
export type ActionIssueLogModel = z.infer<typeof actionIssueLogModelSchema>;

export const reportKinds = ['commitment-certificate', 'assessment-report', 'award-certificate', 'workshop-feedback', 'agenda', 'action-issue-log'] as const;
export const reportKindSchema = z.enum(reportKinds);
export type ReportKind = z.infer<typeof reportKindSchema>;

/** A model tagged with its kind, so one channel can carry any document. */
export type ReportModel =
  | { kind: 'commitment-certificate'; model: CommitmentCertificateModel }
  | { kind: 'assessment-report'; model: AssessmentReportModel }
  | { kind: 'award-certificate'; model: AwardCertificateModel }
  | { kind: 'workshop-feedback'; model: WorkshopFeedbackModel }
  | { kind: 'agenda'; model: AgendaModel }
  | { kind: 'action-issue-log'; model: ActionIssueLogModel };
