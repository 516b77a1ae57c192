import { docIdOf } from '../../../shared/sync/docs';
import { share } from './membership';
import { readBase } from './mirror';
import type { Database } from './pouch';
import { sharedIds, type SyncState, type Tracked } from './state';

/**
 * The case studies others shared with the region that this library does not hold yet: each is
 * tracked from now on (taken in this round, then synced both ways, merged like any shared record).
 * One deleted here before is never taken again: its base from the earlier sync remains.
 */
export async function takeRegionCaseStudies(s: SyncState, db: Database): Promise<Tracked[]> {
  const port = s.ctx.recordPorts.casestudy;
  if (!port) return [];
  const rows = await db.allDocs({ startkey: 'casestudy:', endkey: 'casestudy:\uffff' });
  const taken: Tracked[] = [];
  for (const row of rows.rows) {
    const id = row.id.slice('casestudy:'.length);
    if (sharedIds(s.config, 'casestudy').includes(id)) continue;
    if ((await port.revision(id)) !== null) continue;
    if (await readBase(db, docIdOf('casestudy', id))) continue;
    await share(s, 'casestudy', id);
    taken.push({ kind: 'casestudy', id });
  }
  return taken;
}
