import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { syncFolder, toAppError, type FsLike } from './durable-file';
import { applyOps, type PatchOp } from './patch';

/** One acknowledged change: the record's revision after it, and how to redo it. */
export interface LogLine {
  revision: number;
  ops: PatchOp[];
}

const parseLine = (text: string): LogLine | null => {
  try {
    const line = JSON.parse(text) as LogLine;
    return Number.isInteger(line.revision) && Array.isArray(line.ops) ? line : null;
  } catch {
    return null;
  }
};

/**
 * The write-ahead log of each record (`cases/<id>.wal`): one JSON line per change since the
 * record file (the snapshot) was last written. A change is acknowledged once its line is
 * appended and fsynced, so a keystroke costs one small append, whatever the record's size; the
 * snapshot is rewritten later (entity-folder.ts decides when) and the log then removed.
 * The record's state is always the snapshot plus the lines newer than its revision.
 */
export class RecordLog {
  /** Bytes in each log known to end in a whole line (undefined: not yet checked this session). */
  private sizes = new Map<string, number>();

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
    const size = this.sizes.get(id) ?? (await this.trim(file));
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
      // Best effort: a line that was not acknowledged must not be replayed. Should the truncate
      // fail too, the size is re-read (and a torn tail cut) before the next append.
      this.sizes.delete(id);
      await nodeFs.truncate(file, size).catch(() => undefined);
      throw toAppError(error, file);
    }
    this.sizes.set(id, size + Buffer.byteLength(text));
  }

  /** Cuts a torn last line (a crash mid-append: never acknowledged) and returns the size kept. */
  private async trim(file: string): Promise<number> {
    const text = await nodeFs.readFile(file).catch(() => Buffer.alloc(0));
    const keep = text.lastIndexOf(0x0a) + 1;
    if (keep < text.length) await nodeFs.truncate(file, keep);
    return keep;
  }

  /** Every whole line, oldest first; stops at the first line that is not one (a torn tail). */
  async read(id: string): Promise<LogLine[]> {
    const text = await nodeFs.readFile(this.fileFor(id), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw toAppError(error, this.fileFor(id));
    });
    const lines: LogLine[] = [];
    for (const raw of text.split('\n').slice(0, -1)) {
      const line = parseLine(raw);
      if (!line) break;
      lines.push(line);
    }
    return lines;
  }

  /** Removes the log once its changes are in the snapshot. */
  async remove(id: string): Promise<void> {
    this.sizes.delete(id);
    await nodeFs.unlink(this.fileFor(id)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw toAppError(error, this.fileFor(id));
    });
    this.sizes.set(id, 0);
  }

  /** Ids of every log in the folder. */
  async ids(): Promise<string[]> {
    const names = await nodeFs.readdir(this.dir).catch(() => [] as string[]);
    return names.filter((n) => n.endsWith('.wal')).map((n) => n.slice(0, -'.wal'.length));
  }
}

/**
 * Replays onto `doc` (the snapshot, at `revisionOf(doc)`) the lines that follow it: each must
 * carry the next revision. Older lines are already in the snapshot (a crash between writing
 * it and removing the log); a gap means the lines do not belong to this snapshot (it was
 * restored from a backup), and replay stops there rather than guess.
 */
export function replay<T>(doc: T, lines: LogLine[], revisionOf: (doc: T) => number): { doc: T; applied: number } {
  let current = doc;
  let applied = 0;
  for (const line of lines) {
    const revision = revisionOf(current);
    if (line.revision <= revision) continue;
    if (line.revision !== revision + 1) break;
    current = applyOps(current, line.ops);
    if (revisionOf(current) !== line.revision) throw new Error(`log line ${line.revision} does not set the record's revision`);
    applied += 1;
  }
  return { doc: current, applied };
}
