import type { Signature, Signatory } from '../../../../shared/domain/case';
import type { DocumentMeta, Issuer, VisibleSignature } from '../../../../shared/domain/report-models';
import { docText, type DocumentLanguage } from '../../../../shared/i18n/documents';
import type { ErrorKey, ErrorValues } from '../../../../shared/i18n/errors';
import { AppError } from '../../../../shared/result';

/** Who is exporting and when: everything an adapter needs besides the record itself. */
export interface AdapterContext {
  /** ISO date-time of the export. */
  now: string;
  /** The exporting user (profile name); becomes the PDF's author. */
  author: string;
  authorOrganisation: string;
  /** Settings → Issuing organisation; printed on certificates and report first pages. */
  issuer?: Issuer | null;
  /** The language the model's own wording is written in (one model per language of an export). */
  language?: DocumentLanguage;
}

/** The adapter's language: English unless the export asked for Welsh. */
export const languageOf = (ctx: Pick<AdapterContext, 'language'>): DocumentLanguage => ctx.language ?? 'en';

/** The role a signer holds for the record a document is about (not whatever their identity says). */
export const signerRoles = {
  assessor: 'Peer assessor',
  facilitator: 'Facilitator',
} as const;

/** A signer role in the document's language. */
export const signerRole = (role: keyof typeof signerRoles, language: DocumentLanguage = 'en'): string =>
  docText(language, `common.roles.${role}`);

/** Two letters per document kind, so a document id says what it is. */
export const documentPrefixes = {
  'commitment-certificate': 'CC',
  'assessment-report': 'AR',
  'award-certificate': 'AC',
  'workshop-feedback': 'WF',
  agenda: 'AG',
  'action-issue-log': 'AL',
  'regional-map': 'RM',
} as const;

/** A stable id per record and kind, e.g. "CB-AR-2026-3F9A12C0": same record, same id. */
export function documentId(kind: keyof typeof documentPrefixes, recordId: string, year: string): string {
  const tail = recordId
    .replace(/[^0-9a-zA-Z]/g, '')
    .slice(0, 8)
    .toUpperCase();
  return `CB-${documentPrefixes[kind]}-${year}-${tail}`;
}

export function metaFor(kind: keyof typeof documentPrefixes, recordId: string, ctx: AdapterContext): DocumentMeta {
  return {
    documentId: documentId(kind, recordId, ctx.now.slice(0, 4)),
    createdAt: ctx.now,
    author: ctx.author || docText(languageOf(ctx), 'common.casebookUser'),
    authorOrganisation: ctx.authorOrganisation,
    issuer: ctx.issuer && ctx.issuer.name.trim() ? ctx.issuer : null,
  };
}

/** The exporter's typed name, until the export dialog puts their own signature on. */
export function placeholderSignature(ctx: AdapterContext, role = ''): VisibleSignature {
  return { name: ctx.author || docText(languageOf(ctx), 'common.casebookUser'), role, date: ctx.now.slice(0, 10), kind: 'typed' };
}

/** A case signature as printed: a drawn PNG is placed as an image; anything else as the typed name. */
export function visibleFromCase(name: string, role: string, date: string, signature: Signature): VisibleSignature {
  if (signature?.kind === 'drawn' && signature.dataUrl.startsWith('data:image/png;base64,')) {
    return { name, role, date, kind: 'drawn', image: signature.dataUrl };
  }
  return { name, role, date, kind: 'typed' };
}

/** A signatory's role as printed, in the document's language. */
export const signatoryRoleLabel = (role: Signatory['role'], language: DocumentLanguage = 'en'): string =>
  docText(language, `labels.signatoryRole.${role}`);

/** Who issues the GO Award's certificates, in the document's language. */
export const awardIssuers = (language: DocumentLanguage): string[] => [
  docText(language, 'common.issuerEmployers'),
  docText(language, 'common.issuerUnit'),
];

/** Text areas hold one point per line; documents print them as a list. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    // A list marker the person typed ("- ", "• ", "1. ", "2) ") is the document's job, not the text's.
    .map((line) => line.replace(/^\s*(?:[-•*]\s*|\d{1,3}[.)]\s+)+/, '').trim())
    .filter((line) => line.length > 0);

/** The message a person reads when a record lacks something a document prints. */
export function missing(key: ErrorKey, values?: ErrorValues): AppError {
  return new AppError('invalid_input', key, values);
}
