import { REGION_DB } from '../../shared/sync/docs';
import { regionalOverview } from '../../electron/services/overview/regional';
import { ADMIN, startCouch } from '../unit/sync/couch-server';
import { openMember } from '../unit/sync/workspaces';
import { addOrganisation } from '../unit/helpers/open-services';
import { round } from './stats';

/**
 * Sync figures against the loopback CouchDB-protocol server (express-pouchdb, in memory):
 * a member's first sync of a regional database of `workshops` shared workshops, and the
 * steady-state cost of one change to a shared case (time, bytes each way, heap).
 */
export async function benchSync(workshops = 500) {
  const couch = await startCouch();
  await couch.setup({
    users: [
      { name: 'seed', password: 'seed-password' },
      { name: 'reader', password: 'reader-password' },
    ],
  });
  const at = '2026-03-16T10:00:00.000Z';
  const docs = Array.from({ length: workshops }, (_, i) => ({
    _id: `workshop:w${i}`,
    type: 'workshop',
    v: 1,
    author: 'Seed',
    at,
    body: {
      id: `w${i}`,
      title: `Forum ${i}`,
      organisationId: null,
      date: '2026-03-16',
      venue: 'Hall',
      startTime: '10:00',
      sessionMinutes: 120,
      facilitator: 'Seed',
      templateId: 't',
      templateVersion: 1,
      templateName: 'Template',
      themes: [],
      closingQuestion: null,
      createdAt: at,
      actions: Array.from({ length: 5 }, (_, j) => ({
        id: `a${i}-${j}`,
        what: `Action ${j} for forum ${i}`,
        owner: 'Chair',
        side: 'both',
        dueDate: '2026-06-30',
        status: 'amber',
        notes: '',
        createdAt: at,
        updatedAt: at,
      })),
    },
  }));
  const auth = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
  const seeded = await fetch(`${couch.url}/${REGION_DB}/_bulk_docs`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ docs }),
  });
  if (!seeded.ok) throw new Error(`seeding failed: ${seeded.status}`);

  const reader = await openMember(couch, 'reader', 'reader-password', 'Reader');
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  couch.traffic.received = 0;
  couch.traffic.sent = 0;
  let t = performance.now();
  await reader.sync.syncNow();
  const firstMs = performance.now() - t;
  const firstTraffic = { ...couch.traffic };
  const heapAfter = process.memoryUsage().heapUsed;
  const seen = (await regionalOverview(reader.sync))?.workshops.length ?? 0;

  // Steady state: one shared case, one interview added, one sync.
  const org = await addOrganisation(reader);
  const { id } = await reader.call('cases:create', { organisationId: org.id });
  await couch.setup({ cases: [{ id, assessors: ['reader'] }] });
  await reader.sync.share('case', id);
  await reader.sync.syncNow();
  const times: number[] = [];
  const bytes: { sent: number; received: number }[] = [];
  for (let i = 0; i < 10; i++) {
    await reader.call('cases:addInterview', { caseId: id, draft: { name: 'Learner', notes: `Note ${i}` } });
    couch.traffic.received = 0;
    couch.traffic.sent = 0;
    t = performance.now();
    await reader.sync.syncNow();
    times.push(performance.now() - t);
    bytes.push({ sent: couch.traffic.received, received: couch.traffic.sent });
  }
  await reader.close();
  await couch.stop();
  times.sort((a, b) => a - b);
  return {
    workshops,
    workshopsSeen: seen,
    firstSync: {
      ms: round(firstMs),
      bytesSent: firstTraffic.received,
      bytesReceived: firstTraffic.sent,
      heapGrowthMB: round((heapAfter - heapBefore) / 2 ** 20),
    },
    oneChange: { p50Ms: round(times[5]!), maxMs: round(times[9]!), bytesSent: bytes[9]!.sent, bytesReceived: bytes[9]!.received },
  };
}

if (process.argv[1]?.endsWith('sync.ts')) console.log(JSON.stringify(await benchSync(Number(process.argv[2] ?? 500))));
