import { z } from 'zod';
import { idSchema, isoDate, isoDateTime } from '../../domain/common';
import { mutation, query } from '../define';

/** Why the region cannot be reached or used: each has its own message (en-GB and cy). */
export const syncProblems = [
  'unreachable',
  'wrong_password',
  'no_access',
  'not_couchdb',
  'tls',
  'insecure_address',
  'refused',
  'not_configured',
] as const;
export const syncProblemSchema = z.enum(syncProblems);
export type SyncProblemCode = z.infer<typeof syncProblemSchema>;

export const syncStatusSchema = z.object({
  state: z.enum(['not_configured', 'up_to_date', 'waiting', 'offline', 'error', 'syncing']),
  /** Shared records whose latest change the server has not confirmed yet. */
  waiting: z.number().int().min(0),
  offlineSince: isoDateTime.nullable(),
  problem: syncProblemSchema.nullable(),
  /** The server's or the network's own words (English), shown under the translated reason. */
  message: z.string().nullable(),
  /** `case:<id>` / `workshop:<id>` → when it last synced in this session. */
  lastSyncedAt: z.record(z.string(), isoDateTime),
  refused: z.array(z.object({ id: z.string(), reason: z.string() })),
  /** Same-field conflicts waiting for a person. */
  pending: z.number().int().min(0),
  /** While a round fetches many documents (a first sync): how many of them have arrived. */
  progress: z.object({ done: z.number().int().min(0), total: z.number().int().min(0) }).nullable(),
});
export type SyncStatusData = z.infer<typeof syncStatusSchema>;

/** Where this workspace meets its region (the password is never part of it). */
export const regionSettingsSchema = z.object({
  server: z.string(),
  username: z.string(),
  cases: z.array(z.string()),
  workshops: z.array(z.string()),
  /** Library case studies shared with the region, or taken in from it. */
  caseStudies: z.array(z.string()),
  /** A password is kept in the computer's secure storage for this server and user. */
  hasPassword: z.boolean(),
  /** False in the browser test host: there the password sits in a plain file. */
  secureStorage: z.boolean(),
});
export type RegionSettings = z.infer<typeof regionSettingsSchema>;

const server = z.string().trim().min(1).max(500);
const username = z.string().trim().min(1).max(200);
const password = z.string().min(1).max(500);

export const testConnectionResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), version: z.string() }),
  z.object({ ok: z.literal(false), problem: syncProblemSchema, detail: z.string() }),
]);
export type TestConnectionResult = z.infer<typeof testConnectionResultSchema>;

const jsonValue: z.ZodType<unknown> = z.unknown();

export const mergeConflictSchema = z.object({
  path: z.array(z.string()),
  kind: z.enum(['text', 'decision', 'value']),
  base: jsonValue,
  ours: jsonValue,
  theirs: jsonValue,
});

export const pendingMergeSchema = z.object({
  docId: z.string(),
  kind: z.enum(['case', 'workshop', 'casestudy']),
  recordId: z.string(),
  /** The case's organisation or the workshop's title, as this workspace names it. */
  recordName: z.string(),
  authors: z.tuple([z.string(), z.string()]),
  oursAuthor: z.string(),
  theirsAuthor: z.string(),
  conflicts: z.array(mergeConflictSchema),
});
export type PendingMergeData = z.infer<typeof pendingMergeSchema>;

export const mergeChoiceSchema = z.union([z.literal('ours'), z.literal('theirs'), z.object({ text: z.string().max(100_000) })]);

/** The cases shared in the region that this person may open, and how many others there are. */
export const sharedCasesSchema = z.object({
  cases: z.array(
    z.object({
      id: z.string(),
      organisationName: z.string(),
      sharedBy: z.string(),
      sharedAt: isoDateTime,
      /** Already in this workspace (shared from here, or joined before). */
      here: z.boolean(),
    }),
  ),
  /** Shared cases whose database this account may not open (never named). */
  noAccess: z.number().int().min(0),
});
export type SharedCasesData = z.infer<typeof sharedCasesSchema>;

/** What the region shares, for the regional overview of a workspace that joined one. */
export const regionalOverviewSchema = z.object({
  workshops: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      date: z.string(),
      organisationId: z.string().nullable(),
      facilitator: z.string(),
      sharedBy: z.string(),
    }),
  ),
  actions: z.array(
    z.object({ workshopId: z.string(), title: z.string(), owner: z.string(), due: z.string().nullable(), status: z.string() }),
  ),
  issues: z.array(
    z.object({
      source: z.enum(['workshop', 'issue_log']),
      id: z.string(),
      title: z.string(),
      raisedOn: isoDate.or(z.string()),
      level: z.string(),
      organisation: z.string(),
      sharedBy: z.string(),
    }),
  ),
});
export type RegionalOverviewData = z.infer<typeof regionalOverviewSchema>;

/** Region sync through CouchDB (Settings → Region, Share, the header's sync state, the merge screen). */
/** The regional CA as the region offers it (never trusted by arriving), and its revocation lists here. */
export const regionTrustSchema = z.object({
  offered: z.array(
    z.object({
      name: z.string(),
      subject: z.string(),
      fingerprint: z.string(),
      sharedBy: z.string(),
      at: isoDateTime,
      trusted: z.boolean(),
    }),
  ),
  crls: z.array(
    z.object({
      state: z.enum(['accepted', 'current', 'refused']),
      reason: z.enum(['not_a_crl', 'not_signed_by_trusted_ca', 'not_newer']).nullable(),
      caName: z.string().nullable(),
      number: z.number().nullable(),
      thisUpdate: isoDateTime.nullable(),
      author: z.string(),
    }),
  ),
});
export type RegionTrust = z.infer<typeof regionTrustSchema>;

export const syncContract = {
  'sync:status': query(z.void(), syncStatusSchema),
  'sync:settings': query(z.void(), regionSettingsSchema.nullable()),
  /** Checks a server, user and password without saving anything. */
  'sync:testConnection': query(z.object({ server, username, password }), testConnectionResultSchema),
  /** Joins a region: saves the address and user, and the password in secure storage. */
  'sync:configure': mutation(z.object({ server, username, password: password.optional() }), regionSettingsSchema),
  /** The explicit choice to share a case or a workshop (nothing is uploaded before it). */
  'sync:share': mutation(z.object({ kind: z.enum(['case', 'workshop', 'casestudy']), id: idSchema }), regionSettingsSchema),
  'sync:syncNow': query(z.void(), syncStatusSchema),
  /** The cases co-assessors shared that this person may join (after a round that fetched the region). */
  'sync:sharedCases': query(z.void(), sharedCasesSchema),
  /** Takes a case a co-assessor shared into this workspace; it then syncs both ways. */
  'sync:joinCase': mutation(z.object({ id: idSchema }), syncStatusSchema),
  'sync:pendingMerges': query(z.void(), z.array(pendingMergeSchema)),
  'sync:regionTrust': query(z.void(), regionTrustSchema),
  /** Trusts a CA the region offers, after the person compared its fingerprint with the coordinator's. */
  'sync:trustOffered': mutation(z.object({ fingerprint: z.string().min(1).max(200) }), syncStatusSchema),
  /** Settles a co-assessor conflict: per path (joined with '.') ours, theirs or combined text. */
  'sync:resolve': mutation(
    z.object({ docId: z.string().min(1).max(300), choices: z.record(z.string(), mergeChoiceSchema) }),
    syncStatusSchema,
  ),
};
