import fc from 'fast-check';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CaseStore } from '../../../electron/services/cases/case-store';
import type { CaseRecord } from '../../../shared/domain/case';
import { bundleScript, helperScript } from '../helpers/bundle';
import { ScriptChild } from '../helpers/child';
import { expectConsistent } from '../helpers/invariants';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * The write-ahead log: an acknowledged change is a fsynced log line, the case file is rewritten
 * only later, and the case's state is always its file plus the newer log lines.
 */

const tempDir = useTempDirs('all');
const openWorkspace = useWorkspaces();
const HOUR = 3_600_000;
const clock = () => new Date('2026-03-02T10:00:00.000Z');

describe('autosave through the write-ahead log', () => {
  let child: string;
  beforeAll(async () => {
    child = await bundleScript(helperScript('autosave-child.ts'), await tempDir('log-bundle'));
  });

  it('does not rewrite the case file on each change, and a reopen after SIGKILL replays every acknowledged one', async () => {
    const workspaceDir = await tempDir('log-kill');
    const saves = 25;
    const run = new ScriptChild(child, [workspaceDir, String(saves)]);
    let before: { mtimeMs: number; size: number };
    let id: string;
    try {
      id = (await run.waitForLine(/^READY /, 30_000)).split(' ')[1];
      const file = path.join(workspaceDir, 'cases', `${id}.json`);
      before = await stat(file);
      await run.waitForLine(/^DONE$/, 30_000);
      const after = await stat(file);
      // Every save was acknowledged, and the file is the one written at create.
      expect({ mtimeMs: after.mtimeMs, size: after.size }).toEqual({ mtimeMs: before.mtimeMs, size: before.size });
      expect((await stat(path.join(workspaceDir, 'cases', `${id}.wal`))).size).toBeGreaterThan(0);
    } finally {
      expect(await run.kill('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    }
    const acked = run.lines.filter((l) => l.startsWith('ACK ')).map((l) => Number(l.split(' ')[2]));
    expect(acked).toHaveLength(saves);
    const services = await openWorkspace({ workspaceDir });
    await expectConsistent(services);
    const record = await call(services, 'cases:get', { id });
    expect(record.actionPlan.analysisOfNeed).toBe(`typed ${saves}`);
    expect(record.revision).toBe(acked[acked.length - 1]);
    // Open folded the log into the file.
    expect((await stat(path.join(workspaceDir, 'cases', `${id}.json`))).size).not.toBe(before.size);
  }, 60_000);
});

type Command =
  | { kind: 'note'; at: number; text: string }
  | { kind: 'analysis'; text: string }
  | { kind: 'add'; text: string }
  | { kind: 'remove'; at: number }
  | { kind: 'snapshot' }
  | { kind: 'crash' };

const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('note' as const), at: fc.nat(), text: fc.string({ maxLength: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('analysis' as const), text: fc.string({ maxLength: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), text: fc.string({ maxLength: 30 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'snapshot' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'crash' as const }) },
);

/** The change a command makes, applied the same way to the store's draft and to the model. */
function apply(c: CaseRecord, cmd: Command, n: number): void {
  const evidence = c.assessment.evidence;
  if (cmd.kind === 'note' && evidence.length) evidence[cmd.at % evidence.length].note = cmd.text;
  if (cmd.kind === 'analysis') c.actionPlan.analysisOfNeed = cmd.text;
  if (cmd.kind === 'add')
    evidence.push({
      id: `ev-${n}`,
      kind: 'document',
      source: 'Minutes',
      date: null,
      note: cmd.text,
      criteria: [],
      attachments: [],
      createdAt: clock().toISOString(),
    });
  if (cmd.kind === 'remove' && evidence.length) c.assessment.evidence = evidence.filter((_, i) => i !== cmd.at % evidence.length);
}

describe('snapshot + replayed log = the changes applied in memory', () => {
  it('holds for any sequence of changes, snapshots at random points and crashes (the store dropped unsaved)', async () => {
    const services = await openWorkspace({ workspaceDir: await tempDir('log-model'), clock, checkpointIdleMs: HOUR });
    await call(services, 'organisations:create', { name: 'Model Council', type: 'local_authority', region: 'London' });
    const [org] = await call(services, 'organisations:list');
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 14 }), async (commands) => {
        runs += 1;
        const created = await call(services, 'cases:create', { organisationId: org.id });
        let store = new CaseStore(services.context);
        const model = structuredClone(created);
        let n = 0;
        for (const cmd of commands) {
          n += 1;
          if (cmd.kind === 'snapshot') await store.commits.settle(created.id);
          else if (cmd.kind === 'crash')
            store = new CaseStore(services.context); // nothing written at "close"
          else {
            await store.mutate(created.id, (draft) => {
              apply(draft, cmd, n);
              return { note: null };
            });
            apply(model, cmd, n);
            model.revision += 1;
            model.updatedAt = clock().toISOString();
          }
        }
        // What another reader sees on disk now, then what a reopen after a crash holds.
        expect(await new CaseStore(services.context).folder.readStored(created.id)).toEqual(model);
        expect(await new CaseStore(services.context).get(created.id)).toEqual(model);
      }),
      { numRuns: 40 },
    );
    expect(runs).toBe(40);
  }, 120_000);
});
