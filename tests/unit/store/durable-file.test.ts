import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableJsonAdapter } from '../../../electron/services/store/durable-adapter';
import { readTextIfExists, toAppError, writeFileDurably } from '../../../electron/services/store/durable-file';
import { AppError } from '../../../shared/result';
import { FaultyFs, errnoError, type FaultPoint } from '../helpers/faulty-fs';
import { TEMP_FILE, namesMatching } from '../helpers/files';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();

describe('writeFileDurably', () => {
  it('writes a new file and replaces it on the next write', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'casebook.json');

    await writeFileDurably(file, 'first');
    expect(await readFile(file, 'utf8')).toBe('first');

    await writeFileDurably(file, 'second, and longer than the first');
    expect(await readFile(file, 'utf8')).toBe('second, and longer than the first');
  });

  it('leaves no temp files behind', async () => {
    const dir = await tempDir();
    for (let i = 0; i < 5; i++) await writeFileDurably(path.join(dir, 'a.json'), `v${i}`);

    expect(await readdir(dir)).toEqual(['a.json']);
  });

  // A full disk can strike at any step; whichever it is, the old file must survive untouched.
  const faults: { code: string; at: FaultPoint; expected: string }[] = [
    { code: 'ENOSPC', at: 'writeFile', expected: 'disk_full' },
    { code: 'ENOSPC', at: 'sync', expected: 'disk_full' },
    { code: 'EDQUOT', at: 'writeFile', expected: 'disk_full' },
    { code: 'EACCES', at: 'open', expected: 'io_error' },
    { code: 'EACCES', at: 'writeFile', expected: 'io_error' },
    { code: 'EPERM', at: 'rename', expected: 'io_error' },
  ];

  it.each(faults)('$code at $at → AppError $expected, old content intact, no temp file', async ({ code, at, expected }) => {
    const dir = await tempDir();
    const file = path.join(dir, 'casebook.json');
    await writeFile(file, 'old content');
    const faulty = new FaultyFs();
    faulty.failAt(code, at);

    const error = await writeFileDurably(file, 'new content', faulty.fs).catch((e: unknown) => e);

    // A rename refused as if the file were held elsewhere is retried with back-off (1 + 7 tries).
    expect(faulty.injected).toBe(at === 'rename' ? 8 : 1);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: expected, message: expect.stringContaining('casebook.json') });
    expect(await readFile(file, 'utf8')).toBe('old content');
    expect(await namesMatching(dir, TEMP_FILE)).toEqual([]);
  });

  it.each(['EBUSY', 'EPERM', 'EACCES'])(
    'a rename refused with %s while another program holds the file is retried, and the save succeeds',
    async (code) => {
      const dir = await tempDir();
      const file = path.join(dir, 'casebook.json');
      await writeFile(file, 'old content');
      const faulty = new FaultyFs();
      faulty.failAt(code, 'rename', 3);
      await writeFileDurably(file, 'new content', faulty.fs);
      expect(faulty.injected).toBe(3);
      expect(await readFile(file, 'utf8')).toBe('new content');
      expect(await namesMatching(dir, TEMP_FILE)).toEqual([]);
    },
  );

  it('a rename that fails for another reason is reported at once, not retried', async () => {
    const dir = await tempDir();
    const faulty = new FaultyFs();
    faulty.failAt('EXDEV', 'rename');
    await expect(writeFileDurably(path.join(dir, 'a.json'), 'x', faulty.fs)).rejects.toMatchObject({ code: 'io_error' });
    expect(faulty.injected).toBe(1);
  });

  it('works again once the disk has room', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'casebook.json');
    const faulty = new FaultyFs();
    faulty.failAt('ENOSPC', 'sync');
    await expect(writeFileDurably(file, 'lost', faulty.fs)).rejects.toMatchObject({ code: 'disk_full' });

    faulty.heal();
    await writeFileDurably(file, 'kept', faulty.fs);

    expect(await readFile(file, 'utf8')).toBe('kept');
    expect(await readdir(dir)).toEqual(['casebook.json']);
  });

  it('on Windows, does not fsync the folder (Windows refuses with EPERM, and the save did happen)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'casebook.json');
    const faulty = new FaultyFs();
    faulty.failAt('EPERM', 'folderSync');

    await withPlatform('win32', () => writeFileDurably(file, 'saved', faulty.fs));

    expect(faulty.injected).toBe(0);
    expect(await readFile(file, 'utf8')).toBe('saved');
  });

  it('elsewhere, reports a failed folder fsync: the rename may not survive a power cut', async () => {
    const dir = await tempDir();
    const faulty = new FaultyFs();
    faulty.failAt('EIO', 'folderSync');

    await expect(withPlatform('linux', () => writeFileDurably(path.join(dir, 'casebook.json'), 'unsure', faulty.fs))).rejects.toMatchObject(
      { code: 'io_error' },
    );
    expect(await namesMatching(dir, TEMP_FILE)).toEqual([]);
  });
});

/** Runs `work` while process.platform pretends to be `platform`. */
async function withPlatform<T>(platform: NodeJS.Platform, work: () => Promise<T>): Promise<T> {
  const real = Object.getOwnPropertyDescriptor(process, 'platform');
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
  try {
    return await work();
  } finally {
    if (real) Object.defineProperty(process, 'platform', real);
  }
}

describe('readTextIfExists and toAppError', () => {
  it('reads text, or null when the file is missing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'x.json'), 'hello');

    expect(await readTextIfExists(path.join(dir, 'x.json'))).toBe('hello');
    expect(await readTextIfExists(path.join(dir, 'missing.json'))).toBeNull();
  });

  it('turns an unknown fs error into a readable io_error', () => {
    const error = toAppError(errnoError('EIO', 'write'), '/somewhere/casebook.json');

    expect(error).toMatchObject({ code: 'io_error', message: expect.stringContaining('casebook.json') });
  });

  it('passes an AppError through unchanged', () => {
    const original = new AppError('conflict', 'already changed');

    expect(toAppError(original, 'x.json')).toBe(original);
  });
});

describe('DurableJsonAdapter', () => {
  it('serialises writes, so the last write started is the one on disk', async () => {
    const dir = await tempDir();
    const adapter = new DurableJsonAdapter<{ n: number }>(path.join(dir, 'counter.json'));

    await Promise.all(Array.from({ length: 20 }, (_, n) => adapter.write({ n })));

    expect(await adapter.read()).toEqual({ n: 19 });
    expect(await readdir(dir)).toEqual(['counter.json']);
  });

  it('keeps writing after one write failed', async () => {
    const dir = await tempDir();
    const faulty = new FaultyFs();
    const adapter = new DurableJsonAdapter<{ n: number }>(path.join(dir, 'counter.json'), faulty.fs);
    await adapter.write({ n: 1 });

    faulty.failAt('ENOSPC', 'writeFile');
    const failed = adapter.write({ n: 2 });
    await expect(failed).rejects.toMatchObject({ code: 'disk_full' });
    faulty.heal();
    await adapter.write({ n: 3 });

    expect(await adapter.read()).toEqual({ n: 3 });
  });
});

describe('stale temp files', () => {
  it('are removed when a workspace opens, and nothing else is', async () => {
    const { mkdtemp, writeFile, readdir, mkdir } = await import('node:fs/promises');
    const os = await import('node:os');
    const pathMod = await import('node:path');
    const { removeStaleTempFiles } = await import('../../../electron/services/store/temp-files');
    const dir = await mkdtemp(pathMod.join(os.tmpdir(), 'casebook-tmpclean-'));
    await mkdir(pathMod.join(dir, 'cases'));
    await writeFile(pathMod.join(dir, '.casebook.json.1234.a1b2c3d4e5f6.tmp'), '{"half');
    await writeFile(pathMod.join(dir, 'cases', '.abc.json.99.0123456789ab.tmp'), '{');
    await writeFile(pathMod.join(dir, 'casebook.json'), '{}');
    await writeFile(pathMod.join(dir, 'notes.tmp'), 'user file');
    expect(await removeStaleTempFiles(dir, ['cases'])).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['casebook.json', 'cases', 'notes.tmp']);
    expect(await readdir(pathMod.join(dir, 'cases'))).toEqual([]);
  });
});
