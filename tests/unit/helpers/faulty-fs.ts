import * as nodeFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { FsLike } from '../../../electron/services/store/durable-file';

/**
 * Where a simulated fault strikes. All are on the write path; reads always work.
 * `sync` is the fsync of a file being written, `folderSync` the fsync of a folder (opened read-only).
 */
export type FaultPoint = 'open' | 'writeFile' | 'sync' | 'folderSync' | 'rename';

/** An Error shaped like the ones node:fs rejects with. */
export function errnoError(code: string, syscall: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated fault, ${syscall}`), { code, syscall });
}

const opensForWriting = (flags: string | number | undefined) => typeof flags === 'string' && /[wax+]/.test(flags);

/**
 * The real node:fs, plus a switch: `failAt('ENOSPC', 'writeFile')` makes every later write
 * fail at that step until `heal()`. Can be flipped after a document is opened, to simulate
 * the disk filling up mid-session.
 */
export class FaultyFs {
  private fault: { code: string; at: FaultPoint; times: number; skip: number } | null = null;
  /** How many faults were thrown: proves a test really went down the failing path. */
  injected = 0;

  /** Fails every write at `at` from now on, or only the next `times` of them, after letting `skip` through. */
  failAt(code: string, at: FaultPoint, times = Number.POSITIVE_INFINITY, skip = 0): void {
    this.fault = { code, at, times, skip };
  }

  heal(): void {
    this.fault = null;
  }

  readonly fs: FsLike = {
    open: async (file, flags, mode) => {
      const writing = opensForWriting(flags);
      if (writing) this.strike('open');
      return this.wrap(await nodeFs.open(file, flags, mode), writing);
    },
    rename: async (from, to) => {
      this.strike('rename');
      return nodeFs.rename(from, to);
    },
    unlink: nodeFs.unlink,
    readFile: nodeFs.readFile,
    mkdir: nodeFs.mkdir,
  };

  private strike(at: FaultPoint): void {
    const fault = this.fault;
    if (fault?.at !== at) return;
    if (fault.skip > 0) {
      fault.skip -= 1;
      return;
    }
    this.injected += 1;
    fault.times -= 1;
    if (fault.times <= 0) this.fault = null;
    throw errnoError(fault.code, at);
  }

  /** A handle whose writeFile/sync can fail; a failing writeFile first writes half, like a real full disk. */
  private wrap(handle: FileHandle, writing: boolean): FileHandle {
    const writeFile = async (data: string) => {
      if (this.fault?.at === 'writeFile' && this.fault.skip === 0) await handle.write(data.slice(0, Math.floor(data.length / 2)));
      this.strike('writeFile');
      return handle.writeFile(data, 'utf8');
    };
    const sync = async () => {
      this.strike(writing ? 'sync' : 'folderSync');
      return handle.sync();
    };
    return new Proxy(handle, {
      get(target, prop) {
        if (prop === 'writeFile') return writeFile;
        if (prop === 'sync') return sync;
        // FileHandle's methods read private slots, so they must run on the real handle.
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }
}
