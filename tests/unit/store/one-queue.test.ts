import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Backups } from '../../../electron/services/store/backups';
import { EntityFolder } from '../../../electron/services/store/entity-folder';
import { KeyedQueue } from '../../../electron/services/store/keyed-queue';
import type { CaseRecord } from '../../../shared/domain/case';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * Changes to one record never interleave: each runs its whole commit sequence (read, history
 * line, log line, summary) before the next starts, and the file rewrites the store schedules
 * run in the same per-record queue. Driven through the real services on a temp folder: many
 * changes to one case sent at once, with rewrites due after 1 ms and the log passing the length
 * that forces an immediate rewrite, then everything read back from disk.
 */

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();

const EVIDENCE = 60;
const NOTES = 60;
const WAVES = 6;

describe('one queue per record', () => {
  it('many concurrent changes to one case: every change kept, revisions strictly increasing, history in revision order', async () => {
    const workspaceDir = await tempDir();
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 1 });
    const org = await call(services, 'organisations:create', { name: 'Cyngor Sir Ŷnys Môn', type: 'local_authority', region: 'Wales' });
    const created = await call(services, 'cases:create', { organisationId: org.id });
    const base = created.revision;

    // Sent in bursts, as autosaves and additions arrive, with reads mixed in; between bursts the
    // rewrite due after 1 ms starts while the next burst's first changes are committing.
    const added: { record: CaseRecord; id: string }[] = [];
    const noted: CaseRecord[] = [];
    for (let wave = 0; wave < WAVES; wave++) {
      const evidence = Array.from({ length: EVIDENCE / WAVES }, (_, i) =>
        call(services, 'cases:addEvidence', {
          caseId: created.id,
          draft: { kind: 'document', source: `source ŵ ${wave * (EVIDENCE / WAVES) + i}` },
        }),
      );
      const notes = Array.from({ length: NOTES / WAVES }, (_, i) =>
        call(services, 'cases:updateAssessment', { caseId: created.id, patch: { communityNote: `note ${wave}.${i}` } }),
      );
      const reads = Array.from({ length: 3 }, () => call(services, 'cases:get', { id: created.id }));
      added.push(...(await Promise.all(evidence)));
      noted.push(...(await Promise.all(notes)));
      await Promise.all(reads);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }

    // Every change got its own revision, with no gap: none read a record another was changing.
    const answers: { revision: number; record: CaseRecord }[] = [
      ...added.map(({ record }) => ({ revision: record.revision, record })),
      ...noted.map((record) => ({ revision: record.revision, record })),
    ];
    const revisions = answers.map((a) => a.revision).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: EVIDENCE + NOTES }, (_, i) => base + 1 + i));

    // Each answer holds exactly the evidence of the changes before it, and its own last.
    const addedByRevision = [...added].sort((a, b) => a.record.revision - b.record.revision);
    for (const { record } of answers) {
      const earlier = addedByRevision.filter((a) => a.record.revision <= record.revision).map((a) => a.id);
      expect(record.assessment.evidence.map((e) => e.id)).toEqual(earlier);
    }
    const newestNote = [...noted].sort((a, b) => b.revision - a.revision)[0].assessment.communityNote;

    // Read back from disk by a fresh open: every change is there, in revision order.
    await services.close();
    const again = await openWorkspace({ workspaceDir, checkpointIdleMs: 1 });
    expect((await call(again, 'workspace:info')).notices).toEqual([]);
    const stored = await call(again, 'cases:get', { id: created.id });
    expect(stored.revision).toBe(base + EVIDENCE + NOTES);
    expect(stored.assessment.evidence.map((e) => e.id)).toEqual(addedByRevision.map((a) => a.id));
    expect(stored.assessment.evidence.map((e) => e.source).sort()).toEqual(added.map((_, i) => `source ŵ ${i}`).sort());
    expect(stored.assessment.communityNote).toBe(newestNote);

    // The history: one line per evidence added, in the order of the revisions they name.
    const history = await call(again, 'cases:history', { id: created.id });
    const named = history.map((line) => line.details?.revision as number);
    for (let i = 1; i < named.length; i++) expect(named[i]).toBeGreaterThan(named[i - 1]);
    const evidenceLines = history.filter((line) => line.kind === 'case.evidence.added');
    expect(evidenceLines.map((line) => line.details?.id)).toEqual(addedByRevision.map((a) => a.id));
    expect(evidenceLines.map((line) => line.details?.revision)).toEqual(addedByRevision.map((a) => a.record.revision));
    expect((await call(again, 'cases:verifyJournal', { id: created.id })).ok).toBe(true);
  });

  it('the rewrite the folder schedules waits for the record’s turn in the same queue', async () => {
    const dir = await tempDir();
    /** The record's queue, counting what is queued on it. */
    class Watched extends KeyedQueue {
      queued = 0;
      override run<T>(key: string, task: () => Promise<T>): Promise<T> {
        this.queued += 1;
        return super.run(key, task);
      }
    }
    const queue = new Watched();
    const schema = z.object({ schemaVersion: z.literal(1), revision: z.number().int(), title: z.string() });
    const things = new EntityFolder({
      workspaceDir: dir,
      folder: 'things',
      schema,
      currentVersion: 1,
      backups: new Backups(dir),
      notify: () => undefined,
      noun: 'thing',
      revision: (t) => t.revision,
      idleMs: 1,
      queue,
    });
    await mkdir(path.join(dir, 'things'));
    const onDisk = async () => (JSON.parse(await readFile(path.join(dir, 'things', 'a.json'), 'utf8')) as { revision: number }).revision;
    await things.create('a', { schemaVersion: 1, revision: 0, title: 'start' });
    // A change of the record holds its turn (as a change between its history line and its log line would).
    let release = () => undefined as void;
    const holding = queue.run('a', () => new Promise<void>((resolve) => (release = resolve)));
    await things.appendChange(
      'a',
      {
        revision: 1,
        ops: [
          { p: ['revision'], v: 1 },
          { p: ['title'], v: 'one' },
        ],
      },
      { schemaVersion: 1, revision: 1, title: 'one' },
    );
    things.rewriteWhenDue('a');
    await vi.waitFor(() => expect(queue.queued).toBe(2));
    // The rewrite is due and queued, but not run while the record's turn is held.
    expect(await onDisk()).toBe(0);
    release();
    await holding;
    await vi.waitFor(async () => expect(await onDisk()).toBe(1));
  });
});
