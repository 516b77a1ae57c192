import { checkIncomingIssue, issueDocId, type SharedIssueBody } from '../../../shared/sync/docs';
import { same } from '../../../shared/sync/merge';
import type { ServiceContext } from '../context';
import type { Database } from './pouch';

/** Issues the person escalated beyond local level: what the region's lead needs to see. */
export function escalatedIssues(ctx: ServiceContext): SharedIssueBody[] {
  const orgs = new Map(ctx.index.data.organisations.map((o) => [o.id, o.name]));
  return ctx.index.data.issues
    .filter((issue) => issue.level !== 'local')
    .map((issue) => ({ ...structuredClone(issue), organisationName: orgs.get(issue.organisationId) ?? '' }));
}

/**
 * Writes each escalated issue into the local regional replica when it changed. An issue has one
 * owner (the workspace that logged it), so an ordinary new revision on top of the current one is
 * enough: nobody else edits it, and a person's later change simply supersedes the earlier one.
 */
export async function pushEscalatedIssues(db: Database, issues: SharedIssueBody[], author: string, at: string): Promise<void> {
  for (const body of issues) {
    const _id = issueDocId(body.id);
    const current = await db.get(_id).catch(() => null);
    if (current && same(current.body, body)) continue;
    await db.put({ _id, _rev: current?._rev, type: 'issue', v: 1, author, at, body });
  }
}

/** The region's escalated issues from the validated regional replica (each checked again here). */
export async function regionalIssues(db: Database): Promise<{ body: SharedIssueBody; author: string }[]> {
  const rows = await db.allDocs({ include_docs: true, startkey: 'issue:', endkey: 'issue:\uffff' });
  const out: { body: SharedIssueBody; author: string }[] = [];
  for (const row of rows.rows) {
    const checked = row.doc ? checkIncomingIssue(row.doc) : null;
    if (checked?.ok) out.push({ body: checked.body, author: checked.author });
  }
  return out;
}
