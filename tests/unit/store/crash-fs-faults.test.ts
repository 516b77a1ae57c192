import { cp, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services/index';
import { revisionOf } from '../../../electron/services/journal/repair';
import type { CaseRecord } from '../../../shared/domain/case';
import type { JournalEntry } from '../../../shared/domain/journal';
import { CrashFs } from '../helpers/crash-fs';
import { expectConsistent } from '../helpers/invariants';
import { call } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * The failure paths of a save, which a power cut alone never reaches (crash-fs.test.ts): a write
 * or fsync fails (helpers/crash-fs.ts `faultAt`: a short write with ENOSPC, or an fsync with EIO,
 * after the kernel already wrote the bytes back), the store takes the change back (the log's cut,
 * the journal's retract), the user goes on typing, and the power is cut before each later step in
 * turn. This is how a missing fsync on a recovery path shows: the failed change it should have
 * taken back is still on the disk after the cut.
 *
 * After each cut the reopened workspace must pass the kill suite's invariants and:
 * - hold every acknowledged change, and nothing but acknowledged ones and the one in flight
 *   (a change the user was told failed never comes back);
 * - have a history line for every acknowledged journalled change, none for a failed one, and
 *   no two lines claiming one revision.
 */

const tempDir = useTempDirs('all');
const HOUR = 3_600_000;
let sim: CrashFs | null = null;
afterEach(() => {
  sim?.uninstall();
  sim = null;
});

const open = (dir: string, openAnyway = false) => createServices({ workspaceDir: dir, checkpointIdleMs: HOUR, openAnyway });

interface Template {
  dir: string;
  caseId: string;
  /** The case's history lines before the run. */
  history: number;
}

/** A workspace with one case: analysis "saved before", community note "note before". */
async function template(): Promise<Template> {
  const dir = await tempDir('crashfs-faults-template');
  const services = await open(dir);
  const org = await call(services, 'organisations:create', { name: 'Cyngor Gwynedd', type: 'local_authority', region: 'Wales' });
  const created = await call(services, 'cases:create', { organisationId: org.id });
  await call(services, 'cases:updateActionPlan', { caseId: created.id, patch: { analysisOfNeed: 'saved before' } });
  await call(services, 'cases:updateAssessment', { caseId: created.id, patch: { communityNote: 'note before' } });
  const history = (await services.context.journals.read(created.id)).length;
  await services.close();
  return { dir, caseId: created.id, history };
}

/** One change the user makes: a text field set to a value (its history line records the length), or the deletion. */
type Change = { field: 'analysisOfNeed' | 'communityNote'; value: string } | { field: 'delete' };

/**
 * What the user did and was told: each change acknowledged (with its revision) or failed, and
 * the one in flight when the power went.
 */
interface Told {
  acked: { change: Change; revision: number }[];
  failed: Change[];
  inFlight: Change | null;
}

/**
 * The user's sessions, as the autosave sends them. In each, the second change gets its own
 * history line; the third coalesces into the first's line only when the second failed
 * (case-store.ts: one line per field while typing).
 * - autosave: three saves, the second in another field;
 * - delete: a save, the deletion, and (if the deletion failed) the user typing on.
 */
const SESSIONS: Record<string, Change[]> = {
  autosave: [
    { field: 'analysisOfNeed', value: 'one' },
    { field: 'communityNote', value: 'a note' },
    { field: 'analysisOfNeed', value: 'one two' },
  ],
  delete: [{ field: 'analysisOfNeed', value: 'one' }, { field: 'delete' }, { field: 'analysisOfNeed', value: 'one two' }],
};
const BEFORE = { analysisOfNeed: 'saved before', communityNote: 'note before' };

async function session(services: Services, t: Template, changes: Change[], told: Told): Promise<void> {
  for (const change of changes) {
    told.inFlight = change;
    try {
      if (change.field === 'delete') {
        await call(services, 'cases:delete', { id: t.caseId });
        told.acked.push({ change, revision: -1 });
      } else {
        const record =
          change.field === 'analysisOfNeed'
            ? await call(services, 'cases:updateActionPlan', { caseId: t.caseId, patch: { analysisOfNeed: change.value } })
            : await call(services, 'cases:updateAssessment', { caseId: t.caseId, patch: { communityNote: change.value } });
        told.acked.push({ change, revision: record.revision });
      }
    } catch (error) {
      if (sim?.crashed) return; // The power went during this change: it stays in flight.
      const deleted = told.acked.some((a) => a.change.field === 'delete');
      if (
        !/failed: (io_error|disk_full):/.test((error as Error).message) &&
        !(deleted && /failed: not_found/.test((error as Error).message))
      )
        throw error;
      told.failed.push(change);
    }
    told.inFlight = null;
  }
}

/** The change a history line describes, as field and length (text is journalled by length only). */
const describes = (entry: JournalEntry): string => {
  const details = entry.details ?? {};
  const field = (['analysisOfNeed', 'communityNote'] as const).find((f) => f in details);
  return field ? `${field}:${(details[field] as { length: number }).length}` : entry.kind;
};
const signature = (change: Change) => (change.field === 'delete' ? 'case.deleted' : `${change.field}:${change.value.length}`);

/** Deleted means moved, whole, into backups/deleted: the kept copy must hold every saved change. */
async function keptCopy(dir: string, id: string): Promise<CaseRecord> {
  const name = (await readdir(path.join(dir, 'backups', 'deleted'))).find((n) => n.startsWith(`cases-${id}-`));
  expect(name, 'the deleted case is kept in backups/deleted').toBeDefined();
  return JSON.parse(await readFile(path.join(dir, 'backups', 'deleted', name!), 'utf8')) as CaseRecord;
}

async function check(services: Services, t: Template, changes: Change[], told: Told, dir: string): Promise<void> {
  await expectConsistent(services);
  const listed = (await call(services, 'cases:list')).some((c) => c.id === t.caseId);
  const deleteTold = told.acked.some((a) => a.change.field === 'delete');
  const deleteInFlight = told.inFlight?.field === 'delete';
  if (deleteTold) expect(listed, 'an acknowledged deletion stays done').toBe(false);
  if (!listed) expect(deleteTold || deleteInFlight, 'the case is gone only if its deletion was acknowledged or in flight').toBe(true);
  const held = listed ? await call(services, 'cases:get', { id: t.caseId }) : await keptCopy(dir, t.caseId);
  const now = { analysisOfNeed: held.actionPlan.analysisOfNeed, communityNote: held.assessment.communityNote };
  for (const field of ['analysisOfNeed', 'communityNote'] as const) {
    // The last acknowledged value, or the one in flight: never a failed one, never an older one.
    const valueOf = (c: Change | null | undefined) => (c && c.field === field ? [c.value] : []);
    const acked = valueOf(told.acked.filter((a) => a.change.field === field).at(-1)?.change)[0] ?? BEFORE[field];
    const allowed = [acked, ...valueOf(told.inFlight)];
    expect(allowed, `${field} holds what the user was told was saved`).toContain(now[field]);
  }

  if (!listed) return; // A deleted case's history is kept with it; its lines are not read here.
  const lines = (await services.context.journals.read(t.caseId)).slice(t.history);
  const revisions = lines.map(revisionOf);
  expect(revisions, 'no two history lines claim one revision').toEqual([...new Set(revisions)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  const explained = new Set([...told.acked.map((a) => signature(a.change)), ...(told.inFlight ? [signature(told.inFlight)] : [])]);
  for (const line of lines) expect(explained, `history line "${line.summary}" is a change that was saved`).toContain(describes(line));
  // Every acknowledged change that wrote a history line still has it. The third coalesces into
  // the first's line when the first was saved and the second was not.
  const saved = (change: Change) => told.acked.some((a) => a.change === change);
  for (const { change, revision } of told.acked) {
    const coalesced = change === changes[2] && saved(changes[0]) && !saved(changes[1]);
    if (!coalesced) expect(revisions, `the history line of ${signature(change)} (revision ${revision})`).toContain(revision);
  }
}

/** One run: fault at fault point `faultAt`, power cut before step `crashAt` (or after the end). */
async function runOnce(t: Template, changes: Change[], faultAt: number, crashAt: number) {
  const dir = await tempDir('crashfs-faults-run');
  await cp(t.dir, dir, { recursive: true });
  const services = await open(dir);
  sim = await CrashFs.start(dir, crashAt, faultAt);
  const told: Told = { acked: [], failed: [], inFlight: null };
  await session(services, t, changes, told);
  const { steps, faultPoints, faultStep } = sim;
  await sim.crash();
  sim = null;
  const reopened = await open(dir, true);
  try {
    await check(reopened, t, changes, told, dir);
  } catch (error) {
    (error as Error).message +=
      `\n(fault at ${faultPoints[faultAt - 1]} (point ${faultAt}), then power cut before step ${crashAt} of: ${steps.join(' → ')};` +
      ` acknowledged: ${told.acked.map((a) => signature(a.change)).join(', ') || 'nothing'}; failed: ${told.failed.map(signature).join(', ') || 'nothing'})`;
    throw error;
  } finally {
    await reopened.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { steps: steps.length, faultPoints: faultPoints.length, faultStep };
}

describe('a failed write or fsync, the store taking it back, then a power cut at every later step', () => {
  let shared: Template | null = null;
  const base = async () => (shared ??= await template());

  for (const [name, changes] of Object.entries(SESSIONS)) {
    it(`${name}: every write and fsync fails in turn`, async () => {
      const t = await base();
      // The run without a fault lists the fault points.
      const { faultPoints } = await runOnce(t, changes, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
      expect(faultPoints, 'each change writes and fsyncs').toBeGreaterThan(4);
      let runs = 1;
      for (let faultAt = 1; faultAt <= faultPoints; faultAt++) {
        // Uncut first: where the fault struck and how many steps the session took with it.
        const { steps, faultStep } = await runOnce(t, changes, faultAt, Number.POSITIVE_INFINITY);
        expect(faultStep, `fault point ${faultAt} was reached`).not.toBeNull();
        for (let crashAt = faultStep! + 1; crashAt <= steps; crashAt++) await runOnce(t, changes, faultAt, crashAt);
        runs += 1 + Math.max(0, steps - faultStep!);
      }
      console.log(`crash-fs faults, ${name}: ${faultPoints} fault points, ${runs} runs`);
    }, 180_000);
  }
});
