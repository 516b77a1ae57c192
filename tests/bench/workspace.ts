import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { CaseRecord } from '../../shared/domain/case';
import { regions } from '../../shared/domain/common';
import { organisationTypes, type Organisation } from '../../shared/domain/organisation';
import { createServices } from '../../electron/services';
import { summarise } from '../../electron/services/cases/case-store';
import { dispatch } from '../../electron/services/dispatch';
import { emptyIndex, INDEX_FILE, indexFileSchema } from '../../electron/services/workspace/index-file';
import { generateCase } from './cases';
import { pick, seededRandom } from './random';
import { round, timeOnce } from './stats';

const run = promisify(execFile);

const orgName = (i: number) => `Authority ${i.toString().padStart(4, '0')}`;

function organisation(random: () => number, i: number): Organisation {
  const now = new Date(Date.UTC(2026, 0, 1)).toISOString();
  return {
    id: `org-${i}`,
    name: orgName(i),
    type: pick(random, organisationTypes),
    region: pick(random, regions),
    contacts: [{ name: `Lead officer ${i}`, role: 'Lead officer' }],
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Writes `casebook.json` (organisations and case summaries, validated by the real index schema)
 * and each `cases/<id>.json` straight to disk, as a workspace used for years would hold them.
 */
export async function writeWorkspace(dir: string, content: { organisations: number; cases: Iterable<CaseRecord> }): Promise<void> {
  const random = seededRandom(42);
  const index = emptyIndex();
  for (let i = 0; i < content.organisations; i++) index.organisations.push(organisation(random, i));
  await mkdir(path.join(dir, 'cases'), { recursive: true });
  for (const record of content.cases) {
    index.caseSummaries.push(summarise(record));
    const file = path.join(dir, 'cases', `${record.id}.json`);
    await writeFile(file, JSON.stringify(record));
    // Last changed long ago, as in a workspace used for years (not seconds before the open).
    await utimes(file, LONG_AGO, LONG_AGO);
  }
  await writeFile(path.join(dir, INDEX_FILE), JSON.stringify(indexFileSchema.parse(index)));
}

export const LARGE_CASE_ID = 'case-0';
const LONG_AGO = new Date(Date.UTC(2026, 0, 1));

export interface BenchWorkspace {
  dir: string;
  organisations: number;
  cases: number;
  evidenceNotes: number;
}

/**
 * A seeded workspace of `count` organisations with one case each: case-0 is the large case
 * (`largeEvidence` items), every other case holds `evidencePerCase` evidence notes.
 */
export async function generateWorkspace(count: number, evidencePerCase: number, largeEvidence: number): Promise<BenchWorkspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'casebook-bench-ws-'));
  const random = seededRandom(1_000);
  let evidenceNotes = 0;
  function* cases() {
    for (let i = 0; i < count; i++) {
      const evidenceCount = i === 0 ? largeEvidence : evidencePerCase;
      evidenceNotes += evidenceCount;
      yield generateCase(random, {
        id: `case-${i}`,
        organisationId: `org-${i}`,
        organisationName: orgName(i),
        evidenceCount,
        noteWords: 40,
      });
    }
  }
  await writeWorkspace(dir, { organisations: count, cases: cases() });
  return { dir, organisations: count, cases: count, evidenceNotes };
}

async function listed(services: Awaited<ReturnType<typeof createServices>>, channel: 'organisations:list' | 'cases:list') {
  const result = await dispatch(services.handlers, channel, undefined);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return (result.data as unknown[]).length;
}

/** Opens the workspace (lock, validation, index, every service) and lists organisations and cases. */
export async function benchOpenWorkspace(dir: string) {
  // CPU time beside wall time: on a shared machine the wall time also counts other people's work.
  const cpuBefore = process.cpuUsage();
  const { ms, value } = await timeOnce(async () => {
    const services = await createServices({ workspaceDir: dir });
    const organisations = await listed(services, 'organisations:list');
    const cases = await listed(services, 'cases:list');
    return { services, organisations, cases };
  });
  const cpu = process.cpuUsage(cpuBefore);
  await value.services.close();
  return { ms: round(ms), cpuMs: round((cpu.user + cpu.system) / 1000), organisations: value.organisations, cases: value.cases };
}

type OpenFigures = Awaited<ReturnType<typeof benchOpenWorkspace>>;

/**
 * Opens the workspace `repeats` times in a fresh Node with NODE_ENV=production, as a packaged
 * Casebook runs: dispatch's output check (for tests and development only; a zod parse of all
 * 2,000 list rows) is then off, as it is for users.
 */
export async function benchOpenWorkspaces(dir: string, repeats: number): Promise<OpenFigures[]> {
  const child = path.join(import.meta.dirname, 'open-child.ts');
  const { stdout } = await run(process.execPath, ['--import', 'tsx', child, dir, String(repeats)], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '[]') as OpenFigures[];
}

/** Opens one case whose file is not yet cached, on a freshly opened workspace. */
export async function benchOpenCase(dir: string, id: string) {
  const services = await createServices({ workspaceDir: dir });
  try {
    const { ms, value } = await timeOnce(() => dispatch(services.handlers, 'cases:get', { id }));
    if (!value.ok) throw new Error(value.error.message);
    return { ms: round(ms), evidence: (value.data as CaseRecord).assessment.evidence.length };
  } finally {
    await services.close();
  }
}

/** Main-process heap after opening the workspace and listing it, in a fresh Node with forced GC. */
export async function benchHeap(dir: string) {
  const child = path.join(import.meta.dirname, 'heap-child.ts');
  const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', child, dir], {
    cwd: path.resolve(import.meta.dirname, '../..'),
  });
  const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as {
    heapMB: number;
    baselineMB: number;
    afterSearchMB: number;
    cases: number;
  };
  return result;
}
