import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { renameRetrying, syncFolder, toAppError, type FsLike } from './durable-file';
import type { PatchOp } from './patch';

/** One acknowledged change: the record's revision after it, and how to redo it. */
export interface LogLine {
  revision: number;
  ops: PatchOp[];
  /** The record's schema version the ops are written against (absent in logs from before it was kept: 1). */
  v?: number;
}

/** A log as read from disk: its whole lines that parse, and how many whole lines did not. */
export interface LogContents {
  lines: LogLine[];
  damaged: number;
}

const parseLine = (text: string): LogLine | null => {
  try {
    const line = JSON.parse(text) as LogLine;
    return line && Number.isInteger(line.revision) && Array.isArray(line.ops) && (line.v === undefined || Number.isInteger(line.v))
      ? line
      : null;
  } catch {
    return null;
  }
};

/** Every whole line of a log's text (a last line without its newline was never acknowledged). */
export function parseLog(text: string): LogContents {
  const lines: LogLine[] = [];
  let damaged = 0;
  for (const raw of text.split('\n').slice(0, -1)) {
    if (raw.trim() === '') continue;
    const line = parseLine(raw);
    if (line) lines.push(line);
    else damaged += 1;
  }
  return { lines, damaged };
}

/** Why a log was set aside, in its file name. */
export type AsideReason = 'damaged' | 'orphaned';

/**
 * The write-ahead log of each record (`cases/<id>.wal`): one JSON line per change since the
 * record file (the snapshot) was last written. A change is acknowledged once its line is
 * appended and fsynced, so a keystroke costs one small append, whatever the record's size; the
 * snapshot is rewritten later (entity-folder.ts decides when) and the log then removed.
 * The record's state is always the snapshot plus the lines newer than its revision.
 * A log is only ever removed once every line in it is in the snapshot; one holding lines that
 * cannot be replayed is set aside (`<id>.wal.damaged-<time>`), never deleted.
 */
export class RecordLog {
  /** Bytes in each log known to end in its last acknowledged line (undefined: not yet checked). */
  private sizes = new Map<string, number>();
  /** Logs where a failed append could not be undone: cut back to `sizes` before the next append. */
  private dirty = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly fs: FsLike = nodeFs,
  ) {}

  fileFor(id: string): string {
    return path.join(this.dir, `${id}.wal`);
  }

  /** Bytes written to the log since the last snapshot (0 when there is none). */
  bytes(id: string): number {
    return this.sizes.get(id) ?? 0;
  }

  /** Appends `line` and fsyncs it: the change's commit point. Undoes a partial append on failure. */
  async append(id: string, line: LogLine): Promise<void> {
    const file = this.fileFor(id);
    let size = this.sizes.get(id);
    if (size === undefined) size = await this.trim(file);
    else if (this.dirty.has(id)) {
      // An earlier failed append left bytes we could not cut. Its line carries the revision this
      // one is about to take, so appending after it would make two lines claim one revision (and
      // replay the unacknowledged one): refuse until it is cut.
      await this.cut(file, size);
      this.dirty.delete(id);
    }
    const text = `${JSON.stringify(line)}\n`;
    try {
      const handle = await this.fs.open(file, 'a');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      // A new log is only durable once its folder entry is: without this a power cut could lose
      // the file, and with it changes Casebook said were saved.
      if (size === 0) await syncFolder(this.dir, this.fs);
    } catch (error) {
      // A line that was not acknowledged must never be replayed.
      this.sizes.set(id, size);
      await this.cut(file, size).catch(() => this.dirty.add(id));
      throw toAppError(error, file);
    }
    this.sizes.set(id, size + Buffer.byteLength(text));
  }

  /** Truncates the log to `size` bytes, durably. */
  private async cut(file: string, size: number): Promise<void> {
    const handle = await this.fs.open(file, 'r+').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' && size === 0) return null;
      throw error;
    });
    if (!handle) return;
    try {
      await handle.truncate(size);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  /** Cuts a torn last line (a crash mid-append: never acknowledged) and returns the size kept. */
  private async trim(file: string): Promise<number> {
    const text = await this.fs.readFile(file).catch(() => Buffer.alloc(0));
    const keep = text.lastIndexOf(0x0a) + 1;
    if (keep < text.length) await this.cut(file, keep);
    return keep;
  }

  /** Every whole line that parses, oldest first, and how many whole lines did not. */
  async contents(id: string): Promise<LogContents> {
    const text = await this.fs.readFile(this.fileFor(id), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw toAppError(error, this.fileFor(id));
    });
    return parseLog(text);
  }

  /** Every whole line that parses, oldest first (damaged lines are skipped; replay stops at the gap). */
  async read(id: string): Promise<LogLine[]> {
    return (await this.contents(id)).lines;
  }

  /** Removes the log once its changes are in the snapshot. */
  async remove(id: string): Promise<void> {
    this.sizes.delete(id);
    this.dirty.delete(id);
    await this.fs.unlink(this.fileFor(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw toAppError(error, this.fileFor(id));
    });
    this.sizes.set(id, 0);
  }

  /**
   * Moves the log aside, whole, as `<id>.wal.<reason>-<time>`: its lines stay on disk for
   * recovery (salvage()), and the record starts a new log. Returns the new name.
   */
  async setAside(id: string, reason: AsideReason, now: Date, base?: number): Promise<string> {
    const file = this.fileFor(id);
    // `base`, the record's revision once the lines that could be replayed are in it, tells
    // recovery (store/set-aside.ts) which lines the record holds, even after it moved on.
    const at = `${now.toISOString().replaceAll(':', '-')}${base === undefined ? '' : `-r${base}`}`;
    const aside = `${file}.${reason}-${at}-${randomBytes(3).toString('hex')}`;
    try {
      await renameRetrying(file, aside, this.fs);
      await syncFolder(this.dir, this.fs);
    } catch (error) {
      throw toAppError(error, file);
    }
    this.sizes.set(id, 0);
    this.dirty.delete(id);
    return aside;
  }

  /** Ids of every log in the folder. */
  async ids(): Promise<string[]> {
    const names = await nodeFs.readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.wal')).map((n) => n.slice(0, -'.wal'.length));
  }

  /** Every set-aside log in the folder (what still needs a person's look), by record id. */
  async setAsideFiles(): Promise<{ id: string; file: string; reason: AsideReason }[]> {
    const names = await nodeFs.readdir(this.dir).catch(() => [] as string[]);
    return names.flatMap((name) => {
      const m = /^(.+)\.wal\.(damaged|orphaned)-/.exec(name);
      return m ? [{ id: m[1], file: path.join(this.dir, name), reason: m[2] as AsideReason }] : [];
    });
  }
}

/** Every line a set-aside log still holds, read back for recovery. */
export async function salvage(file: string): Promise<LogContents> {
  const text = await nodeFs.readFile(file, 'utf8');
  // A set-aside log may end without a newline (a crash mid-append): its last line is offered too.
  return parseLog(text.endsWith('\n') ? text : `${text}\n`);
}
