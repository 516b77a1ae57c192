import { createRequire, syncBuiltinESMExports } from 'node:module';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';

/**
 * A file system that forgets every write not yet fsynced, in the spirit of SQLite's crash-test
 * VFS and LazyFS. It sits under node:fs/promises itself (patched in place and re-exported with
 * syncBuiltinESMExports), so it sees every write of the store — through its FsLike and through
 * the modules that call node:fs directly (journals, backups, import, restore, the lock) — but
 * only for paths under `root`.
 *
 * Model (strict POSIX, as ext4 with data=writeback or a power cut may leave it):
 * - a file's bytes are durable only as of its last fsync (before that: empty);
 * - a folder's entries (create, rename, unlink, link, mkdir) are durable only as of the folder's
 *   last fsync; a rename that was not followed by one is undone by a crash.
 * Every mutating call under `root` is one step. `crashAt: k` makes step k and everything after it
 * fail, as if the power went just before it; `crash()` then rewrites `root` as the disk would be
 * found: the durable entries of every durable folder, each file with its durable bytes.
 *
 * Faults (LazyFS's and SQLite's crash VFS's other half): every write to a handle and every fsync
 * under `root` is a fault point. `faultAt: n` makes the n-th one fail once, the worst way:
 * - a write puts the first half of its bytes in the file, then fails with ENOSPC;
 * - an fsync fails with EIO;
 * and in both cases the kernel had already written the file back (its bytes now, or the folder's
 * entries now, become durable), so the failed write is on the disk unless the store takes it
 * back durably. The store then runs its recovery path (cut, retract) on this same file system,
 * where a later `crashAt` can cut the power at any of its steps.
 */

type Promises = typeof import('node:fs/promises');
const promises = createRequire(import.meta.url)('node:fs/promises') as Promises;
/** The untouched functions, taken before any patch. */
const real = { ...promises };
const MUTATORS = ['open', 'rename', 'unlink', 'mkdir', 'rm', 'rmdir', 'truncate', 'link', 'writeFile', 'appendFile', 'copyFile'] as const;

export class CrashError extends Error {
  code = 'EIO';
  constructor(step: string) {
    super(`simulated power cut (${step})`);
  }
}

/** The one failure `faultAt` injects, shaped like the errors node:fs rejects with. */
export class FaultError extends Error {
  constructor(
    readonly code: 'ENOSPC' | 'EIO',
    readonly syscall: string,
    where: string,
  ) {
    super(`${code}: simulated fault, ${syscall} ${where}`);
  }
}

const writes = (flags: unknown) => (typeof flags === 'string' ? /[wax+]/.test(flags) : typeof flags === 'number' && (flags & 3) !== 0);

export class CrashFs {
  /** Mutating calls seen under root, in order (for messages). */
  readonly steps: string[] = [];
  /** Fault points seen under root, in order: handle writes and fsyncs. */
  readonly faultPoints: string[] = [];
  /** How many steps had run when the fault struck (null: it did not). */
  faultStep: number | null = null;
  crashed = false;
  private nextId = 1;
  /** Current path → inode-like id (files and folders), kept in step with every call. */
  private readonly idOf = new Map<string, number>();
  private readonly folders = new Set<number>([0]);
  private readonly durableBytes = new Map<number, Buffer>();
  private readonly durableEntries = new Map<number, Map<string, number>>();
  private installed = false;

  private constructor(
    readonly root: string,
    private readonly crashAt: number,
    private readonly faultAt: number,
  ) {
    this.idOf.set(root, 0);
  }

  /** Takes everything under `root` as durable now, then starts intercepting. */
  static async start(root: string, crashAt = Number.POSITIVE_INFINITY, faultAt = Number.POSITIVE_INFINITY): Promise<CrashFs> {
    const sim = new CrashFs(path.resolve(root), crashAt, faultAt);
    await sim.scan(sim.root, 0);
    sim.install();
    return sim;
  }

  private async scan(dir: string, id: number): Promise<void> {
    const entries = new Map<string, number>();
    for (const entry of await real.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const child = this.nextId++;
      this.idOf.set(full, child);
      entries.set(entry.name, child);
      if (entry.isDirectory()) {
        this.folders.add(child);
        await this.scan(full, child);
      } else {
        this.durableBytes.set(child, await real.readFile(full));
      }
    }
    this.durableEntries.set(id, entries);
  }

  private under(file: unknown): file is string {
    if (typeof file !== 'string') return false;
    const full = path.resolve(file);
    return full === this.root || full.startsWith(this.root + path.sep);
  }

  private step(what: string, file: string): void {
    const name = `${what} ${path.relative(this.root, path.resolve(file)) || '.'}`;
    if (this.crashed) throw new CrashError(`after the crash: ${name}`);
    this.steps.push(name);
    if (this.steps.length >= this.crashAt) {
      this.crashed = true;
      throw new CrashError(`at step ${this.steps.length}: ${name}`);
    }
  }

  /** Counts a fault point; true when this is the one that fails. */
  private faultHere(what: string, file: string): boolean {
    this.faultPoints.push(`${what} ${path.relative(this.root, file) || '.'}`);
    if (this.faultPoints.length !== this.faultAt) return false;
    this.faultStep = this.steps.length;
    return true;
  }

  private newIdFor(file: string, folder = false): number {
    const id = this.nextId++;
    this.idOf.set(path.resolve(file), id);
    if (folder) this.folders.add(id);
    return id;
  }

  /** Moves `from` (and everything below it) to `to` in the path map. */
  private move(from: string, to: string): void {
    const a = path.resolve(from);
    const b = path.resolve(to);
    for (const [p] of [...this.idOf]) if (p === b || p.startsWith(b + path.sep)) this.idOf.delete(p);
    for (const [p, id] of [...this.idOf]) {
      if (p !== a && !p.startsWith(a + path.sep)) continue;
      this.idOf.delete(p);
      this.idOf.set(b + p.slice(a.length), id);
    }
  }

  private drop(file: string): void {
    const a = path.resolve(file);
    for (const [p] of [...this.idOf]) if (p === a || p.startsWith(a + path.sep)) this.idOf.delete(p);
  }

  private pathOf(id: number): string | null {
    for (const [p, other] of this.idOf) if (other === id) return p;
    return null;
  }

  /** fsync: the file's bytes, or the folder's entries, become what a crash leaves. */
  private async synced(id: number): Promise<void> {
    const at = this.pathOf(id);
    if (at === null) return;
    if (this.folders.has(id)) {
      const entries = new Map<string, number>();
      for (const [p, child] of this.idOf) if (path.dirname(p) === at && p !== at) entries.set(path.basename(p), child);
      this.durableEntries.set(id, entries);
    } else {
      this.durableBytes.set(id, await real.readFile(at));
    }
  }

  private wrap(handle: FileHandle, file: string): FileHandle {
    const id = this.idOf.get(path.resolve(file));
    const sync = async () => {
      const what = id !== undefined && this.folders.has(id) ? 'fsync folder' : 'fsync';
      this.step(what, file);
      if (this.faultHere(what, file)) {
        // Written back, yet reported as failed: the caller cannot know what reached the disk.
        if (id !== undefined) await this.synced(id);
        throw new FaultError('EIO', 'fsync', path.relative(this.root, file));
      }
      await handle.sync();
      if (id !== undefined) await this.synced(id);
    };
    const guarded =
      (name: string, fn: (...args: unknown[]) => Promise<unknown>) =>
      async (...args: unknown[]) => {
        // Writes to a handle are not steps (their bytes are lost until fsync anyway), but none runs after the crash.
        if (this.crashed) throw new CrashError(`after the crash: ${name} ${path.relative(this.root, file)}`);
        if (name !== 'truncate' && this.faultHere(name, file)) {
          // A short write: half the bytes land (and reach the disk), then the disk is full.
          const [data, encoding] = args;
          const bytes =
            typeof data === 'string'
              ? Buffer.from(data, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
              : Buffer.from(data as Uint8Array);
          await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          if (id !== undefined) await this.synced(id);
          throw new FaultError('ENOSPC', 'write', path.relative(this.root, file));
        }
        return fn(...args);
      };
    return new Proxy(handle, {
      get: (target, prop) => {
        if (prop === 'sync' || prop === 'datasync') return sync;
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        const bound = (value as (...args: unknown[]) => Promise<unknown>).bind(target);
        return prop === 'write' || prop === 'writeFile' || prop === 'appendFile' || prop === 'truncate'
          ? guarded(String(prop), bound)
          : bound;
      },
    });
  }

  private install(): void {
    const patched: Partial<Record<(typeof MUTATORS)[number], unknown>> = {
      open: async (file: string, flags?: string | number, mode?: number) => {
        if (!this.under(file)) return real.open(file, flags, mode);
        const full = path.resolve(file);
        if (writes(flags)) {
          this.step(`open ${String(flags)}`, file);
          const existed = this.idOf.has(full);
          const handle = await real.open(file, flags, mode);
          if (!existed) this.newIdFor(full);
          return this.wrap(handle, full);
        }
        return this.wrap(await real.open(file, flags, mode), full);
      },
      rename: async (from: string, to: string) => {
        if (!this.under(from) && !this.under(to)) return real.rename(from, to);
        this.step('rename', `${to}`);
        await real.rename(from, to);
        this.move(from, to);
      },
      unlink: async (file: string) => {
        if (!this.under(file)) return real.unlink(file);
        this.step('unlink', file);
        await real.unlink(file);
        this.drop(file);
      },
      rm: async (file: string, options?: Parameters<Promises['rm']>[1]) => {
        if (!this.under(file)) return real.rm(file, options);
        this.step('rm', file);
        await real.rm(file, options);
        this.drop(file);
      },
      rmdir: async (file: string) => {
        if (!this.under(file)) return real.rmdir(file);
        this.step('rmdir', file);
        await real.rmdir(file);
        this.drop(file);
      },
      mkdir: async (file: string, options?: Parameters<Promises['mkdir']>[1]) => {
        if (!this.under(file)) return real.mkdir(file, options);
        const full = path.resolve(file);
        const missing: string[] = [];
        for (let p = full; this.under(p) && !this.idOf.has(p); p = path.dirname(p)) missing.unshift(p);
        if (missing.length === 0 && typeof options === 'object' && options?.recursive) return undefined;
        this.step('mkdir', file);
        const made = await real.mkdir(file, options);
        for (const p of missing) this.newIdFor(p, true);
        return made;
      },
      truncate: async (file: string, length?: number) => {
        if (!this.under(file)) return real.truncate(file, length);
        this.step('truncate', file);
        return real.truncate(file, length);
      },
      link: async (from: string, to: string) => {
        if (!this.under(to)) return real.link(from, to);
        this.step('link', to);
        await real.link(from, to);
        const id = this.idOf.get(path.resolve(from));
        if (id !== undefined) this.idOf.set(path.resolve(to), id);
      },
      writeFile: async (file: unknown, data: unknown, options?: unknown) => {
        if (!this.under(file)) return (real.writeFile as (...a: unknown[]) => Promise<void>)(file, data, options);
        this.step('writeFile', file);
        const existed = this.idOf.has(path.resolve(file));
        await (real.writeFile as (...a: unknown[]) => Promise<void>)(file, data, options);
        if (!existed) this.newIdFor(file);
      },
      appendFile: async (file: unknown, data: unknown, options?: unknown) => {
        if (!this.under(file)) return (real.appendFile as (...a: unknown[]) => Promise<void>)(file, data, options);
        this.step('appendFile', file);
        const existed = this.idOf.has(path.resolve(file));
        await (real.appendFile as (...a: unknown[]) => Promise<void>)(file, data, options);
        if (!existed) this.newIdFor(file);
      },
      copyFile: async (from: string, to: string, mode?: number) => {
        if (!this.under(to)) return real.copyFile(from, to, mode);
        this.step('copyFile', to);
        const existed = this.idOf.has(path.resolve(to));
        await real.copyFile(from, to, mode);
        if (!existed) this.newIdFor(to);
      },
    };
    Object.assign(promises, patched);
    syncBuiltinESMExports();
    this.installed = true;
  }

  /** Stops intercepting (every later call goes straight to the disk). */
  uninstall(): void {
    if (!this.installed) return;
    for (const name of MUTATORS) (promises as Record<string, unknown>)[name] = real[name];
    syncBuiltinESMExports();
    this.installed = false;
  }

  /** The power cut: stops intercepting and leaves under `root` only what was durable. */
  async crash(): Promise<void> {
    this.crashed = true;
    this.uninstall();
    for (const name of await real.readdir(this.root)) await real.rm(path.join(this.root, name), { recursive: true, force: true });
    await this.rebuild(0, this.root);
  }

  private async rebuild(id: number, dir: string): Promise<void> {
    for (const [name, child] of this.durableEntries.get(id) ?? new Map<string, number>()) {
      const full = path.join(dir, name);
      if (this.folders.has(child)) {
        await real.mkdir(full);
        await this.rebuild(child, full);
      } else {
        await real.writeFile(full, this.durableBytes.get(child) ?? Buffer.alloc(0));
      }
    }
  }
}
