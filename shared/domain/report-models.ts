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

/** The organisation that issues the documents (Settings → Issuing organisation). */
export const issuerSchema = z.object({
  name: z.string().trim().max(200).default(''),
  addressLine: z.string().trim().max(300).default(''),
  /** A small PNG or JPEG logo as a data URL; none when empty. */
  logo: z
    .string()
    .regex(/^data:image\/(png|jpeg);base64,/)
    .max(700_000)
    .nullable()
    .default(null),
});
export type Issuer = z.infer<typeof issuerSchema>;
export const emptyIssuer: Issuer = { name: '', addressLine: '', logo: null };

/** What every document carries on each page. */
export const documentMetaSchema = z.object({
  /** Printed on every page and recorded in the journal, e.g. "CB-AR-2026-0142". */
  documentId: z.string().min(1),
  createdAt: isoDateTime,
  /** The exporting user: becomes the PDF's author. */
  author: z.string().min(1),
  authorOrganisation: z.string().default(''),
  /** Printed on certificates and on a report's first page; null when Settings names none. */
  issuer: issuerSchema.nullable().default(null),
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

/** An interview cited as evidence: by role and group; the name only when the assessor chose to name people. */
export const reportInterviewSchema = z.object({
  name: z.string().nullable(),
  role: z.string(),
  group: z.enum(peopleGroups).nullable(),
  date: isoDate,
});
export type ReportInterview = z.infer<typeof reportInterviewSchema>;

export const reportCriterionSchema = z.object({
  id: z.string(),
  title: z.string(),
  lookingFor: z.string(),
  judgement: z.enum(judgements),
  rationale: z.string(),
  developmentPoints: z.array(z.string()).default([]),
  evidence: z.array(reportEvidenceSchema).default([]),
  interviews: z.array(reportInterviewSchema).default([]),
  /** Linked interviews marked confidential: counted ("one is held back"), never cited. */
  heldBack: z.number().int().min(0).default(0),
});
export type ReportCriterion = z.infer<typeof reportCriterionSchema>;

export const reportRequirementSchema = z.object({
  number: z.number().int().min(1).max(9),
  text: z.string(),
  status: z.enum(requirementStatuses),
  /** The finding as recorded; when the note was a question for the visit, the answers given (never the question). */
  note: z.string().default(''),
  /** The note was a question for the visit: `note` holds the answers, or is empty when none is recorded. */
  asked: z.boolean().default(false),
});

/** The peer assessor's report after the site visit. */
export const assessmentReportModelSchema = z.object({
  meta: documentMetaSchema,
  authority: z.object({ name: z.string().min(1), region: z.string().default('') }),
  scope: z.string(),
  visitDates: z.array(isoDate),
  assessors: z.array(z.string()),
  /** The authority's lead officer from the notify stage; null when not recorded. */
  leadOfficer: z.object({ name: z.string(), role: z.string() }).nullable().default(null),
  summary: z.string(),
  criteria: z.array(reportCriterionSchema),
  /** Evidence linked to no criterion: still part of the record, so it has its own section. */
  unlinkedEvidence: z.array(reportEvidenceSchema).default([]),
  requirements: z.array(reportRequirementSchema),
  eligibility: z.object({ eligible: z.boolean(), missing: z.array(z.string()) }),
  recommendation: z.object({
    /** Null when no recommendation is recorded (a draft, or one the rules refuse, is not a decision). */
    outcome: z.enum(['full_award', 'not_yet']).nullable(),
    /** Required by the case rules when the outcome disagrees with eligibility. */
    justification: z.string().default(''),
    developmentPoints: z.array(z.string()).default([]),
    reassessmentDate: isoDate.nullable().default(null),
  }),
  /** Three honest states: a decision either way, or not yet decided. */
  communityPartnership: z.object({ status: z.enum(['recognised', 'not_recognised', 'not_decided']), note: z.string().default('') }),
  /** Names are null unless the assessor chose to name the people met. */
  peopleMet: z.array(z.object({ name: z.string().nullable(), role: z.string(), group: z.enum(peopleGroups).nullable() })),
  /** Interviews marked confidential: counted, never cited. */
  confidentialInterviews: z.number().int().min(0).default(0),
  declaration: z.string(),
  assessorSignature: visibleSignatureSchema,
});
export type AssessmentReportModel = z.infer<typeof assessmentReportModelSchema>;

/** A signatory as a certificate prints them: their recorded name and role, and their signature only once they signed. */
export const signatoryOnCertificateSchema = z.object({
  name: z.string().min(1),
  role: z.string().default(''),
  signature: z
    .object({
      kind: z.enum(['drawn', 'typed']),
      /** The name the signature was made in (a typed signature's own text). */
      signedAs: z.string().min(1),
      image: z.string().startsWith('data:image/png;base64,').optional(),
      /** Null when the date was not recorded (never the sign-up date in its place). */
      date: isoDate.nullable(),
    })
    .nullable(),
});
export type SignatoryOnCertificate = z.infer<typeof signatoryOnCertificateSchema>;

/** Stage 2: the authority's initial commitment, signed by its signatories. */
export const commitmentCertificateModelSchema = z.object({
  meta: documentMetaSchema,
  authority: z.object({ name: z.string().min(1) }),
  scope: z.string(),
  /** The recorded scope: the named directorates, or empty for the whole organisation; null when not recorded. */
  directorates: z.array(z.string()).nullable().default([]),
  signUpDate: isoDate,
  actionPlanDue: isoDate,
  signatories: z.array(signatoryOnCertificateSchema).min(1),
  /** The case's assessors: the issuer signs as "Peer assessor" only when they are one of them. */
  assessors: z.array(z.string()).default([]),
  issuers: z.array(z.string()).default(["Employers' Organisation", 'Skills for Life Strategy Unit']),
  issuedBy: visibleSignatureSchema,
});
export type CommitmentCertificateModel = z.infer<typeof commitmentCertificateModelSchema>;

/** The full GO Local Government Award. */
export const awardCertificateModelSchema = z.object({
  meta: documentMetaSchema,
  authority: z.object({ name: z.string().min(1), region: z.string().default('') }),
  scope: z.string(),
  /** The recorded scope: the named directorates, or empty for the whole organisation; null when not recorded. */
  directorates: z.array(z.string()).nullable().default([]),
  /** How many of the framework's criteria were judged met, of how many. */
  criteriaMet: z.object({ met: z.number().int().min(0), of: z.number().int().min(1) }).default({ met: 6, of: 6 }),
  awardedOn: isoDate,
  communityPartnershipRecognised: z.boolean(),
  assessorName: z.string(),
  assessors: z.array(z.string()).default([]),
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
  /** The day overdue is judged on: the export date, as on the action log. */
  asOf: isoDate,
  introduction: z.string().default(''),
  attendance: z.object({ total: z.number().int().min(0), organisations: z.array(z.string()) }),
  themes: z.array(
    z.object({
      title: z.string(),
      /** False when no notes or ratings were captured: printed as "not discussed", never dropped. */
      discussed: z.boolean().default(true),
      summary: z.string().default(''),
      keyPoints: z.array(z.string()),
      suggestions: z.array(z.string()),
      /** Maturity 0–4 per table group. */
      ratings: z.array(z.object({ group: z.string(), rating: z.number().int().min(0).max(4) })),
      previousMedian: z.number().min(0).max(4).nullable().default(null),
    }),
  ),
  topTips: z.array(z.string()),
  /** Parking-lot points that are not confidential. */
  parkingLot: z.array(z.string()).default([]),
  actions: z.array(reportActionSchema),
  issues: z.array(reportIssueSchema),
  /** What was held back (union casework, confidential), printed as one sentence and nothing more. */
  withheld: z
    .object({ casework: z.number().int().min(0), confidential: z.number().int().min(0) })
    .default({ casework: 0, confidential: 0 }),
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
  withheld: z
    .object({ casework: z.number().int().min(0), confidential: z.number().int().min(0) })
    .default({ casework: 0, confidential: 0 }),
  signature: visibleSignatureSchema,
});
export type ActionIssueLogModel = z.infer<typeof actionIssueLogModelSchema>;

/** The regional map: organisations × themes (latest maturity), with stage, overdue actions and open issues. */
export const regionalMapModelSchema = z.object({
  meta: documentMetaSchema,
  /** What the map is filtered to, in the model's language, e.g. "Wales, all sectors". */
  scope: z.string(),
  asOf: isoDate,
  /** Theme titles in the model's language, in the map's column order. */
  themes: z.array(z.string()),
  rows: z.array(
    z.object({
      name: z.string(),
      region: z.string(),
      sector: z.string(),
      stage: z.string(),
      overdueActions: z.number().int().min(0),
      openIssues: z.number().int().min(0),
      /** One per theme; null where the theme was never rated. */
      ratings: z.array(z.number().min(0).max(4).nullable()),
    }),
  ),
  signature: visibleSignatureSchema,
});
export type RegionalMapModel = z.infer<typeof regionalMapModelSchema>;

export const reportKinds = [
  'commitment-certificate',
  'assessment-report',
  'award-certificate',
  'workshop-feedback',
  'agenda',
  'action-issue-log',
  'regional-map',
] as const;
export const reportKindSchema = z.enum(reportKinds);
export type ReportKind = z.infer<typeof reportKindSchema>;

/** A model tagged with its kind, so one channel can carry any document. */
export type ReportModel =
  | { kind: 'commitment-certificate'; model: CommitmentCertificateModel }
  | { kind: 'assessment-report'; model: AssessmentReportModel }
  | { kind: 'award-certificate'; model: AwardCertificateModel }
  | { kind: 'workshop-feedback'; model: WorkshopFeedbackModel }
  | { kind: 'agenda'; model: AgendaModel }
  | { kind: 'action-issue-log'; model: ActionIssueLogModel }
  | { kind: 'regional-map'; model: RegionalMapModel };
