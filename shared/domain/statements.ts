import { z } from 'zod';
import { verificationReportSchema } from './signing';

/*
 * What a signed document states, fact by fact. A document may print only what a statement
 * says; a statement says whether its fact is recorded, not yet decided, not applicable, or
 * withheld (confidential), and which record fields it rests on. The statements travel inside
 * the signed PDF as an embedded JSON file, so a reader can check them without retyping.
 */

export const statementStates = ['recorded', 'undecided', 'not_applicable', 'withheld'] as const;
export type StatementState = (typeof statementStates)[number];

const statementValue: z.ZodType<StatementValue> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(statementValue), z.record(z.string(), statementValue)]),
);
export type StatementValue = string | number | boolean | null | StatementValue[] | { [key: string]: StatementValue };

export const statementSchema = z.object({
  /** Stable within a kind of document, e.g. "recommendation.outcome", "signatory.2.signature". */
  id: z.string().min(1).max(200),
  state: z.enum(statementStates),
  /** The recorded value; null unless the state is "recorded". */
  value: statementValue,
  /** The record paths it rests on, e.g. "cases/case-1.json#recommendation.recordedAt". */
  sources: z.array(z.string().max(400)).max(200),
});
export type Statement = z.infer<typeof statementSchema>;

/** The file embedded in every signed PDF (AFRelationship /Data). */
export const statementsFileSchema = z.object({
  format: z.literal('casebook-statements'),
  version: z.literal(1),
  document: z.object({ kind: z.string(), id: z.string() }),
  statements: z.array(statementSchema).max(5000),
});
export type StatementsFile = z.infer<typeof statementsFileSchema>;

/** The embedded file's name inside the PDF. */
export const STATEMENTS_FILE_NAME = 'casebook-statements.json';

/** What the verifier shows: the signatures' verdict and, beside it, the statements the first signature covers (null when none). */
export const verifiedDocumentSchema = verificationReportSchema.extend({ statements: statementsFileSchema.nullable().default(null) });
export type VerifiedDocument = z.infer<typeof verifiedDocumentSchema>;
