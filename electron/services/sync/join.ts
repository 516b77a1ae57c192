import { caseDbName, docIdOf, REGION_DB } from '../../../shared/sync/docs';
import { SyncError } from './errors';
import { clearBase } from './mirror';
import { share, unshare } from './membership';
import { syncNow } from './rounds';
import { namedIn, sessionOf } from './case-members';
import { announcedCases, eachLimited, mayOpenCase } from './shared-cases';
import { credentials, local, type SyncState } from './state';

/** Case databases probed at once when listing the cases a person may join (announcements that name no members). */
const PROBES_AT_ONCE = 6;
const cannotReach = new Set(['unreachable', 'wrong_password', 'tls', 'not_couchdb', 'insecure_address', 'not_configured']);

/**
 * The cases shared in the region that this person may open, as their announcements name the
 * members (a hint: joining asks the server, whose security object decides), after a round that
 * fetched the region's announcements; how many others there are is counted, never named.
 */
export async function sharedCases(s: SyncState) {
  const auth = await credentials(s);
  const round = await syncNow(s);
  if (round.problem && cannotReach.has(round.problem)) throw new SyncError(round.problem, round.message ?? '');
  const announced = await announcedCases(local(s, REGION_DB));
  const here = await Promise.all(
    announced.map(async (c) => s.config!.cases.includes(c.body.id) || (await s.ctx.recordPorts.case?.get(c.body.id)) != null),
  );
  // Each announcement names its case's members: one request to learn who this person is, not one
  // per case. Only announcements that do not say (written by an older Casebook) are asked about.
  const me = await sessionOf(s.config!.server, auth);
  const open = await eachLimited(announced, PROBES_AT_ONCE, async (c, i) =>
    here[i] ? true : (namedIn(c.body.members, me) ?? (await mayOpenCase(s.config!.server, auth, c.body.id))),
  );
  const cases = announced
    .map((c, i) => ({
      id: c.body.id,
      organisationName: c.body.organisationName,
      sharedBy: c.author,
      sharedAt: c.at,
      here: here[i]!,
      open: open[i]!,
    }))
    .filter((c) => c.open)
    .map(({ open: _open, ...c }) => c);
  return { cases, noAccess: announced.length - cases.length };
}

/**
 * Joins a case a co-assessor shared: checks this person is a member of its database, takes it
 * into the workspace in one round (checked with the local schemas like every incoming record),
 * and from then on syncs it both ways. Nothing is kept if the case did not arrive.
 */
export async function joinCase(s: SyncState, id: string) {
  const auth = await credentials(s);
  const port = s.ctx.recordPorts.case!;
  if (s.config!.cases.includes(id) || (await port.get(id)) !== null) throw new SyncError('refused', 'already_here');
  if (!(await mayOpenCase(s.config!.server, auth, id))) throw new SyncError('no_access', 'case_no_access');
  // A copy deleted here earlier left its base behind: this is a new start, not that copy coming back.
  await clearBase(local(s, caseDbName(id)), docIdOf('case', id));
  await share(s, 'case', id);
  const round = await syncNow(s);
  if ((await port.get(id)) === null) {
    await unshare(s, 'case', id);
    if (round.problem) throw new SyncError(round.problem, round.message ?? '');
    throw new SyncError('refused', s.refused.get(docIdOf('case', id)) ? 'case_refused' : 'case_not_received');
  }
  // The case's organisation comes with it, as a case file import brings it.
  const organisation = (await announcedCases(local(s, REGION_DB))).find((c) => c.body.id === id)?.body.organisation;
  if (organisation && !s.ctx.index.data.organisations.some((o) => o.id === organisation.id)) {
    await s.ctx.index.update((data) => {
      data.organisations.push(organisation);
    });
    s.ctx.changes.publish({ kind: 'organisation', id: organisation.id });
  }
  return round;
}
