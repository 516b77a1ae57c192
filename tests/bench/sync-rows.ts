import type { benchSync } from './sync';

type SyncFigures = Awaited<ReturnType<typeof benchSync>>;
const kb = (bytes: number) =>
  bytes >= 2 ** 20
    ? `${(bytes / 2 ** 20).toLocaleString('en-GB', { maximumFractionDigits: 2 })} MB`
    : `${(bytes / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} KB`;
const ms = (value: number) => `${Math.round(value).toLocaleString('en-GB')} ms`;
const wire = (w: { bytesSent: number; bytesReceived: number; requests: number }) =>
  `${kb(w.bytesSent)} sent, ${kb(w.bytesReceived)} received, ${w.requests.toLocaleString('en-GB')} requests`;

/**
 * The bench table's sync rows. The issue sets no figures, so the targets are chosen from what a
 * person and a council network would notice:
 * - first sync ≤ 60 s and ≤ 10 MB received: a new member works within a minute of joining, and
 *   10 MB is about a minute on a slow (1.5 Mbit/s) line; peak memory growth ≤ 150 MB, the budget
 *   the main process has for a 1,000-case workspace;
 * - listing the cases shared with you ≤ 2 s, in a number of requests that does not grow with the
 *   region's cases (it read every case database, one request each, before);
 * - joining one case ≤ 5 s;
 * - one change ≤ 1 s (it reaches the server within the autosync pause), sending one copy of the
 *   record (CouchDB replicates whole documents) plus a fixed overhead (revs_diff, checkpoints) of
 *   ≤ 8 KB, however large the region; an idle round (the 60-second poll of 50 people) one request
 *   per database followed and ≤ 2 KB.
 */
export function syncRows(sync: SyncFigures) {
  const { region, firstSync, listing, probeEach, join } = sync;
  const change = (what: string, r: SyncFigures['oneCaseChange']) => ({
    figure: `sync: one change to ${what}, then a sync round, p50 / max of 10`,
    measured: `${Math.round(r.p50Ms)} / ${ms(r.maxMs)}, ${wire(r)} (the record itself: ${kb(r.recordBytes)})`,
    target: '≤ 1,000 ms; sent ≤ one copy of the record + 8 KB',
    pass: r.maxMs <= 1_000 && r.bytesSent <= r.recordBytes + 8 * 1024,
  });
  return [
    {
      figure:
        `sync: a new member's first sync of the regional database (${region.workshops} workshops, ${region.escalatedIssues} escalated issues, ` +
        `${region.cases.toLocaleString('en-GB')} case announcements; region of ${region.people} people, ${region.cases.toLocaleString('en-GB')} case databases; bodies on the wire)`,
      measured: `${ms(firstSync.ms)}, ${wire(firstSync)}, peak RSS +${firstSync.peakRssGrowthMB} MB (to ${firstSync.peakRssMB} MB), heap +${firstSync.heapGrowthMB} MB after GC`,
      target: '≤ 60 s, ≤ 10 MB received, peak RSS growth ≤ 150 MB',
      pass:
        firstSync.ms <= 60_000 &&
        firstSync.bytesReceived <= 10 * 2 ** 20 &&
        firstSync.peakRssGrowthMB <= 150 &&
        firstSync.workshopsSeen === region.workshops &&
        firstSync.issuesSeen === region.escalatedIssues,
    },
    {
      figure: `sync: list the cases shared with them (${listing.listed} theirs, ${listing.noAccess.toLocaleString('en-GB')} not; median of 3)`,
      measured: `${ms(listing.ms)}, ${wire(listing)} (asking each of the ${region.cases.toLocaleString('en-GB')} case databases instead, as before: ${ms(probeEach.ms)}, ${probeEach.requests.toLocaleString('en-GB')} requests)`,
      target: '≤ 2,000 ms, requests not growing with the cases (≤ 5)',
      pass: listing.ms <= 2_000 && listing.requests <= 5 && listing.listed === region.newcomerCases,
    },
    {
      figure: `sync: join one case shared with them (${join.evidence} evidence items)`,
      measured: `${ms(join.ms)}, ${wire(join)}`,
      target: '≤ 5,000 ms',
      pass: join.ms <= 5_000,
    },
    change('the joined case', sync.oneCaseChange),
    change(`a shared workshop (the regional database at ${region.regionDocs.toLocaleString('en-GB')} documents)`, sync.oneWorkshopChange),
    {
      figure: 'sync: an idle round (nothing changed; the 60-second poll), p50 / max of 5',
      measured: `${Math.round(sync.idleRound.p50Ms)} / ${ms(sync.idleRound.maxMs)}, ${wire(sync.idleRound)}`,
      target: '1 request per database followed (2 here), ≤ 2 KB',
      pass: sync.idleRound.requests <= 2 && sync.idleRound.bytesSent + sync.idleRound.bytesReceived <= 2 * 1024,
    },
    {
      figure: `sync: seeding — region:setup of ${region.people} users and ${region.cases.toLocaleString('en-GB')} case databases; documents (${region.caseMB} MB of cases)`,
      measured: `setup ${Math.round(region.setupMs / 1000)} s, documents ${Math.round(region.seedMs / 1000)} s`,
      target: 'for information',
      pass: true,
    },
  ];
}
