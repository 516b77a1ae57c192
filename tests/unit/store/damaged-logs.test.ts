import { access, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Backups } from '../../../electron/services/store/backups';
import type { FsLike } from '../../../electron/services/store/durable-file';
import { EntityFolder } from '../../../electron/services/store/entity-folder';
import { settleLogs } from '../../../electron/services/store/entity-recovery';
import { KeyedQueue } from '../../../electron/services/store/keyed-queue';
import { salvage, type LogLine } from '../../../electron/services/store/record-log';
import { replay } from '../../../electron/services/store/replay';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { errnoError } from '../helpers/faulty-fs';
import { expectConsistent } from '../helpers/invariants';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * A log is never discarded while it holds an acknowledged change: every way a log can be
 * damaged, gapped or orphaned ends with the lines that could be replayed in the record and the
 * whole log kept beside it (`<id>.wal.damaged-…` / `.orphaned-…`), readable by salvage(), and a
 * notice. Run on a small record type through the real EntityFolder on temp folders.
 */

const tempDir = useTempDirs();
const schema = z.object({ schemaVersion: z.literal(1), revision: z.number().int(), title: z.string() });
type Thing = z.output<typeof schema>;
const line = (revision: number, title: string, v?: number): LogLine => ({
  revision,
  ops: [
    { p: ['title'], v: title },
    { p: ['revision'], v: revision },
  ],
  ...(v ? { v } : {}),
});
const text = (...lines: (LogLine | string)[]) => lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n';

async function setup(fs?: FsLike) {
  const dir = await tempDir();
  const notices: Notice[] = [];
  const make = () =>
    new EntityFolder({
      workspaceDir: dir,
      folder: 'things',
      schema,
      currentVersion: 1,
      backups: new Backups(dir),
      notify: (n) => notices.push(n),
      noun: 'thing',
      queue: new KeyedQueue(),
      revision: (t: Thing) => t.revision,
      idleMs: 3_600_000,
      fs,
    });
  await mkdir(path.join(dir, 'things'), { recursive: true });
  const file = (name: string) => path.join(dir, 'things', name);
  const aside = async () => (await readdir(path.join(dir, 'things'))).filter((n) => /\.wal\.(damaged|orphaned)-/.test(n));
  return { dir, notices, make, file, aside };
}

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('damaged, gapped and orphaned logs are set aside, never deleted', () => {
  it('a damaged line in the middle: the lines before it are replayed, the whole log is kept and every line can be salvaged', async () => {
    const { make, file, aside, notices } = await setup();
    await writeFile(file('a.json'), JSON.stringify({ schemaVersion: 1, revision: 0, title: 'start' }));
    const log = text(line(1, 'one'), line(2, 'two'), '{"revision":3,"ops":[{"p":["tit', line(4, 'four'), line(5, 'five'));
    await writeFile(file('a.wal'), log);
    const things = make();
    await settleLogs(things);
    expect((await things.get('a')).data).toEqual({ schemaVersion: 1, revision: 2, title: 'two' });
    // The record's file holds what was replayed; the log is gone from its place but kept whole.
    expect(JSON.parse(await readFile(file('a.json'), 'utf8'))).toMatchObject({ revision: 2 });
    expect(await exists(file('a.wal'))).toBe(false);
    const [kept] = await aside();
    expect(kept).toMatch(/^a\.wal\.damaged-/);
    expect(await readFile(file(kept), 'utf8')).toBe(log);
    const salvaged = await salvage(file(kept));
    expect(salvaged.damaged).toBe(1);
    expect(salvaged.lines.map((l) => l.revision)).toEqual([1, 2, 4, 5]);
    // Recoverable: once the damaged change is redone, the lines after it replay exactly.
    const redone = { schemaVersion: 1, revision: 3, title: 'three' };
    expect(replay(redone, salvaged.lines, (t) => t.revision).doc).toEqual({ schemaVersion: 1, revision: 5, title: 'five' });
    expect(notices).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining(kept) })]);
    expect(notices[0].message).toContain('1 damaged line');
    // The interface words it from its key and values, in the reader's language.
    expect(notices[0]).toMatchObject({ key: 'logDamagedLines', values: { kind: 'thing', count: '1', aside: `things/${kept}` } });
    // The record goes on: a new change starts a new log, and a reopen holds it.
    await things.appendChange('a', line(3, 'after'), { schemaVersion: 1, revision: 3, title: 'after' });
    await things.rewriteAll();
    expect(await make().readStored('a')).toEqual({ schemaVersion: 1, revision: 3, title: 'after' });
  });

  it('lines beyond a gap (a partial replay) are set aside, the lines before it replayed', async () => {
    const { make, file, aside, notices } = await setup();
    await writeFile(file('a.json'), JSON.stringify({ schemaVersion: 1, revision: 0, title: 'start' }));
    await writeFile(file('a.wal'), text(line(1, 'one'), line(2, 'two'), line(4, 'four'), line(5, 'five')));
    const things = make();
    expect((await things.get('a')).data.revision).toBe(2);
    const [kept] = await aside();
    expect((await salvage(file(kept))).lines.map((l) => l.revision)).toEqual([1, 2, 4, 5]);
    expect(notices[0].message).toContain('2 change(s) that do not follow');
    expect(notices[0]).toMatchObject({ key: 'logUnfollowedChanges', values: { kind: 'thing', count: '2', aside: `things/${kept}` } });
  });

  it('a log that does not follow its file at all (the file came back from an older backup) is set aside whole', async () => {
    const { make, file, aside } = await setup();
    await writeFile(file('a.json'), JSON.stringify({ schemaVersion: 1, revision: 0, title: 'old backup' }));
    const log = text(line(7, 'seven'), line(8, 'eight'));
    await writeFile(file('a.wal'), log);
    const things = make();
    expect((await things.get('a')).data).toEqual({ schemaVersion: 1, revision: 0, title: 'old backup' });
    expect(await readFile(file((await aside())[0]), 'utf8')).toBe(log);
  });

  it('a log whose record file is missing and has no backup is set aside as orphaned, with a notice, and nothing is created', async () => {
    const { make, file, aside, notices } = await setup();
    const log = text(line(1, 'one'), line(2, 'two'));
    await writeFile(file('lost.wal'), log);
    const things = make();
    await settleLogs(things);
    expect(await exists(file('lost.json'))).toBe(false);
    const [kept] = await aside();
    expect(kept).toMatch(/^lost\.wal\.orphaned-/);
    expect((await salvage(file(kept))).lines).toHaveLength(2);
    expect(notices).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining(kept) })]);
    expect(notices[0]).toMatchObject({ key: 'logOrphaned', values: { kind: 'thing', file: 'things/lost.json', aside: `things/${kept}` } });
    expect((await things.log.setAsideFiles()).map((f) => f.id)).toEqual(['lost']);
  });

  it('a log whose record file is missing but backed up: the backup is restored and the log replayed onto it', async () => {
    const { dir, make, file, aside, notices } = await setup();
    await new Backups(dir).snapshot('things/a.json', JSON.stringify({ schemaVersion: 1, revision: 1, title: 'backed up' }));
    await writeFile(file('a.wal'), text(line(1, 'one'), line(2, 'two'), line(3, 'three')));
    const things = make();
    await settleLogs(things);
    expect(await things.readStored('a')).toEqual({ schemaVersion: 1, revision: 3, title: 'three' });
    expect(await aside()).toEqual([]);
    expect(notices.map((n) => n.message).join(' ')).toContain('was missing, so the backup');
  });

  it('a log left by a deletion (the moved file holds every line) is removed quietly, and the record stays deleted', async () => {
    const { dir, make, file, aside, notices } = await setup();
    await mkdir(path.join(dir, 'backups', 'deleted'), { recursive: true });
    await writeFile(
      path.join(dir, 'backups', 'deleted', 'things-a-1.json'),
      JSON.stringify({ schemaVersion: 1, revision: 2, title: 'two' }),
    );
    await new Backups(dir).snapshot('things/a.json', JSON.stringify({ schemaVersion: 1, revision: 1, title: 'one' }));
    await writeFile(file('a.wal'), text(line(1, 'one'), line(2, 'two')));
    const things = make();
    await settleLogs(things);
    expect(await exists(file('a.wal'))).toBe(false);
    expect(await exists(file('a.json'))).toBe(false);
    expect(await aside()).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('log lines written against an older schema are replayed in that shape, then migrated', async () => {
    const dir = await tempDir();
    const v2 = z.object({ schemaVersion: z.literal(2), revision: z.number().int(), heading: z.string() });
    const things = new EntityFolder({
      workspaceDir: dir,
      folder: 'things',
      schema: v2,
      currentVersion: 2,
      migrations: { 1: ({ title, ...rest }) => ({ ...rest, heading: title }) },
      backups: new Backups(dir),
      notify: () => undefined,
      noun: 'thing',
      queue: new KeyedQueue(),
      revision: (t: { revision: number }) => t.revision,
    });
    await mkdir(path.join(dir, 'things'));
    await writeFile(path.join(dir, 'things', 'a.json'), JSON.stringify({ schemaVersion: 1, revision: 0, title: 'old' }));
    // One line from before versions were kept (no v: schema 1), one that says v 1.
    await writeFile(path.join(dir, 'things', 'a.wal'), text(line(1, 'typed before the update'), line(2, 'and again', 1)));
    expect(await things.readStored('a')).toEqual({ schemaVersion: 2, revision: 2, heading: 'and again' });
    expect((await things.get('a')).data).toEqual({ schemaVersion: 2, revision: 2, heading: 'and again' });
    await things.appendChange(
      'a',
      {
        revision: 3,
        ops: [
          { p: ['heading'], v: 'new shape' },
          { p: ['revision'], v: 3 },
        ],
      },
      { schemaVersion: 2, revision: 3, heading: 'new shape' },
    );
    expect(JSON.parse((await readFile(path.join(dir, 'things', 'a.wal'), 'utf8')).trim())).toMatchObject({ revision: 3, v: 2 });
    await things.rewriteAll();
  });
});

describe('the edges of the commit point', () => {
  it('a failed append whose undo also fails blocks the next append until the stray line is cut: no two lines share a revision', async () => {
    let failSync = false;
    let failCut = false;
    const fs: FsLike = {
      ...nodeFs,
      open: async (file, flags, mode) => {
        if (flags === 'r+' && failCut) throw errnoError('EIO', 'open');
        const handle = await nodeFs.open(file, flags, mode);
        if (!failSync || flags !== 'a') return handle;
        return Object.assign(Object.create(handle) as typeof handle, {
          writeFile: (data: string) => handle.writeFile(data, 'utf8'),
          sync: async () => {
            throw errnoError('EIO', 'fsync');
          },
          close: () => handle.close(),
        });
      },
    };
    const { make, file } = await setup(fs);
    const things = make();
    await things.create('a', { schemaVersion: 1, revision: 0, title: 'start' });
    failSync = true;
    failCut = true;
    await expect(
      things.appendChange('a', line(1, 'never acknowledged'), { schemaVersion: 1, revision: 1, title: 'never acknowledged' }),
    ).rejects.toMatchObject({ code: 'io_error' });
    failSync = false;
    // The stray line is still there and cannot be cut: the next change is refused, not logged after it.
    await expect(
      things.appendChange('a', line(1, 'acknowledged'), { schemaVersion: 1, revision: 1, title: 'acknowledged' }),
    ).rejects.toBeTruthy();
    expect((await readFile(file('a.wal'), 'utf8')).match(/"revision":1/g)).toHaveLength(1);
    failCut = false;
    await things.appendChange('a', line(1, 'acknowledged'), { schemaVersion: 1, revision: 1, title: 'acknowledged' });
    const lines = (await readFile(file('a.wal'), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(await make().readStored('a')).toEqual({ schemaVersion: 1, revision: 1, title: 'acknowledged' });
  });

  it('no snapshot timer runs after close, even one whose snapshot was failing at that moment (nothing writes once the lock is released)', async () => {
    let renames = 0;
    let failRename = false;
    let inFlight: (() => void) | null = null;
    const fs: FsLike = {
      ...nodeFs,
      rename: async (from, to) => {
        renames += 1;
        if (!failRename) return nodeFs.rename(from, to);
        // The first failing rename waits until the test lets it fail, so close lands mid-snapshot.
        if (renames === 2) await new Promise<void>((resolve) => (inFlight = resolve));
        throw errnoError('EIO', 'rename');
      },
    };
    const dir = await tempDir();
    const things = new EntityFolder({
      workspaceDir: dir,
      folder: 'things',
      schema,
      currentVersion: 1,
      backups: new Backups(dir),
      notify: () => undefined,
      noun: 'thing',
      queue: new KeyedQueue(),
      revision: (t: Thing) => t.revision,
      idleMs: 5,
      fs,
    });
    await things.create('a', { schemaVersion: 1, revision: 0, title: 'start' });
    expect(renames).toBe(1);
    failRename = true;
    await things.appendChange('a', line(1, 'one'), { schemaVersion: 1, revision: 1, title: 'one' });
    things.rewriteWhenDue('a');
    await vi.waitFor(() => expect(inFlight).not.toBeNull());
    const closing = things.rewriteAll();
    (inFlight as unknown as () => void)();
    await closing;
    const after = renames;
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(renames, 'a retry timer wrote after close').toBe(after);
    // Nothing was lost: the log still holds the change.
    expect(await things.readStored('a')).toMatchObject({ revision: 1, title: 'one' });
  });
});

describe('a listed case whose file went missing (a sync client, antivirus quarantine)', () => {
  const openWorkspace = useWorkspaces();

  async function caseWithBackup(workspaceDir: string) {
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const org = await call(services, 'organisations:create', { name: 'Cyngor Gwynedd', type: 'local_authority', region: 'Wales' });
    const created = await call(services, 'cases:create', { organisationId: org.id });
    await call(services, 'cases:updateActionPlan', { caseId: created.id, patch: { analysisOfNeed: 'Dŵr a thŷ' } });
    await services.close();
    return created.id;
  }

  it('is restored from its newest backup, still listed, and the user told', async () => {
    const workspaceDir = await tempDir();
    const id = await caseWithBackup(workspaceDir);
    expect(await readdir(path.join(workspaceDir, 'backups'))).toContain(`cases__${id}.json`);
    await rm(path.join(workspaceDir, 'cases', `${id}.json`));
    const services = await openWorkspace({ workspaceDir });
    expect((await call(services, 'cases:list')).map((c) => c.id)).toEqual([id]);
    expect((await call(services, 'cases:get', { id })).organisationName).toBe('Cyngor Gwynedd');
    expect(services.context.notices.map((n) => n.message).join(' ')).toContain('was missing, so the backup');
    await expectConsistent(services);
  });

  it('with no backup and no log it is reported as needing recovery, by name', async () => {
    const workspaceDir = await tempDir();
    const id = await caseWithBackup(workspaceDir);
    await rm(path.join(workspaceDir, 'cases', `${id}.json`));
    await rm(path.join(workspaceDir, 'backups', `cases__${id}.json`), { recursive: true });
    const services = await openWorkspace({ workspaceDir });
    expect(services.context.notices).toEqual([
      expect.objectContaining({ level: 'error', message: expect.stringContaining('“Cyngor Gwynedd”') }),
    ]);
    expect(services.context.notices[0].message).toContain('needs recovery');
    expect(services.context.notices[0]).toMatchObject({
      key: 'recordMissing',
      values: { kind: 'case', name: 'Cyngor Gwynedd', file: `cases/${id}.json` },
    });
  });
});
