import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Backups } from '../../../electron/services/store/backups';
import { openDocument, type DocumentSpec } from '../../../electron/services/store/document';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { AppError } from '../../../shared/result';
import { MINUTE, TestClock } from '../helpers/clock';
import { FaultyFs } from '../helpers/faulty-fs';
import { DAMAGED_FILE, TEMP_FILE, namesMatching, snapshotTree } from '../helpers/files';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();

// A tiny document type of its own, so these tests pin the store's behaviour, not casebook.json's.
const notesSchema = z.object({ schemaVersion: z.literal(2), notes: z.array(z.string()) });
type Notes = z.output<typeof notesSchema>;
const FILE = 'notes.json';
const BACKUP_FOLDER = path.join('backups', FILE);

interface Harness {
  dir: string;
  clock: TestClock;
  backups: Backups;
  notices: Notice[];
  spec: DocumentSpec<typeof notesSchema>;
  file: string;
}

async function harness(fs?: FaultyFs): Promise<Harness> {
  const dir = await tempDir();
  const clock = new TestClock();
  const backups = new Backups(dir, clock.now);
  const notices: Notice[] = [];
  const spec: DocumentSpec<typeof notesSchema> = {
    workspaceDir: dir,
    relativeFile: FILE,
    schema: notesSchema,
    currentVersion: 2,
    create: () => ({ schemaVersion: 2, notes: [] }),
    migrations: { 1: (raw) => ({ notes: raw.lines }) },
    backups,
    notify: (notice) => notices.push(notice),
    fs: fs?.fs,
  };
  return { dir, clock, backups, notices, spec, file: path.join(dir, FILE) };
}

const json = (data: unknown) => JSON.stringify(data, null, 2);
const readJson = async (file: string): Promise<unknown> => JSON.parse(await readFile(file, 'utf8'));
const notes = (...items: string[]): Notes => ({ schemaVersion: 2, notes: items });

describe('openDocument', () => {
  it('creates the file with defaults when it is missing', async () => {
    const h = await harness();

    const doc = await openDocument(h.spec);

    expect(doc.data).toEqual(notes());
    expect(await readJson(h.file)).toEqual(notes());
    expect(h.notices).toEqual([]);
  });

  it('round-trips: what update saved is what the next open reads', async () => {
    const h = await harness();
    const doc = await openDocument(h.spec);

    const returned = await doc.update((data) => {
      data.notes.push('first', 'second');
      return data.notes.length;
    });

    expect(returned).toBe(2);
    expect((await openDocument(h.spec)).data).toEqual(notes('first', 'second'));
  });

  it('migrates an older schema version on open', async () => {
    const h = await harness();
    await writeFile(h.file, json({ schemaVersion: 1, lines: ['old'] }));

    expect((await openDocument(h.spec)).data).toEqual(notes('old'));
  });

  it('refuses a file from a newer Casebook, and leaves the whole workspace untouched', async () => {
    const h = await harness();
    await writeFile(h.file, json({ schemaVersion: 3, notes: ['from the future'] }));
    const before = await snapshotTree(h.dir);

    const error = await openDocument(h.spec).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'unsupported', message: expect.stringContaining('newer Casebook') });
    expect(await snapshotTree(h.dir)).toEqual(before);
    expect(h.notices).toEqual([]);
  });
});

describe('openDocument on a damaged file', () => {
  const damagedCases = [
    { kind: 'invalid JSON', bytes: '{"schemaVersion": 2, "notes": ["half a wri' },
    { kind: 'JSON failing the schema', bytes: json({ schemaVersion: 2, notes: [42] }) },
    { kind: 'an empty file', bytes: '' },
  ];

  it.each(damagedCases)('$kind: moves it aside and restores the newest valid backup', async ({ bytes }) => {
    const h = await harness();
    await h.backups.snapshot(FILE, json(notes('older backup')));
    h.clock.advance(MINUTE);
    await h.backups.snapshot(FILE, json(notes('newest valid backup')));
    h.clock.advance(MINUTE);
    await h.backups.snapshot(FILE, '{ "this backup": is damaged too');
    await writeFile(h.file, bytes);

    const doc = await openDocument(h.spec);

    expect(doc.data).toEqual(notes('newest valid backup'));
    expect(await readJson(h.file)).toEqual(notes('newest valid backup'));
    const [aside] = await namesMatching(h.dir, DAMAGED_FILE);
    expect(aside).toMatch(/^notes\.json\.damaged-/);
    expect(await readFile(path.join(h.dir, aside), 'utf8')).toBe(bytes);
    expect(h.notices).toEqual([
      {
        level: 'warning',
        message: expect.stringContaining(aside),
        key: 'fileDamagedRestored',
        values: { file: 'notes.json', aside, takenAt: '2025-03-01T09:01:00.000Z' },
      },
    ]);
    expect(h.notices[0].message).toContain('2025-03-01T09:01:00.000Z');
  });

  it('with no valid backup: starts from defaults, keeps the damaged file, and says so as an error', async () => {
    const h = await harness();
    await writeFile(h.file, 'not json at all');

    const doc = await openDocument(h.spec);

    expect(doc.data).toEqual(notes());
    expect(await readJson(h.file)).toEqual(notes());
    const [aside] = await namesMatching(h.dir, DAMAGED_FILE);
    expect(await readFile(path.join(h.dir, aside), 'utf8')).toBe('not json at all');
    expect(h.notices).toEqual([
      { level: 'error', message: expect.stringContaining(aside), key: 'fileDamagedNoBackup', values: { file: 'notes.json', aside } },
    ]);
  });

  describe('when damage happens twice within the same millisecond', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('never overwrites an earlier damaged file', async () => {
      const h = await harness();
      // Freeze Date so both recoveries get the same timestamp: the aside name must still differ.
      vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-03-01T09:00:00Z') });

      await writeFile(h.file, 'first damage');
      await openDocument(h.spec);
      await writeFile(h.file, 'second damage');
      await openDocument(h.spec);

      const asides = await namesMatching(h.dir, DAMAGED_FILE);
      const contents = await Promise.all(asides.map((name) => readFile(path.join(h.dir, name), 'utf8')));
      expect(contents.sort()).toEqual(['first damage', 'second damage']);
    });
  });
});

describe('Document.update when the disk is full', () => {
  it('rejects with disk_full, rolls back memory, and leaves the old file on disk', async () => {
    const faulty = new FaultyFs();
    const h = await harness(faulty);
    const doc = await openDocument(h.spec);
    await doc.update((data) => data.notes.push('saved'));
    const onDisk = await readFile(h.file, 'utf8');

    faulty.failAt('ENOSPC', 'writeFile');
    const error = await doc.update((data) => data.notes.push('lost')).catch((e: unknown) => e);

    // The failed save, then the best-effort rewrite of the saved text (which fails on a full disk too).
    expect(faulty.injected).toBe(2);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'disk_full' });
    expect(doc.data).toEqual(notes('saved'));
    expect(await readFile(h.file, 'utf8')).toBe(onDisk);
    expect(await namesMatching(h.dir, TEMP_FILE)).toEqual([]);

    // Once there is room again, the next save must not resurrect the rolled-back change.
    faulty.heal();
    await doc.update((data) => data.notes.push('after'));
    expect(await readJson(h.file)).toEqual(notes('saved', 'after'));
  });

  it('rolls back every one of several overlapping updates that failed', async () => {
    const faulty = new FaultyFs();
    const h = await harness(faulty);
    const doc = await openDocument(h.spec);
    await doc.update((data) => data.notes.push('saved'));

    // Two saves in flight at once, as two quick clicks in the renderer would cause.
    faulty.failAt('ENOSPC', 'sync');
    const results = await Promise.allSettled([
      doc.update((data) => data.notes.push('lost 1')),
      doc.update((data) => data.notes.push('lost 2')),
    ]);

    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(doc.data).toEqual(notes('saved'));
    faulty.heal();
    await doc.update((data) => data.notes.push('after'));
    expect(await readJson(h.file)).toEqual(notes('saved', 'after'));
  });

  it('when the first of two overlapping saves fails and the second succeeds, memory matches the disk', async () => {
    const faulty = new FaultyFs();
    const h = await harness(faulty);
    const doc = await openDocument(h.spec);

    faulty.failAt('ENOSPC', 'writeFile', 1);
    const [first, second] = await Promise.allSettled([
      doc.update((data) => data.notes.push('first')),
      doc.update((data) => data.notes.push('second')),
    ]);

    expect([first.status, second.status]).toEqual(['rejected', 'fulfilled']);
    // The second save wrote a snapshot that already held the first change; what matters is that
    // the acknowledged change is on disk and memory does not drift from the disk.
    expect(await readJson(h.file)).toEqual(doc.data);
    expect(doc.data.notes).toContain('second');
  });

  it('keeps every overlapping update that succeeded, in order', async () => {
    const h = await harness();
    const doc = await openDocument(h.spec);

    await Promise.all(['a', 'b', 'c', 'd'].map((item) => doc.update((data) => data.notes.push(item))));

    expect(doc.data).toEqual(notes('a', 'b', 'c', 'd'));
    expect(await readJson(h.file)).toEqual(notes('a', 'b', 'c', 'd'));
  });
});

describe('Backups', () => {
  it('keeps at most 10 snapshots, the newest ones', async () => {
    const h = await harness();
    const doc = await openDocument(h.spec);

    for (let i = 1; i <= 15; i++) {
      h.clock.advance(11 * MINUTE);
      await doc.update((data) => data.notes.push(`edit ${i}`));
    }

    const folder = path.join(h.dir, BACKUP_FOLDER);
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(10);
    // Each snapshot is named by the injected clock: the newest one is from the 15th edit.
    expect(names.at(-1)).toBe(`${h.clock.now().toISOString().replaceAll(':', '-')}.json`);
    expect(await readJson(path.join(folder, names.at(-1) ?? ''))).toEqual(doc.data);
    expect(await readJson(path.join(folder, names[0]))).toMatchObject({ notes: expect.arrayContaining(['edit 6']) });
  });

  it('reopening an unchanged file adds no copy of it, so the older, different snapshots stay', async () => {
    const h = await harness();
    const doc = await openDocument(h.spec);
    h.clock.advance(11 * MINUTE);
    await doc.update((data) => data.notes.push('before'));
    h.clock.advance(11 * MINUTE);
    await doc.update((data) => data.notes.push('after'));
    const folder = path.join(h.dir, BACKUP_FOLDER);
    const before = (await readdir(folder)).sort();
    expect(before).toHaveLength(2);

    // Twelve opens of the same file, each by a new Casebook (a new Backups), hours apart.
    for (let i = 0; i < 12; i++) {
      h.clock.advance(60 * MINUTE);
      await openDocument({ ...h.spec, backups: new Backups(h.dir, h.clock.now) });
    }
    expect((await readdir(folder)).sort()).toEqual(before);

    // A file changed outside this Casebook (say, a restored copy) is snapshotted at the next open.
    await writeFile(h.file, json(notes('before', 'after', 'restored elsewhere')));
    h.clock.advance(60 * MINUTE);
    await openDocument({ ...h.spec, backups: new Backups(h.dir, h.clock.now) });
    const names = (await readdir(folder)).sort();
    expect(names).toHaveLength(3);
    expect(await readJson(path.join(folder, names.at(-1)!))).toMatchObject({ notes: ['before', 'after', 'restored elsewhere'] });
  });

  it('does not snapshot again within ten minutes', async () => {
    const h = await harness();
    const doc = await openDocument(h.spec);
    h.clock.advance(11 * MINUTE);
    await doc.update((data) => data.notes.push('one'));

    h.clock.advance(5 * MINUTE);
    await doc.update((data) => data.notes.push('two'));

    expect(await readdir(path.join(h.dir, BACKUP_FOLDER))).toHaveLength(1);
  });
});

describe('recovery edges', () => {
  it('a change that throws part-way leaves memory as it was on disk', async () => {
    const h = await harness();
    const doc = await openDocument(h.spec);
    await doc.update((d) => d.notes.push('kept'));
    await expect(
      doc.update((d) => {
        d.notes.push('half-made');
        throw new Error('bug in a change');
      }),
    ).rejects.toThrow('bug in a change');
    expect(doc.data).toEqual(notes('kept'));
    await doc.update((d) => d.notes.push('next'));
    expect(await readJson(h.file)).toEqual(notes('kept', 'next'));
  });

  it('a missing file that has backups is restored from the newest, with a warning', async () => {
    const h = await harness();
    const doc = await openDocument(h.spec);
    await doc.update((d) => d.notes.push('precious'));
    await h.backups.snapshot(FILE, json(doc.data));
    const { unlink } = await import('node:fs/promises');
    await unlink(h.file);

    const reopened = await openDocument(h.spec);

    expect(reopened.data).toEqual(notes('precious'));
    expect(h.notices.map((n) => n.level)).toEqual(['warning']);
    expect(h.notices[0].message).toContain('missing');
  });
});
