import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dispatch } from '../../../electron/services/dispatch';
import type { Services } from '../../../electron/services/index';
import { Backups } from '../../../electron/services/store/backups';
import { EntityFolder } from '../../../electron/services/store/entity-folder';
import { KeyedQueue } from '../../../electron/services/store/keyed-queue';
import { SetAsideLogs } from '../../../electron/services/store/set-aside';
import type { CaseRecord } from '../../../shared/domain/case';
import { expectConsistent } from '../helpers/invariants';
import { call, throwOnLog, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * Every way a write-ahead log is set aside (a damaged line, a gap, a missing record with or
 * without backups, lines of an older schema) ends with the file listed, previewed and recovered
 * through the real services on a temp folder, and the record then equal to what an independent
 * replay of the acknowledged lines says. The oracle reads the log with JSON.parse and applies its
 * "set this path" operations itself, never through the store's reader or patch code.
 */

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();

type Json = Record<string, unknown>;
interface RawLine {
  revision: number;
  ops: { p: (string | number)[]; v?: unknown }[];
}

/** The oracle: every whole line that JSON.parse accepts, in order. */
const readLines = (text: string): RawLine[] =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as RawLine];
      } catch {
        return [];
      }
    });

/** The oracle: applies each line's assignments to a deep copy of `doc`. */
function oracle(doc: Json, lines: RawLine[]): Json {
  const out = JSON.parse(JSON.stringify(doc)) as Json;
  for (const line of lines)
    for (const op of line.ops) {
      let node = out as Record<string | number, unknown>;
      for (const key of op.p.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const last = op.p[op.p.length - 1];
      if (op.v === undefined) delete node[last];
      else node[last] = op.v;
    }
  return out;
}

/** What a person sees of a case: all but its revision and change time. */
const content = (record: Json | CaseRecord) => {
  const { revision: _r, updatedAt: _u, ...rest } = record as Json;
  return rest;
};

const texts = ['Dŵr a thŷ', 'first draft', 'second — with “quotes”', 'fourth: ŵ ŷ â', 'fifth and last'];

/**
 * A case whose last changes are only in its write-ahead log, as a crash would leave it: the
 * snapshot file before the changes, and the log holding one line per change (`edit` may damage it).
 */
async function caseWithLog(edit: (lines: string[]) => string[], count = texts.length) {
  const workspaceDir = await tempDir();
  let services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
  const org = await call(services, 'organisations:create', { name: 'Cyngor Sir Ddinbych', type: 'local_authority', region: 'Wales' });
  const { id } = await call(services, 'cases:create', { organisationId: org.id });
  await services.close();
  const file = path.join(workspaceDir, 'cases', `${id}.json`);
  const snapshot = await readFile(file, 'utf8');
  const backups = path.join(workspaceDir, 'backups', `cases__${id}.json`);
  const backedUp = await readdir(backups);
  services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
  for (const text of texts.slice(0, count)) await call(services, 'cases:updateActionPlan', { caseId: id, patch: { analysisOfNeed: text } });
  const log = await readFile(path.join(workspaceDir, 'cases', `${id}.wal`), 'utf8');
  await services.close();
  // The crash: the file (and its backups) as they were before the changes, the log as they left it.
  await writeFile(file, snapshot);
  for (const name of await readdir(backups)) if (!backedUp.includes(name)) await rm(path.join(backups, name));
  const lines = edit(log.trimEnd().split('\n'));
  await writeFile(path.join(workspaceDir, 'cases', `${id}.wal`), lines.join('\n') + '\n');
  return { workspaceDir, id, file, snapshot: JSON.parse(snapshot) as Json, log: lines.join('\n') + '\n' };
}

const asideIn = async (dir: string) => (await readdir(dir)).filter((n) => /\.wal\.(damaged|orphaned)-/.test(n));

/** Closes and reopens the workspace, then checks what must hold after any open (the recovered change folded in). */
async function reopenConsistent(services: Services): Promise<Services> {
  await services.close();
  const again = await openWorkspace({ workspaceDir: services.workspaceDir });
  await expectConsistent(again);
  return again;
}

async function refused(services: Services, channel: 'recovery:recover', input: { file: string; expectRevision: number | null }) {
  const result = await dispatch(services.handlers, channel, input, throwOnLog);
  expect(result.ok).toBe(false);
  return result.ok ? null : result.error;
}

describe('set-aside logs are listed, previewed and recovered through the commit path', () => {
  it('a damaged line in the middle: the lines after it are recovered, and the record equals the replay of every readable line', async () => {
    const { workspaceDir, id, snapshot, log } = await caseWithLog((lines) => [
      lines[0],
      lines[1],
      '{"revision":4,"ops":[{"p":["act',
      ...lines.slice(3),
    ]);
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const opened = await call(services, 'cases:get', { id });
    expect(opened.actionPlan.analysisOfNeed).toBe(texts[1]);
    const [listed] = await call(services, 'recovery:list');
    expect(listed).toMatchObject({
      kind: 'case',
      recordId: id,
      exists: true,
      revision: opened.revision,
      name: 'Cyngor Sir Ddinbych',
      reason: 'damaged',
      lines: 4,
      damagedLines: 1,
      versions: [1],
    });
    expect(listed.file).toMatch(new RegExp(`^cases/${id}\\.wal\\.damaged-`));
    expect(Date.parse(listed.setAsideAt)).not.toBeNaN();
    const readable = readLines(log);
    expect([listed.firstRevision, listed.lastRevision]).toEqual([readable[0].revision, readable.at(-1)!.revision]);

    const preview = await call(services, 'recovery:preview', { file: listed.file });
    expect(preview.onto).toBe('record');
    expect(preview.apply.map((l) => l.revision)).toEqual(readable.slice(2).map((l) => l.revision));
    expect(preview.apply.every((l) => l.paths.join() === 'actionPlan.analysisOfNeed')).toBe(true);
    expect(preview.cannot).toEqual(readable.slice(0, 2).map((l) => ({ revision: l.revision, reason: 'older' })));
    expect(preview.missing).toBe(1);
    // Previewing wrote nothing.
    expect(await call(services, 'cases:get', { id })).toEqual(opened);

    const done = await call(services, 'recovery:recover', { file: listed.file, expectRevision: opened.revision });
    expect(done).toMatchObject({ revision: opened.revision + 1, applied: 2, notApplied: 0 });
    const recovered = await call(services, 'cases:get', { id });
    expect(content(recovered)).toEqual(content(oracle(snapshot, readable)));
    expect(recovered.actionPlan.analysisOfNeed).toBe(texts[4]);
    expect(await call(services, 'recovery:list')).toEqual([]);
    // Kept, renamed, byte for byte.
    const kept = path.join(workspaceDir, done.keptAs);
    expect(done.keptAs).toMatch(/\.recovered-/);
    expect(await readFile(kept, 'utf8')).toBe(log);
    const history = await call(services, 'cases:history', { id });
    expect(history.at(-1)).toMatchObject({ kind: 'record.recovered', details: { file: listed.file, applied: 2, revision: done.revision } });
    // Durable: a reopen reads the same record and no notice.
    const again = await reopenConsistent(services);
    expect(await call(again, 'cases:get', { id })).toEqual(recovered);
    expect(again.context.notices).toEqual([]);
  });

  it('lines beyond a gap are recovered field by field; the preview counts the missing revision', async () => {
    const { workspaceDir, id, snapshot, log } = await caseWithLog((lines) => [lines[0], lines[1], ...lines.slice(3)]);
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const [listed] = await call(services, 'recovery:list');
    expect(listed).toMatchObject({ reason: 'damaged', lines: 4, damagedLines: 0 });
    const preview = await call(services, 'recovery:preview', { file: listed.file });
    expect([preview.apply.length, preview.missing]).toEqual([2, 1]);
    await call(services, 'recovery:recover', { file: listed.file, expectRevision: listed.revision });
    expect(content(await call(services, 'cases:get', { id }))).toEqual(content(oracle(snapshot, readLines(log))));
    await reopenConsistent(services);
  });

  it('the record moved on since the preview: recovery is refused and nothing changes', async () => {
    const { workspaceDir, id } = await caseWithLog((lines) => [lines[0], '{"damaged', ...lines.slice(2)]);
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const [listed] = await call(services, 'recovery:list');
    const preview = await call(services, 'recovery:preview', { file: listed.file });
    expect(preview.apply).toHaveLength(3);
    // Two changes: the record's revision passes some of the log's, which must still count as new.
    await call(services, 'cases:updateActionPlan', { caseId: id, patch: { steeringGroup: 'typed after the preview' } });
    const moved = await call(services, 'cases:updateActionPlan', { caseId: id, patch: { analysisOfNeed: 'typed after the preview' } });
    expect(moved.revision).toBeGreaterThanOrEqual(preview.apply[0].revision);
    const folder = path.join(workspaceDir, 'cases');
    const before = await readdir(folder);
    const error = await refused(services, 'recovery:recover', { file: listed.file, expectRevision: preview.log.revision });
    expect(error).toMatchObject({ code: 'conflict', key: 'recoveryRecordMoved' });
    expect(await call(services, 'cases:get', { id })).toEqual(moved);
    expect(await readdir(folder)).toEqual(before);
    expect((await call(services, 'recovery:list')).map((l) => l.file)).toEqual([listed.file]);
    // With the new revision it goes through, onto the newer record: the lines after the
    // set-aside point are still told apart from the change made since.
    const again = await call(services, 'recovery:preview', { file: listed.file });
    expect(again.apply.map((l) => l.revision)).toEqual(preview.apply.map((l) => l.revision));
    await call(services, 'recovery:recover', { file: listed.file, expectRevision: moved.revision });
    expect((await call(services, 'cases:get', { id })).actionPlan.analysisOfNeed).toBe(texts[4]);
  });

  it('lines that fail validation are not applied, counted, and the file kept', async () => {
    const { workspaceDir, id, snapshot } = await caseWithLog((lines) => {
      const bad = JSON.parse(lines[3]) as RawLine;
      bad.ops = bad.ops.map((op) => (op.p.join('.') === 'actionPlan.analysisOfNeed' ? { ...op, v: 42 } : op));
      return [lines[0], '{"oops"', lines[2], JSON.stringify(bad), lines[4]];
    });
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const [listed] = await call(services, 'recovery:list');
    const preview = await call(services, 'recovery:preview', { file: listed.file });
    expect(preview.cannot).toContainEqual({ revision: listed.lastRevision! - 1, reason: 'invalid' });
    const done = await call(services, 'recovery:recover', { file: listed.file, expectRevision: listed.revision });
    expect(done.applied).toBe(2);
    const log = await readFile(path.join(workspaceDir, done.keptAs), 'utf8');
    const valid = readLines(log).filter((l) => !l.ops.some((op) => op.v === 42));
    expect(content(await call(services, 'cases:get', { id }))).toEqual(content(oracle(snapshot, valid)));
    await reopenConsistent(services);
  });

  it('an orphaned log (the case file gone, no backup at open) is recovered from a backup that came back', async () => {
    const { workspaceDir, id, file, snapshot, log } = await caseWithLog((lines) => lines);
    await rm(file);
    const backups = path.join(workspaceDir, 'backups', `cases__${id}.json`);
    const held = path.join(await tempDir(), 'held');
    await rename(backups, held);
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const [listed] = await call(services, 'recovery:list');
    expect(listed).toMatchObject({ reason: 'orphaned', exists: false, revision: null, name: null, lines: texts.length });
    expect((await call(services, 'recovery:preview', { file: listed.file })).onto).toBe('nothing');
    expect(await refused(services, 'recovery:recover', { file: listed.file, expectRevision: null })).toMatchObject({
      code: 'not_found',
      key: 'recoveryNeedsRecord',
    });
    // The backup comes back (from another copy of the workspace, say): now it can be recreated.
    await rename(held, backups);
    const preview = await call(services, 'recovery:preview', { file: listed.file });
    expect(preview.onto).toBe('backup');
    expect(preview.apply).toHaveLength(texts.length);
    await call(services, 'recovery:recover', { file: listed.file, expectRevision: null });
    const recovered = await call(services, 'cases:get', { id });
    expect(content(recovered)).toEqual(content(oracle(snapshot, readLines(log))));
    expect((await call(services, 'cases:list')).map((c) => c.id)).toContain(id);
    await reopenConsistent(services);
  });

  it('an orphaned log with neither record nor backup is refused with a key, stays listed, and can be dismissed (kept on disk)', async () => {
    const { workspaceDir, id, file } = await caseWithLog((lines) => lines, 2);
    await rm(file);
    await rm(path.join(workspaceDir, 'backups', `cases__${id}.json`), { recursive: true });
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const [listed] = await call(services, 'recovery:list');
    expect(await refused(services, 'recovery:recover', { file: listed.file, expectRevision: null })).toMatchObject({
      key: 'recoveryNeedsRecord',
    });
    expect(await call(services, 'recovery:list')).toHaveLength(1);
    const { keptAs } = await call(services, 'recovery:dismiss', { file: listed.file });
    expect(await call(services, 'recovery:list')).toEqual([]);
    expect(await readdir(path.join(workspaceDir, 'cases'))).toContain(path.basename(keptAs));
    expect(await asideIn(path.join(workspaceDir, 'cases'))).toEqual([path.basename(keptAs)]);
    // A name that is not a set-aside log of this workspace is refused, never read.
    for (const bad of ['cases/../casebook.json', `cases/${id}.json`, '/etc/passwd', keptAs]) {
      const result = await dispatch(services.handlers, 'recovery:preview', { file: bad }, throwOnLog);
      expect(result.ok, bad).toBe(false);
    }
  });
});

describe('workshops', () => {
  it('a workshop log with a damaged line is recovered the same way, by its title', async () => {
    const workspaceDir = await tempDir();
    let services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const details = {
      title: 'Gweithdy partneriaeth',
      organisationId: null,
      date: '2026-04-01',
      venue: 'Neuadd y Dref',
      startTime: '09:30',
      sessionMinutes: 180,
      facilitator: 'Rhiannon Price',
    };
    const { id } = await call(services, 'workshops:create', { templateId: 'what-good-looks-like', details });
    await services.close();
    const file = path.join(workspaceDir, 'workshops', `${id}.json`);
    const snapshot = await readFile(file, 'utf8');
    const backups = path.join(workspaceDir, 'backups', `workshops__${id}.json`);
    const backedUp = await readdir(backups);
    services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    for (const venue of ['Llyfrgell', 'Canolfan Gymunedol', 'Ysgol y Llan'])
      await call(services, 'workshops:updatePlan', { id, patch: { venue } });
    const lines = (await readFile(path.join(workspaceDir, 'workshops', `${id}.wal`), 'utf8')).trimEnd().split('\n');
    await services.close();
    await writeFile(file, snapshot);
    for (const name of await readdir(backups)) if (!backedUp.includes(name)) await rm(path.join(backups, name));
    const log = [lines[0], '{"revision"', lines[2]].join('\n') + '\n';
    await writeFile(path.join(workspaceDir, 'workshops', `${id}.wal`), log);

    services = await openWorkspace({ workspaceDir, checkpointIdleMs: 3_600_000 });
    const [listed] = await call(services, 'recovery:list');
    expect(listed).toMatchObject({ kind: 'workshop', recordId: id, name: 'Gweithdy partneriaeth', lines: 2, damagedLines: 1 });
    const preview = await call(services, 'recovery:preview', { file: listed.file });
    expect(preview.apply.map((l) => l.paths)).toEqual([['workshop.venue']]);
    await call(services, 'recovery:recover', { file: listed.file, expectRevision: listed.revision });
    const expected = oracle(JSON.parse(snapshot) as Json, readLines(log)).workshop as Json;
    expect(content(await call(services, 'workshops:get', { id }))).toEqual(content(expected));
    expect((await call(services, 'workshops:get', { id })).venue).toBe('Ysgol y Llan');
    await reopenConsistent(services);
  });
});

describe('lines of an older schema', () => {
  it('are migrated by their version and applied; the record equals the replay migrated', async () => {
    const dir = await tempDir();
    const v2 = z.object({ schemaVersion: z.literal(2), revision: z.number().int(), heading: z.string(), note: z.string() });
    type Thing = z.output<typeof v2>;
    const queue = new KeyedQueue();
    const folder = new EntityFolder({
      workspaceDir: dir,
      folder: 'things',
      schema: v2,
      currentVersion: 2,
      migrations: { 1: ({ title, ...rest }) => ({ ...rest, heading: title }) },
      backups: new Backups(dir),
      notify: () => undefined,
      noun: 'thing',
      queue,
      revision: (t: Thing) => t.revision,
      idleMs: 3_600_000,
    });
    await mkdir(path.join(dir, 'things'));
    const things = path.join(dir, 'things');
    await writeFile(path.join(things, 'a.json'), JSON.stringify({ schemaVersion: 1, revision: 0, title: 'old', note: 'n0' }));
    const set = (revision: number, p: string, v: string) =>
      JSON.stringify({
        revision,
        ops: [
          { p: [p], v },
          { p: ['revision'], v: revision },
        ],
      });
    // Written by the Casebook before the update: one line, a damaged one, then two more (v 1 and no v).
    const log =
      [
        set(1, 'title', 'one'),
        '{"revision":2,',
        set(3, 'title', 'three'),
        JSON.stringify({ ...JSON.parse(set(4, 'note', 'n4')), v: 1 }),
      ].join('\n') + '\n';
    await writeFile(path.join(things, 'a.wal'), log);
    expect((await folder.get('a')).data).toEqual({ schemaVersion: 2, revision: 1, heading: 'one', note: 'n0' });
    // The folder's own commit point (a log line, fsynced) stands in for the services' commit here.
    const sets = new SetAsideLogs({
      kind: 'case',
      folder,
      serialise: (id, task) => queue.run(id, task),
      commit: async (id, revision, _note, change) => {
        if (change.kind === 'change') await folder.appendChange(id, { revision, ops: [{ p: [], v: change.next }] }, change.next);
      },
      nameOf: (t) => t.heading,
      stamp: (t, revision) => ({ ...t, revision }),
      bookkeeping: (p) => p[0] === 'revision',
      clock: () => new Date('2026-12-03T10:00:00Z'),
    });
    const [listed] = await sets.list();
    expect(listed).toMatchObject({ versions: [1], name: 'one', lines: 3, damagedLines: 1, revision: 1 });
    const preview = await sets.preview(listed.file);
    expect(preview.apply.map((l) => [l.revision, l.paths])).toEqual([
      [3, ['heading']],
      [4, ['note']],
    ]);
    await sets.recover(listed.file, 1);
    // The oracle: replay every readable line in the old shape, then migrate by hand (title → heading).
    const old = oracle({ schemaVersion: 1, revision: 0, title: 'old', note: 'n0' }, readLines(log));
    const expected = { schemaVersion: 2, heading: old.title, note: old.note };
    await folder.rewriteAll();
    const reread = JSON.parse(await readFile(path.join(things, 'a.json'), 'utf8')) as Json;
    expect({ ...reread, revision: undefined }).toEqual({ ...expected, revision: undefined });
    expect(await sets.list()).toEqual([]);
  });
});
