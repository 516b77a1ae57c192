import { cp, rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services/index';
import { revisionOf } from '../../../electron/services/journal/repair';
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

/** One change the user makes: a text field set to a value (its history line records the length). */
interface Change {
  field: 'analysisOfNeed' | 'communityNote';
  value: string;
}

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
 * The user's session: three saves, as the autosave sends them. The second is in another field,
 * so it gets its own history line; the third coalesces into the first's line only when the
 * second failed (case-store.ts: one line per field while typing).
 */
const CHANGES: Change[] = [
  { field: 'analysisOfNeed', value: 'one' },
  { field: 'communityNote', value: 'a note' },
  { field: 'analysisOfNeed', value: 'one two' },
];
const BEFORE = { analysisOfNeed: 'saved before', communityNote: 'note before' };

async function session(services: Services, t: Template, told: Told): Promise<void> {
  for (const change of CHANGES) {
    told.inFlight = change;
    try {
      const record =
        change.field === 'analysisOfNeed'
          ? await call(services, 'cases:updateActionPlan', { caseId: t.caseId, patch: { analysisOfNeed: change.value } })
          : await call(services, 'cases:updateAssessment', { caseId: t.caseId, patch: { communityNote: change.value } });
      told.acked.push({ change, revision: record.revision });
    } catch (error) {
      if (sim?.crashed) return; // The power went during this change: it stays in flight.
      if (!/failed: (io_error|disk_full):/.test((error as Error).message)) throw error;
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
const signature = (change: Change) => `${change.field}:${change.value.length}`;

async function check(services: Services, t: Template, told: Told): Promise<void> {
  await expectConsistent(services);
  const record = await call(services, 'cases:get', { id: t.caseId });
  const now = { analysisOfNeed: record.actionPlan.analysisOfNeed, communityNote: record.assessment.communityNote };
  for (const field of ['analysisOfNeed', 'communityNote'] as const) {
    // The last acknowledged value, or the one in flight: never a failed one, never an older one.
    const acked = told.acked.filter((a) => a.change.field === field).at(-1)?.change.value ?? BEFORE[field];
    const allowed = [acked, ...(told.inFlight?.field === field ? [told.inFlight.value] : [])];
    expect(allowed, `${field} holds what the user was told was saved`).toContain(now[field]);
  }

  const lines = (await services.context.journals.read(t.caseId)).slice(t.history);
  const revisions = lines.map(revisionOf);
  expect(revisions, 'no two history lines claim one revision').toEqual([...new Set(revisions)].sort((a, b) => (a ?? 0) - (b ?? 0)));
  const explained = new Set([...told.acked.map((a) => signature(a.change)), ...(told.inFlight ? [signature(told.inFlight)] : [])]);
  for (const line of lines) expect(explained, `history line "${line.summary}" is a change that was saved`).toContain(describes(line));
  // Every acknowledged change that wrote a history line still has it. The third coalesces into
  // the first's line when the first was saved and the second was not.
  const saved = (change: Change) => told.acked.some((a) => a.change === change);
  for (const { change, revision } of told.acked) {
    const coalesced = change === CHANGES[2] && saved(CHANGES[0]) && !saved(CHANGES[1]);
    if (!coalesced) expect(revisions, `the history line of ${signature(change)} (revision ${revision})`).toContain(revision);
  }
}

/** One run: fault at fault point `faultAt`, power cut before step `crashAt` (or after the end). */
async function runOnce(t: Template, faultAt: number, crashAt: number) {
  const dir = await tempDir('crashfs-faults-run');
  await cp(t.dir, dir, { recursive: true });
  const services = await open(dir);
  sim = await CrashFs.start(dir, crashAt, faultAt);
  const told: Told = { acked: [], failed: [], inFlight: null };
  await session(services, t, told);
  const { steps, faultPoints, faultStep } = sim;
  await sim.crash();
  sim = null;
  const reopened = await open(dir, true);
  try {
    await check(reopened, t, told);
  } catch (error) {
    (error as Error).message +=
      `\n(fault at ${faultPoints[faultAt - 1]} (point ${faultAt}), then power cut before step ${crashAt} of: ${steps.join(' → ')};` +
      ` acknowledged: ${told.acked.map((a) => a.change.value).join(', ') || 'nothing'}; failed: ${told.failed.map((c) => c.value).join(', ') || 'nothing'})`;
    throw error;
  } finally {
    await reopened.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { steps: steps.length, faultPoints: faultPoints.length, faultStep };
}

describe('a failed write or fsync, the store taking it back, then a power cut at every later step', () => {
  it('autosave: every write and fsync of three saves fails in turn', async () => {
    const t = await template();
    // The run without a fault lists the fault points.
    const { faultPoints } = await runOnce(t, Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
    expect(faultPoints, 'each save writes and fsyncs').toBeGreaterThan(6);
    let runs = 1;
    for (let faultAt = 1; faultAt <= faultPoints; faultAt++) {
      // Uncut first: where the fault struck and how many steps the session took with it.
      const { steps, faultStep } = await runOnce(t, faultAt, Number.POSITIVE_INFINITY);
      expect(faultStep, `fault point ${faultAt} was reached`).not.toBeNull();
      for (let crashAt = faultStep! + 1; crashAt <= steps; crashAt++) await runOnce(t, faultAt, crashAt);
      runs += 1 + Math.max(0, steps - faultStep!);
    }
    console.log(`crash-fs faults: ${faultPoints} fault points, ${runs} runs`);
  }, 180_000);
});
