import type { Action } from '../../../shared/domain/action';
import type { Workshop } from '../../../shared/domain/workshop';
import type { SyncService } from '../sync/service';

/** What the region shares, as the regional overview of a workspace that joined it sees it. */
export interface RegionalOverview {
  workshops: { id: string; title: string; date: string; organisationId: string | null; facilitator: string; sharedBy: string }[];
  actions: { workshopId: string; action: Action }[];
  /** Issues raised in shared workshops (the issue log's escalations are not shared yet). */
  issues: { workshopId: string; title: string; raisedOn: string }[];
}

/**
 * The region's shared workshops with their actions and issues, read from the validated regional
 * replica (every document there passed the local schemas), newest first.
 */
export async function regionalOverview(sync: Pick<SyncService, 'regionalDocs'>): Promise<RegionalOverview> {
  const docs = (await sync.regionalDocs()).filter((d) => d.kind === 'workshop');
  const out: RegionalOverview = { workshops: [], actions: [], issues: [] };
  for (const doc of docs) {
    const w = doc.body as unknown as Omit<Workshop, 'revision' | 'updatedAt'>;
    out.workshops.push({ id: w.id, title: w.title, date: w.date, organisationId: w.organisationId, facilitator: w.facilitator, sharedBy: doc.author });
    for (const action of w.actions) out.actions.push({ workshopId: w.id, action });
    for (const issue of w.issues) out.issues.push({ workshopId: w.id, title: issue.title, raisedOn: issue.raisedOn });
  }
  out.workshops.sort((a, b) => b.date.localeCompare(a.date));
  return out;
}
