import type { Workshop } from '../../../shared/domain/workshop';
import type { RegionalOverviewData } from '../../../shared/ipc/contracts/sync';
import type { SyncService } from '../sync/service';

/**
 * What the region shares, as the regional overview of a workspace that joined it sees it: every
 * shared workshop with its actions and the issues raised in it, and every issue escalated in a
 * member's issue log. Read from the validated regional replica (each document passed the local
 * schemas); null when the workspace has not joined a region. Newest first.
 */
export async function regionalOverview(
  sync: Pick<SyncService, 'config' | 'regionalDocs' | 'regionalIssues'>,
): Promise<RegionalOverviewData | null> {
  if (!sync.config()) return null;
  const docs = (await sync.regionalDocs()).filter((d) => d.kind === 'workshop');
  const out: RegionalOverviewData = { workshops: [], actions: [], issues: [] };
  for (const doc of docs) {
    const w = doc.body as unknown as Omit<Workshop, 'revision' | 'updatedAt'>;
    out.workshops.push({
      id: w.id,
      title: w.title,
      date: w.date,
      organisationId: w.organisationId,
      facilitator: w.facilitator,
      sharedBy: doc.author,
    });
    for (const action of w.actions)
      out.actions.push({ workshopId: w.id, title: action.what, owner: action.owner, due: action.dueDate, status: action.status });
    for (const issue of w.issues) {
      out.issues.push({
        source: 'workshop',
        id: `${w.id}/${issue.id}`,
        title: issue.title,
        raisedOn: issue.raisedOn,
        level: 'local',
        organisation: w.title,
        sharedBy: doc.author,
      });
    }
  }
  for (const { body, author } of await sync.regionalIssues()) {
    out.issues.push({
      source: 'issue_log',
      id: body.id,
      title: body.title,
      raisedOn: body.raisedOn,
      level: body.level,
      organisation: body.organisationName,
      sharedBy: author,
    });
  }
  out.workshops.sort((a, b) => b.date.localeCompare(a.date));
  out.issues.sort((a, b) => b.raisedOn.localeCompare(a.raisedOn));
  return out;
}
