import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Backups } from '../../../electron/services/store/backups';
import { EntityFolder } from '../../../electron/services/store/entity-folder';
import { KeyedQueue } from '../../../electron/services/store/keyed-queue';
import type { Notice } from '../../../shared/ipc/contracts/workspace';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const schema = z.object({ schemaVersion: z.literal(1), title: z.string().min(1) });

async function folder() {
  const dir = await tempDir();
  const notices: Notice[] = [];
  const things = new EntityFolder({
    workspaceDir: dir,
    folder: 'things',
    schema,
    currentVersion: 1,
    backups: new Backups(dir),
    notify: (n) => notices.push(n),
    noun: 'thing',
    queue: new KeyedQueue(),
  });
  return { dir, things, notices, file: (id: string) => path.join(dir, 'things', `${id}.json`) };
}

describe('EntityFolder reads that do not keep files open (search, the action tracker)', () => {
  it('readStored validates what is on disk and refuses a missing or invalid file without touching it', async () => {
    const { things, file } = await folder();
    await (await things.create('a', { schemaVersion: 1, title: 'First' })).update((d) => (d.title = 'Edited'));
    expect(await things.readStored('a')).toEqual({ schemaVersion: 1, title: 'Edited' });
    await expect(things.readStored('missing')).rejects.toMatchObject({ code: 'not_found' });
    await writeFile(file('bad'), JSON.stringify({ schemaVersion: 1, title: '' }));
    await expect(things.readStored('bad')).rejects.toThrow();
    expect(JSON.parse(await readFile(file('bad'), 'utf8'))).toEqual({ schemaVersion: 1, title: '' });
  });

  it('peek gives the open copy when there is one, the disk otherwise, and recovers a damaged file through get', async () => {
    const { dir, things, file } = await folder();
    const open = await things.create('a', { schemaVersion: 1, title: 'Open' });
    expect(await things.peek('a')).toBe(open.data);
    await writeFile(file('b'), JSON.stringify({ schemaVersion: 1, title: 'On disk' }));
    expect(await things.peek('b')).toEqual({ schemaVersion: 1, title: 'On disk' });
    await writeFile(file('c'), '{ not json');
    // Through get(), exactly as opening it would: set aside (never overwritten); no backup here, so not found.
    await expect(things.peek('c')).rejects.toMatchObject({ code: 'not_found' });
    expect((await readdir(path.join(dir, 'things'))).some((n) => n.startsWith('c.json.damaged-'))).toBe(true);
  });
});
