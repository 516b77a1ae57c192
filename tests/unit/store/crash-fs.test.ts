import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../electron/services/index';
import { revisionOf } from '../../../electron/services/journal/repair';
import { salvage } from '../../../electron/services/store/record-log';
import { listWorkspaceBackups, restoreWorkspaceBackup } from '../../../electron/services/workspace/restore';
import type { CaseRecord } from '../../../shared/domain/case';
import { CrashFs } from '../helpers/crash-fs';
import { expectConsistent } from '../helpers/invariants';
import { call } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * Proves the order of fsyncs, which SIGKILL cannot (the page cache survives a kill): each
 * operation runs on a file system that forgets every write not yet fsynced (helpers/crash-fs.ts)
 * and the power is cut before its 1st, 2nd, … mutating call in turn, until one run finishes
 * uncut. After each cut the workspace is rebuilt as the disk would be found and opened, and
 * must pass the kill suite's invariants (lists equal the files, journals verify and claim no
 * change a record lacks, no temp file) and hold every change acknowledged before the cut.
 */

const tempDir = useTempDirs('all');
const HOUR = 3_600_000;
const exportFile = (dir: string) => path.join(path.dirname(dir), `${path.basename(dir)}.casebook-case`);
let sim: CrashFs | null = null;
afterEach(() => {
  sim?.uninstall();
  sim = null;
});

interface Template {
  dir: string;
  caseId: string;
  orgId: string;
}

const open = (dir: string, openAnyway = false) =>
  createServices({
    workspaceDir: dir,
    checkpointIdleMs: HOUR,
    openAnyway,
    shell: { saveFile: async () => exportFile(dir), pickFiles: async () => [exportFile(dir)] },
  });

/** The revisions a record's history (journal) has a line for. */
async function historyOf(services: Services, id: string): Promise<(number | null)[]> {
  return (await services.context.journals.read(id)).map(revisionOf);
}

async function analysis(services: Services, id: string): Promise<string | null> {
  const listed = (await call(services, 'cases:list')).some((c) => c.id === id);
  return listed ? (await call(services, 'cases:get', { id })).actionPlan.analysisOfNeed : null;
}

/** A workspace with one organisation and one case whose analysis says "saved before". */
async function template(): Promise<Template> {
  const dir = await tempDir('crashfs-template');
  const services = await open(dir);
  const org = await call(services, 'organisations:create', { name: 'Cyngor Sir Ddinbych', type: 'local_authority', region: 'Wales' });
  const created = await call(services, 'cases:create', { organisationId: org.id });
  await call(services, 'cases:updateActionPlan', { caseId: created.id, patch: { analysisOfNeed: 'saved before' } });
  await services.close();
  return { dir, caseId: created.id, orgId: org.id };
}

interface Scenario {
  /** Before the power can be cut (normal disk); returns the open workspace, if the step needs one. */
  before: (t: Template, dir: string) => Promise<Services | null>;
  /** The operation under test; calls `ack(label)` as each part of it is acknowledged. */
  run: (services: Services | null, t: Template, dir: string, ack: (label: string) => void) => Promise<void>;
  /** What must hold once the cut workspace is reopened, given what was acknowledged. */
  check: (services: Services, t: Template, acked: string[], dir: string) => Promise<void>;
  /** Looks at the disk as the cut left it, before the reopen; `done()` checks the counts over every cut. */
  afterCut?: (t: Template, dir: string) => Promise<void>;
  done?: () => void;
}

/** Cuts that left the damaged log in its place (the set-aside rename was lost), so the reopen redid it. */
let setAsideRedone = 0;

const scenarios: Record<string, Scenario> = {
  create: {
    before: async (_t, dir) => open(dir),
    run: async (services, t, _dir, ack) => {
      const created = await call(services!, 'cases:create', { organisationId: t.orgId });
      ack(created.id);
    },
    check: async (services, _t, acked) => {
      for (const id of acked) {
        expect((await call(services, 'cases:get', { id })).organisationName).toBe('Cyngor Sir Ddinbych');
        // A journalled change keeps its history line: "Case opened for…" at revision 0.
        expect(await historyOf(services, id), `case ${id} has the history line of its creation`).toContain(0);
      }
    },
  },
  autosave: {
    before: async (_t, dir) => open(dir),
    run: async (services, t, _dir, ack) => {
      for (const text of ['one', 'two', 'three']) {
        await call(services!, 'cases:updateActionPlan', { caseId: t.caseId, patch: { analysisOfNeed: text } });
        ack(text);
      }
    },
    check: async (services, t, acked) => {
      const order = ['saved before', 'one', 'two', 'three'];
      const last = order.indexOf(acked.at(-1) ?? 'saved before');
      // The acknowledged value, or the one in flight when the power went.
      expect(order.slice(last, last + 2)).toContain(await analysis(services, t.caseId));
      // "one" is the first change this process journals (later ones may coalesce into its line):
      // acknowledged, its history line (revision 2, after create and "saved before") is there.
      if (acked.includes('one')) expect(await historyOf(services, t.caseId), 'the history line of the first save').toContain(2);
    },
  },
  snapshot: {
    before: async (t, dir) => {
      const services = await open(dir);
      for (const text of ['one', 'two', 'three'])
        await call(services, 'cases:updateActionPlan', { caseId: t.caseId, patch: { analysisOfNeed: text } });
      return services;
    },
    // Close rewrites every record from its log (the snapshot), then releases the lock.
    run: async (services, _t, _dir, ack) => {
      await services!.close();
      ack('closed');
    },
    check: async (services, t) => {
      expect(await analysis(services, t.caseId)).toBe('three');
    },
  },
  delete: {
    before: async (_t, dir) => open(dir),
    run: async (services, t, _dir, ack) => {
      await call(services!, 'cases:delete', { id: t.caseId });
      ack('deleted');
    },
    check: async (services, t, acked, dir) => {
      const listed = await analysis(services, t.caseId);
      if (acked.length) expect(listed).toBeNull();
      if (listed === null) {
        // Deleted means moved, whole, into backups/deleted.
        const names = await readdir(path.join(dir, 'backups', 'deleted'));
        const kept = names.find((n) => n.startsWith(`cases-${t.caseId}-`));
        expect(kept, 'the deleted case is kept in backups/deleted').toBeDefined();
        expect(
          (JSON.parse(await readFile(path.join(dir, 'backups', 'deleted', kept!), 'utf8')) as CaseRecord).actionPlan.analysisOfNeed,
        ).toBe('saved before');
      } else expect(listed).toBe('saved before');
    },
  },
  'import-replace': {
    before: async (t, dir) => {
      const services = await open(dir);
      await call(services, 'cases:export', { id: t.caseId });
      await call(services, 'cases:updateActionPlan', { caseId: t.caseId, patch: { analysisOfNeed: 'typed after the export' } });
      return services;
    },
    run: async (services, _t, _dir, ack) => {
      const preview = await call(services!, 'cases:importPick');
      await call(services!, 'cases:importCommit', { token: preview!.token, mode: 'replace' });
      ack('replaced');
    },
    check: async (services, t, acked) => {
      const now = await analysis(services, t.caseId);
      if (acked.length) expect(now).toBe('saved before');
      else expect(['saved before', 'typed after the export']).toContain(now);
    },
  },
  // Open finds a log with a damaged line: the line before it is folded into the record, then the
  // whole log is renamed aside (record-log.ts setAside). A cut anywhere, including between the
  // rename and its folder fsync, must leave the acknowledged line in the record and every line
  // of the log on disk; the next open sets the log aside again if the rename was lost.
  'set-aside': {
    before: async (t, dir) => {
      const change = (revision: number, text: string) =>
        JSON.stringify({
          revision,
          v: 1,
          ops: [
            { p: ['actionPlan', 'analysisOfNeed'], v: text },
            { p: ['revision'], v: revision },
          ],
        });
      const log = [change(2, 'from the log'), '{"revision":3,"ops":[{"p":["act', change(4, 'beyond the damage')].join('\n');
      await writeFile(path.join(dir, 'cases', `${t.caseId}.wal`), `${log}\n`);
      return null;
    },
    run: async (_services, t, dir, ack) => {
      const services = await open(dir);
      await call(services, 'cases:get', { id: t.caseId });
      ack('opened');
    },
    check: async (services, t, _acked, dir) => {
      expect(await analysis(services, t.caseId)).toBe('from the log');
      const names = await readdir(path.join(dir, 'cases'));
      const aside = names.filter((n) => n.startsWith(`${t.caseId}.wal.damaged-`));
      expect(aside, 'the damaged log is set aside once').toHaveLength(1);
      const kept = await salvage(path.join(dir, 'cases', aside[0]));
      expect(
        kept.lines.map((l) => l.revision),
        'every whole line of the log can be salvaged',
      ).toEqual([2, 4]);
      expect(kept.damaged).toBe(1);
    },
    afterCut: async (t, dir) => {
      const left = await readFile(path.join(dir, 'cases', `${t.caseId}.wal`), 'utf8').catch(() => '');
      if (left.includes('beyond the damage')) setAsideRedone += 1;
    },
    // Proves the redo that makes the rename's folder fsync safe to lose: cuts after the rename
    // but before that fsync find the log back in place, and the checks above pass after reopening.
    done: () => {
      expect(setAsideRedone, 'some cuts lost the rename and the next open set the log aside again').toBeGreaterThan(0);
      console.log(`crash-fs set-aside: ${setAsideRedone} cuts left the log in place; the reopen set it aside`);
    },
  },
  restore: {
    before: async () => null,
    run: async (_services, _t, dir, ack) => {
      const [backup] = await listWorkspaceBackups(dir);
      await restoreWorkspaceBackup(dir, backup.id);
      ack(backup.id);
    },
    check: async (services, t, acked, dir) => {
      // Lists are rebuilt from the files, so the case is listed whichever casebook.json survived.
      expect(await analysis(services, t.caseId)).toBe('saved before');
      if (acked.length) expect((await readdir(dir)).some((n) => n.startsWith('casebook.json.replaced-'))).toBe(true);
      expect((await call(services, 'organisations:list')).length).toBeLessThanOrEqual(1);
    },
  },
};

/** Runs `scenario` with the power cut at step `crashAt`; returns how many steps it took and whether it finished. */
async function runOnce(t: Template, scenario: Scenario, crashAt: number): Promise<{ finished: boolean; steps: string[] }> {
  const dir = await tempDir('crashfs-run');
  await cp(t.dir, dir, { recursive: true });
  const services = await scenario.before(t, dir);
  sim = await CrashFs.start(dir, crashAt);
  const acked: string[] = [];
  let finished = false;
  try {
    await scenario.run(services, t, dir, (label) => acked.push(label));
    finished = !sim.crashed;
  } catch (error) {
    if (!sim.crashed) throw error;
  }
  const steps = sim.steps;
  await sim.crash();
  sim = null;
  await scenario.afterCut?.(t, dir);
  // The old process is gone: nothing of it runs again (its timers are an hour away and unref'd).
  const reopened = await open(dir, true);
  try {
    await expectConsistent(reopened);
    await scenario.check(reopened, t, acked, dir);
  } catch (error) {
    (error as Error).message +=
      `\n(power cut before step ${crashAt} of: ${steps.join(' → ')}; acknowledged: ${acked.join(', ') || 'nothing'})`;
    throw error;
  } finally {
    await reopened.close();
    await rm(dir, { recursive: true, force: true });
  }
  return { finished, steps };
}

describe('a power cut at every step leaves a workspace that opens whole, with every acknowledged change', () => {
  let shared: Template | null = null;
  const base = async () => (shared ??= await template());

  for (const [name, scenario] of Object.entries(scenarios)) {
    it(
      name,
      async () => {
        const t = await base();
        let crashAt = 1;
        for (; crashAt < 200; crashAt++) {
          const { finished } = await runOnce(t, scenario, crashAt);
          if (finished) break;
        }
        expect(crashAt, 'the operation finished within 200 steps').toBeLessThan(200);
        expect(crashAt, 'the operation wrote something').toBeGreaterThan(1);
        scenario.done?.();
        console.log(`crash-fs ${name}: ${crashAt - 1} steps, ${crashAt} runs`);
      },
      120_000,
    );
  }
});
