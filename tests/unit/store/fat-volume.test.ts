import { execFile } from 'node:child_process';
import { access, link, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/index';
import { call } from '../helpers/services';

/**
 * A workspace on a FAT volume (what a council USB stick usually is): no hard links, coarse
 * times. A 16 MB FAT image is made with mkfs.vfat and mounted with fusefat (Debian packages
 * dosfstools and fusefat; .ci/run installs them). Where they or /dev/fuse are missing the suite
 * is skipped and says why. fusefat cannot extend an existing file (a write past its first
 * cluster fails with EPERM, unlike the kernel's vfat), so only what writes whole new files is
 * run here: the lock, create, close and reopen; appends are covered on the other suites.
 */

const run = promisify(execFile);

async function mountFat(): Promise<{ dir: string; image: string; reason: null } | { dir: null; image: null; reason: string }> {
  try {
    await access('/dev/fuse');
  } catch {
    return { dir: null, image: null, reason: '/dev/fuse is missing' };
  }
  const base = await mkdtemp(path.join(os.tmpdir(), 'casebook-fat-'));
  const image = path.join(base, 'stick.img');
  const dir = path.join(base, 'mnt');
  try {
    await writeFile(image, '');
    await truncate(image, 16 * 1024 * 1024);
    await run('mkfs.vfat', [image]);
    await mkdir(dir);
    await run('fusefat', ['-o', 'rw+', image, dir]);
    return { dir, image, reason: null };
  } catch (error) {
    await rm(base, { recursive: true, force: true }).catch(() => undefined);
    return { dir: null, image: null, reason: `cannot mount a FAT image here (${(error as Error).message.split('\n')[0]})` };
  }
}

const fat = await mountFat();

afterAll(async () => {
  if (!fat.dir) return;
  await run('fusermount', ['-u', fat.dir]).catch(() => run('umount', [fat.dir]));
  await rm(path.dirname(fat.dir), { recursive: true, force: true });
});

describe.skipIf(!fat.dir)(`a workspace on a FAT volume${fat.reason ? ` — skipped: ${fat.reason}` : ''}`, () => {
  it('the volume really has no hard links', async () => {
    const file = path.join(fat.dir!, 'probe');
    await writeFile(file, 'x');
    await expect(link(file, path.join(fat.dir!, 'probe2'))).rejects.toMatchObject({ code: 'EPERM' });
    await rm(file);
  });

  it('opens (the lock needs no hard link), refuses a second Casebook, saves, closes and reopens with every change', async () => {
    const workspaceDir = path.join(fat.dir!, 'casebook');
    const first = await createServices({ workspaceDir });
    const org = await call(first, 'organisations:create', { name: 'Cyngor Ceredigion', type: 'local_authority', region: 'Wales' });
    const created = await call(first, 'cases:create', { organisationId: org.id });
    // A second Casebook is refused while the first holds the lock.
    await expect(createServices({ workspaceDir })).rejects.toMatchObject({ code: 'workspace_locked' });
    await first.close();
    const second = await createServices({ workspaceDir });
    try {
      expect((await call(second, 'cases:get', { id: created.id })).organisationName).toBe('Cyngor Ceredigion');
      expect((await call(second, 'organisations:list')).map((o) => o.name)).toEqual(['Cyngor Ceredigion']);
    } finally {
      await second.close();
    }
  }, 60_000);
});
