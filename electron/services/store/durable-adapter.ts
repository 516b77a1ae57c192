import type { Adapter } from 'lowdb';
import { readTextIfExists, writeFileDurably, type FsLike } from './durable-file';

/**
 * lowdb adapter whose write resolves only once the bytes are durable.
 * Writes are serialised per file, so an older snapshot can never rename over a newer one.
 */
export class DurableJsonAdapter<T> implements Adapter<T> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly fs?: FsLike,
  ) {}

  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.file, this.fs);
    return text === null ? null : (JSON.parse(text) as T);
  }

  async write(data: T): Promise<void> {
    await this.writeText(data);
  }

  /** Writes `text` as it is, in turn with the other writes. */
  writeRaw(text: string): Promise<void> {
    const run = this.queue.then(() => writeFileDurably(this.file, text, this.fs));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Like write(), resolving with the exact text that is now on disk. */
  writeText(data: T): Promise<string> {
    // Snapshot now: later in-memory edits belong to a later write.
    const text = JSON.stringify(data);
    const run = this.queue.then(() => writeFileDurably(this.file, text, this.fs)).then(() => text);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
