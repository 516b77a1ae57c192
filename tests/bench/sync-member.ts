import { rm } from 'node:fs/promises';
import { eachLimited, mayOpenCase } from '../../electron/services/sync/shared-cases';
import { openMember } from '../unit/sync/workspaces';
import { round } from './stats';

/**
 * Run by benchSync in a fresh Node (NODE_ENV=production, --expose-gc), so its memory is the new
 * member's alone (the server runs in the parent): joins the seeded region as the newcomer and
 * measures the first sync of the regional database, listing the cases shared with them, joining
 * one, and the steady-state cost of one change. Bytes and requests are counted by the server,
 * asked over IPC at each step.
 */
interface Start {
  url: string;
  user: string;
  cases: string[];
  newcomerCases: string[];
  workshops: number;
  escalatedIssues: number;
}
type Traffic = { received: number; sent: number; requests: number };
type Wire = { bytesSent: number; bytesReceived: number; requests: number };

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc || !process.send) throw new Error('run by benchSync (fork, --expose-gc)');
const mb = (bytes: number) => round(bytes / 2 ** 20, 1);

let asked = 0;
const replies = new Map<number, (t: Traffic) => void>();
process.on('message', (msg: { id?: number; traffic?: Traffic; start?: Start }) => {
  if (msg.start)
    void run(msg.start).then(
      (result) => process.send!({ result }),
      (error: unknown) => process.send!({ error: String((error as Error).stack ?? error) }),
    );
  else if (msg.id !== undefined) replies.get(msg.id)?.(msg.traffic!);
});
const server = (op: 'reset' | 'read') =>
  new Promise<Traffic>((resolve) => {
    const id = ++asked;
    replies.set(id, resolve);
    process.send!({ id, op });
  });

/** Times one step and counts its traffic; `wire` in the result is what went each way. */
async function step<T>(work: () => Promise<T>): Promise<{ ms: number; value: T; wire: Wire }> {
  await server('reset');
  const t = performance.now();
  const value = await work();
  const ms = round(performance.now() - t);
  const traffic = await server('read');
  return { ms, value, wire: { bytesSent: traffic.received, bytesReceived: traffic.sent, requests: traffic.requests } };
}

/** `count` rounds of `change` then sync: p50, max and the traffic of the median round. */
async function rounds(count: number, change: (i: number) => Promise<unknown>, sync: () => Promise<{ state: string }>) {
  const done: { ms: number; wire: Wire }[] = [];
  for (let i = 0; i < count; i++) {
    await change(i);
    const s = await step(sync);
    if (s.value.state !== 'up_to_date') throw new Error(`round ${i}: ${s.value.state}`);
    done.push(s);
  }
  done.sort((a, b) => a.ms - b.ms);
  const mid = done[Math.floor(count / 2)]!;
  return { p50Ms: mid.ms, maxMs: done[count - 1]!.ms, ...mid.wire };
}

async function run(start: Start) {
  const member = await openMember({ url: start.url }, start.user, `${start.user}-password`, 'Newcomer Ŷ');
  try {
    gc!();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    const first = await step(() => member.sync.syncNow());
    const peakRss = process.resourceUsage().maxRSS * 1024;
    gc!();
    const heapAfter = process.memoryUsage().heapUsed;
    if (first.value.state !== 'up_to_date') throw new Error(`first sync: ${first.value.state} ${first.value.message}`);
    const workshopsSeen = (await member.sync.regionalDocs()).filter((d) => d.kind === 'workshop').length;
    const issuesSeen = (await member.sync.regionalIssues()).length;

    // Listing the cases shared with them (the screen's query), three times: the median.
    const lists = [];
    for (let i = 0; i < 3; i++) lists.push(await step(() => member.call('sync:sharedCases')));
    lists.sort((a, b) => a.ms - b.ms);
    const list = lists[1]!;
    const listed = list.value.cases.map((c) => c.id).sort();
    if (JSON.stringify(listed) !== JSON.stringify([...start.newcomerCases].sort()))
      throw new Error(`listed ${listed.length} cases, expected ${start.newcomerCases.length}`);

    // The alternative: asking the server about every case database (one request each, 6 at once).
    const credentials = { username: start.user, password: `${start.user}-password` };
    const probe = await step(() => eachLimited(start.cases, 6, (id) => mayOpenCase(start.url, credentials, id)));
    if (probe.value.filter(Boolean).length !== start.newcomerCases.length) throw new Error('probing disagrees with the membership');

    const caseId = start.newcomerCases[0]!;
    const join = await step(() => member.call('sync:joinCase', { id: caseId }));
    const joined = await member.call('cases:get', { id: caseId });

    const caseChanges = await rounds(
      10,
      (i) => member.call('cases:addInterview', { caseId, draft: { name: 'Learner', notes: `Interview ${i} — ŵ` } }),
      () => member.sync.syncNow(),
    );
    // What one copy of the record weighs: CouchDB replicates whole documents, so a change sends it once.
    const recordBytes = async (record: object) => {
      const { revision: _r, updatedAt: _u, ...body } = record as Record<string, unknown>;
      return Buffer.byteLength(JSON.stringify(body));
    };
    const oneCaseChange = { ...caseChanges, recordBytes: await recordBytes(await member.call('cases:get', { id: caseId })) };
    const workshop = await member.call('workshops:create', {
      templateId: 'what-good-looks-like',
      details: {
        title: 'Newcomer forum',
        organisationId: null,
        date: '2026-04-01',
        venue: 'Hall',
        startTime: '09:30',
        sessionMinutes: 90,
        facilitator: 'Newcomer Ŷ',
      },
    });
    await member.call('sync:share', { kind: 'workshop', id: workshop.id });
    await member.sync.syncNow();
    const workshopChanges = await rounds(
      10,
      (i) =>
        member.call('workshops:capture', {
          id: workshop.id,
          capture: { kind: 'note', themeId: workshop.themes[0]!.id, groupId: null, text: `Note ${i}` },
        }),
      () => member.sync.syncNow(),
    );
    const oneWorkshopChange = {
      ...workshopChanges,
      recordBytes: await recordBytes(await member.call('workshops:get', { id: workshop.id })),
    };
    const idle = await rounds(
      5,
      async () => undefined,
      () => member.sync.syncNow(),
    );

    return {
      firstSync: {
        ms: first.ms,
        ...first.wire,
        rssBeforeMB: mb(rssBefore),
        peakRssMB: mb(peakRss),
        peakRssGrowthMB: mb(Math.max(0, peakRss - rssBefore)),
        heapGrowthMB: mb(heapAfter - heapBefore),
        workshopsSeen,
        issuesSeen,
      },
      listing: { ms: list.ms, runsMs: lists.map((l) => l.ms), ...list.wire, listed: listed.length, noAccess: list.value.noAccess },
      probeEach: { ms: probe.ms, ...probe.wire },
      join: { ms: join.ms, ...join.wire, evidence: joined.assessment.evidence.length },
      oneCaseChange,
      oneWorkshopChange,
      idleRound: idle,
    };
  } finally {
    await member.close();
    await rm(member.workspaceDir, { recursive: true, force: true });
  }
}
