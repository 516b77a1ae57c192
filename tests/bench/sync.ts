import { fork } from 'node:child_process';
import path from 'node:path';
import { startCouch } from '../unit/sync/couch-server';
import { NEWCOMER, REGION_SHAPE, seedRegion, type RegionShape } from './region-seed';

/**
 * Sync at the scale issue 22 names, on the loopback CouchDB-protocol server (express-pouchdb, in
 * memory): a region of 50 people, 2,000 cases (each in its own database) and 500 workshops. A new
 * member, in a fresh process of their own, syncs the regional database for the first time, lists
 * the cases shared with them, joins one, then makes single changes (the steady state).
 */
export async function benchSync(shape: RegionShape = REGION_SHAPE) {
  const couch = await startCouch();
  try {
    const seeded = await seedRegion(couch, shape);
    const child = fork(path.join(import.meta.dirname, 'sync-member.ts'), [], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      cwd: path.resolve(import.meta.dirname, '../..'),
      // As a packaged Casebook runs: dispatch's output check is for tests and development only.
      env: { ...process.env, NODE_ENV: 'production' },
      // The child's output goes to stderr: stdout's last line is the bench's JSON.
      stdio: ['ignore', 2, 2, 'ipc'],
    });
    const member = await new Promise<MemberFigures>((resolve, reject) => {
      child.on('message', (msg: { id?: number; op?: 'reset' | 'read'; result?: MemberFigures; error?: string }) => {
        if (msg.op === 'reset') Object.assign(couch.traffic, { received: 0, sent: 0, requests: 0 });
        if (msg.id !== undefined) child.send({ id: msg.id, traffic: { ...couch.traffic } });
        if (msg.result) resolve(msg.result);
        if (msg.error) reject(new Error(`sync bench member: ${msg.error}`));
      });
      child.on('exit', (code) => reject(new Error(`sync bench member exited (${code}) before reporting`)));
      child.send({
        start: {
          url: couch.url,
          user: NEWCOMER,
          cases: Array.from({ length: shape.cases }, (_, i) => `rc-${i.toString().padStart(4, '0')}`),
          newcomerCases: seeded.newcomerCases,
          workshops: shape.workshops,
          escalatedIssues: shape.escalatedIssues,
        },
      });
    });
    child.disconnect();
    return {
      region: {
        ...shape,
        regionDocs: seeded.regionDocs,
        caseDatabases: shape.cases,
        caseMB: Math.round((seeded.caseBytes / 2 ** 20) * 10) / 10,
        newcomerCases: seeded.newcomerCases.length,
        setupMs: seeded.setupMs,
        seedMs: seeded.seedMs,
      },
      ...member,
    };
  } finally {
    await couch.stop();
  }
}

interface Wire {
  bytesSent: number;
  bytesReceived: number;
  requests: number;
}
type Rounds = Wire & { p50Ms: number; maxMs: number };
export interface MemberFigures {
  firstSync: Wire & {
    ms: number;
    rssBeforeMB: number;
    peakRssMB: number;
    peakRssGrowthMB: number;
    heapGrowthMB: number;
    workshopsSeen: number;
    issuesSeen: number;
  };
  listing: Wire & { ms: number; runsMs: number[]; listed: number; noAccess: number };
  probeEach: Wire & { ms: number };
  join: Wire & { ms: number; evidence: number };
  oneCaseChange: Rounds & { recordBytes: number };
  oneWorkshopChange: Rounds & { recordBytes: number };
  idleRound: Rounds;
}

if (process.argv[1]?.endsWith('sync.ts')) console.log(JSON.stringify(await benchSync()));
