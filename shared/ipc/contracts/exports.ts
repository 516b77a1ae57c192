import { z } from 'zod';
import { reportKindSchema } from '../../domain/report-models';
import { verifiedDocumentSchema } from '../../domain/statements';
import { mutation, query } from '../define';

/** The language an export is printed in: English, Welsh, or both with Welsh first (Welsh Language Standards). */
export const documentLanguageChoiceSchema = z.enum(['en', 'cy', 'bilingual']);
export type DocumentLanguageChoice = z.infer<typeof documentLanguageChoiceSchema>;

/** A document the user can export: a kind and the record it is built from. */
export const exportableSchema = z.object({
  kind: reportKindSchema,
  /** The case or workshop id, or "sample" for the built-in sample documents. */
  id: z.string().min(1).max(64),
  title: z.string(),
  /** What the document is about, e.g. the authority or the workshop. */
  subject: z.string(),
  /** The day the subject is dated (a workshop's), shown in the interface's language beside it. */
  date: z.iso.date().nullable().default(null),
});
export type Exportable = z.infer<typeof exportableSchema>;

/** The exporting user's own visible signature: drawn on the pad, or their typed name. */
export const exporterSignatureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('drawn'), image: z.string().startsWith('data:image/png;base64,').max(2_000_000) }),
  z.object({ kind: z.literal('typed') }),
]);
export type ExporterSignature = z.infer<typeof exporterSignatureSchema>;

/** The exact unsigned PDF the user sees; exporting signs these bytes and no others. */
export const previewSchema = z.object({
  previewId: z.string(),
  kind: reportKindSchema,
  title: z.string(),
  fileName: z.string(),
  pageCount: z.number().int(),
  byteLength: z.number().int(),
  pdfBase64: z.string(),
  buildMs: z.number(),
});
export type Preview = z.infer<typeof previewSchema>;

export const exportResultSchema = z.object({
  cancelled: z.boolean(),
  fileName: z.string(),
  /** Where it was written; null when cancelled or when the host has no save dialog. */
  path: z.string().nullable(),
  /** The signed PDF, only when there was no save dialog to write it through. */
  pdfBase64: z.string().nullable(),
  sha256: z.string(),
  signer: z.string(),
  signedAt: z.string(),
  signMs: z.number(),
});
export type ExportResult = z.infer<typeof exportResultSchema>;

export const exportsContract = {
  'exports:documents': query(z.void(), z.array(exportableSchema)),
  'exports:preview': query(
    z.object({
      kind: reportKindSchema,
      id: z.string().min(1).max(64),
      signature: exporterSignatureSchema.nullable().default(null),
      // English when not given, so callers from before the choice existed keep working.
      language: documentLanguageChoiceSchema.default('en'),
    }),
    previewSchema,
  ),
  /** Signs the previewed PDF and saves it through the native save dialog; journals its SHA-256. */
  'exports:export': mutation(z.object({ previewId: z.string().min(1).max(64) }), exportResultSchema),
  /** Opens the native file picker for any PDF and checks its signatures; null when cancelled. */
  'exports:verify': query(z.void(), verifiedDocumentSchema.nullable()),
};
