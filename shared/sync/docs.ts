import { z } from 'zod';
import { caseSchema } from '../domain/case';
import { idSchema, isoDateTime, shortText } from '../domain/common';
import { organisationSchema } from '../domain/organisation';
import { workshopSchema } from '../domain/workshop';
import { loggedIssueSchema } from '../domain/escalation';
import { caseStudySchema } from '../domain/library';
import type { MergePolicy } from './merge';

/** A shared record's content: the record without this workspace's revision and updatedAt. */
export type SharedBody = Record<string, unknown> & { id: string };

export const sharedKinds = ['case', 'workshop', 'casestudy'] as const;
export type SharedKind = (typeof sharedKinds)[number];

/** The regional database: what the whole region works on together. */
export const REGION_DB = 'casebook-region';
/** One database per shared case; its members are that case's assessors. */
export const caseDbName = (caseId: string): string => `casebook-case-${caseId.toLowerCase().replace(/[^a-z0-9_$()+/-]/g, '-')}`;
export const docIdOf = (kind: SharedKind, id: string): string => `${kind}:${id}`;
/** Evidence files travel as one immutable document per file, named by its SHA-256: never duplicated. */
export const fileDocId = (sha256: string): string => `file:${sha256}`;

/** The replicated document around a record. `author` is the user who wrote this revision. */
export const sharedDocSchema = z.object({
  _id: z.string().regex(/^(case|workshop|casestudy):[^\s]{1,200}$/),
  type: z.enum(sharedKinds),
  v: z.literal(1),
  author: shortText,
  at: isoDateTime,
  body: z.record(z.string(), z.unknown()),
});
export type SharedDoc = z.infer<typeof sharedDocSchema> & { body: SharedBody };

const bodySchemas = {
  case: caseSchema,
  workshop: workshopSchema,
  casestudy: caseStudySchema,
} as const;

/** Keys a record keeps for this workspace only: they never travel. */
export const LOCAL_KEYS = new Set(['revision', 'updatedAt', 'fromRegion']);

/**
 * Markup that has no place in a case study's plain text: a study from the server carrying it is
 * refused (the interface shows text as text, but nothing that looks like a script is kept).
 */
const MARKUP = /<\s*\/?\s*(script|iframe|object|embed|style|link|meta|svg|img|form)\b|javascript\s*:|\bon[a-z]+\s*=/i;
export const MARKUP_SOURCE = MARKUP.source;
export const hasMarkup = (value: unknown): boolean =>
  typeof value === 'string'
    ? MARKUP.test(value)
    : Array.isArray(value)
      ? value.some(hasMarkup)
      : value !== null && typeof value === 'object' && Object.values(value).some(hasMarkup);

export type Checked = { ok: true; kind: SharedKind; id: string; body: SharedBody; author: string } | { ok: false; reason: string };

/**
 * Checks a document that came from the server with this app's own schemas before anything is
 * written locally. The body is re-built from the parse (unknown keys dropped), so what is
 * written is exactly what the schema allows.
 */
export function checkIncoming(doc: unknown): Checked {
  const shell = sharedDocSchema.safeParse(doc);
  if (!shell.success) return { ok: false, reason: `not a Casebook record: ${shell.error.issues[0]?.message ?? 'invalid'}` };
  const { type, body, _id } = shell.data;
  const id = _id.slice(type.length + 1);
  if (!_id.startsWith(`${type}:`) || body.id !== id) return { ok: false, reason: 'the id does not match the record' };
  const parsed = bodySchemas[type].safeParse({ ...body, revision: 1, updatedAt: shell.data.at });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, reason: `${first?.path.join('.') ?? type}: ${first?.message ?? 'invalid'}` };
  }
  const clean = Object.fromEntries(Object.entries(parsed.data as Record<string, unknown>).filter(([k]) => !LOCAL_KEYS.has(k)));
  if (type === 'casestudy' && hasMarkup(clean)) return { ok: false, reason: 'the case study carries markup or script' };
  return { ok: true, kind: type, id, body: clean as SharedBody, author: shell.data.author };
}

/** A judgement or anything in the recommendation is a decision: never merged automatically. */
const caseDecision = (path: string[]) =>
  path[0] === 'recommendation' ||
  (path[0] === 'assessment' && path[1] === 'criteria' && path[3] === 'judgement') ||
  (path[0] === 'actionPlan' && path[1] === 'requirements' && path[3] === 'status');

/** Maturity ratings are the room's decisions; everything else in a workshop merges. */
const workshopDecision = (path: string[]) => path[0] === 'ratings' || path[0] === 'status';

export const mergePolicies: Record<SharedKind, MergePolicy> = {
  case: { isDecision: caseDecision },
  workshop: { isDecision: workshopDecision },
  // A case study holds no decisions: its texts merge, or wait side by side for a person.
  casestudy: { isDecision: () => false },
};

/**
 * An issue escalated beyond local level in a workspace's issue log, shared with the region for its
 * overview. Only its owner writes it; other workspaces read it, never copy it into their own log.
 */
export const sharedIssueBodySchema = loggedIssueSchema.extend({ organisationName: shortText });
export type SharedIssueBody = z.infer<typeof sharedIssueBodySchema>;
export const issueDocId = (id: string): string => `issue:${id}`;

export const sharedIssueDocSchema = z.object({
  _id: z.string().regex(/^issue:[A-Za-z0-9_-]{1,64}$/),
  type: z.literal('issue'),
  v: z.literal(1),
  author: shortText,
  at: isoDateTime,
  body: sharedIssueBodySchema,
});

export type CheckedIssue = { ok: true; body: SharedIssueBody; author: string } | { ok: false; reason: string };

/** Checks a shared issue from the server with the local schema (unknown keys dropped). */
export function checkIncomingIssue(doc: unknown): CheckedIssue {
  const parsed = sharedIssueDocSchema.safeParse(doc);
  if (!parsed.success)
    return {
      ok: false,
      reason: `not a shared issue: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    };
  if (parsed.data._id !== issueDocId(parsed.data.body.id)) return { ok: false, reason: 'the id does not match the issue' };
  return { ok: true, body: parsed.data.body, author: parsed.data.author };
}

/**
 * A case its owner shared, announced in the regional database so that its co-assessors can find
 * it and join. Only what a member needs to recognise the case (and the organisation record, so the
 * joined case has its organisation); the case itself stays in its own database, readable only by
 * that case's members.
 */
/** A CouchDB user or role name, as a database's `_security` lists it. */
const couchName = z.string().min(1).max(200);

/**
 * Who may open a case's database: a copy of its `_security` members (user names and roles), kept
 * up to date by `region:setup` when the assessors change. Only a hint, so the list of cases shared
 * with a person needs no request per case: joining always asks the server, whose security object
 * decides.
 */
export const caseMembersSchema = z.object({ names: z.array(couchName).max(1_000), roles: z.array(couchName).max(100) });
export type CaseMembers = z.infer<typeof caseMembersSchema>;

export const sharedCaseBodySchema = z.object({
  id: idSchema,
  organisationName: shortText,
  organisation: organisationSchema.nullable(),
  /** Absent in announcements written before Casebook recorded it (or before the database was set up). */
  members: caseMembersSchema.optional(),
});
export type SharedCaseBody = z.infer<typeof sharedCaseBodySchema>;
export const sharedCaseDocId = (id: string): string => `sharedcase:${id}`;

export const sharedCaseDocSchema = z.object({
  _id: z.string().regex(/^sharedcase:[A-Za-z0-9_-]{1,64}$/),
  type: z.literal('sharedcase'),
  v: z.literal(1),
  author: shortText,
  /** The CouchDB user who shared the case: only they (or a coordinator) may change the announcement. */
  owner: couchName.optional(),
  at: isoDateTime,
  body: sharedCaseBodySchema,
});

export type CheckedSharedCase = { ok: true; body: SharedCaseBody; author: string; at: string } | { ok: false; reason: string };

/** Checks a shared-case announcement from the server with the local schema (unknown keys dropped). */
export function checkIncomingSharedCase(doc: unknown): CheckedSharedCase {
  const parsed = sharedCaseDocSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, reason: `not a shared case: ${parsed.error.issues[0]?.message ?? 'invalid'}` };
  if (parsed.data._id !== sharedCaseDocId(parsed.data.body.id)) return { ok: false, reason: 'the id does not match the case' };
  return { ok: true, body: parsed.data.body, author: parsed.data.author, at: parsed.data.at };
}

/** Largest certificate and revocation list (base64) the regional database carries. */
export const MAX_CA_CERT_BASE64 = 16_384;
export const MAX_CRL_BASE64 = 1_048_576;
/** Largest regional document taken from the server at all (a giant one is refused unread). */
export const MAX_REGION_DOC_BYTES = 1_200_000;
const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');
const fingerprintHex = /^[0-9a-f]{64}$/;
/** A certificate's SHA-256 fingerprint (colon hex, any case) as the 64 hex digits a document id holds. */
export const fingerprintKey = (fingerprint: string): string => fingerprint.replace(/:/g, '').toLowerCase();
export const regionCaDocId = (fingerprint: string): string => `regionca:${fingerprintKey(fingerprint)}`;
export const regionCrlDocId = (caFingerprint: string): string => `regioncrl:${fingerprintKey(caFingerprint)}`;

/**
 * The regional CA's public certificate, offered to the region by its coordinator. Offered, never
 * trusted by arriving: a person compares the fingerprint and chooses to trust it.
 */
export const regionCaDocSchema = z.object({
  _id: z.string().regex(/^regionca:[0-9a-f]{64}$/),
  type: z.literal('regionca'),
  v: z.literal(1),
  author: shortText,
  at: isoDateTime,
  body: z.object({ der: base64.max(MAX_CA_CERT_BASE64) }),
});

/** The CA's latest X.509 CRL (DER, base64); taken only when a CA trusted here signed it. */
export const regionCrlDocSchema = z.object({
  _id: z.string().regex(/^regioncrl:[0-9a-f]{64}$/),
  type: z.literal('regioncrl'),
  v: z.literal(1),
  author: shortText,
  at: isoDateTime,
  body: z.object({ der: base64.max(MAX_CRL_BASE64) }),
});

export type CheckedTrustDoc = { ok: true; key: string; der: string; author: string; at: string } | { ok: false; reason: string };

/** Checks a CA certificate or CRL document's shape (what it says is checked with real crypto in main). */
export function checkIncomingTrustDoc(doc: unknown): CheckedTrustDoc {
  const id = (doc as { _id?: unknown })?._id;
  const schema = typeof id === 'string' && id.startsWith('regioncrl:') ? regionCrlDocSchema : regionCaDocSchema;
  const parsed = schema.safeParse(doc);
  if (!parsed.success)
    return {
      ok: false,
      reason: `not a regional CA document: ${parsed.error.issues[0]?.path.join('.') ?? ''} ${parsed.error.issues[0]?.message ?? ''}`,
    };
  const key = parsed.data._id.slice(parsed.data._id.indexOf(':') + 1);
  if (!fingerprintHex.test(key)) return { ok: false, reason: 'the id names no fingerprint' };
  return { ok: true, key, der: parsed.data.body.der, author: parsed.data.author, at: parsed.data.at };
}
