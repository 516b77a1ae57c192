import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { journalEntrySchema, type JournalEntry, type JournalVerdict } from '../../../shared/domain/journal';
import { ensureFolder, syncFolder, toAppError, type FsLike } from '../store/durable-file';

export const GENESIS = '0'.repeat(64);

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return null;
  }
}

export type JournalInput = Pick<JournalEntry, 'kind' | 'summary' | 'details'>;

/** The hash of an entry covers every field but its own hash, in a fixed key order. */
export function hashEntry(entry: Omit<JournalEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    entry.seq,
    entry.at,
    entry.actor.name,
    entry.actor.role,
    entry.kind,
    entry.summary,
    entry.details ?? null,
    entry.prevHash,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/**
 * Append-only, hash-chained change logs, one file per case or workshop. An append resolves
 * only once the line is fsynced. A torn last line (a crash mid-append) was never acknowledged,
 * so it is cut off before the next append rather than breaking the chain.
 */
export class Journals {
  private tails = new Map<string, { seq: number; hash: string }>();
  private queues = new Map<string, Promise<unknown>>();
  /** Appends that failed and are not yet taken back: the journal's size before, and the line. */
  private failed = new Map<string, { size: number; line: Buffer }>();

  constructor(
    private readonly workspaceDir: string,
    private readonly clock: () => Date,
    private readonly actor: () => JournalEntry['actor'],
    /** Injected only by tests that simulate disk faults. */
    private readonly fsLike: FsLike = fs,
  ) {}

  /** Runs `task` after every earlier append to this journal, and before any later one. */
  private enqueue<T>(id: string, task: () => Promise<T>): Promise<T> {
    const run = (this.queues.get(id) ?? Promise.resolve()).then(task);
    this.queues.set(
      id,
      run.catch(() => undefined),
    );
    return run;
  }

  /** Waits until every append and repair started so far has settled. */
  async drain(): Promise<void> {
    await Promise.all([...this.queues.values()]);
  }

  /** Drops the cached tail of a journal whose file was replaced outside `append` (an import). */
  forget(id: string): void {
    this.tails.delete(id);
    this.failed.delete(id);
  }

  fileFor(id: string): string {
    return path.join(this.workspaceDir, 'journal', `${id}.jsonl`);
  }

  append(id: string, input: JournalInput): Promise<JournalEntry> {
    return this.enqueue(id, () => this.appendNow(id, input));
  }

  /**
   * Takes back the last line if it is `entry`: the change it describes failed to reach its
   * record file, so the history must not claim it. Should this fail too, the repair at the next
   * open removes the line (its revision is newer than the record's).
   */
  retract(id: string, entry: JournalEntry): Promise<void> {
    return this.enqueue(id, async () => {
      this.tails.delete(id);
      const file = this.fileFor(id);
      const text = await fs.readFile(file, 'utf8');
      const line = `${JSON.stringify(entry)}\n`;
      if (!text.endsWith(line)) return;
      const keep = text.slice(0, text.length - line.length);
      if (keep.length === 0) await fs.unlink(file);
      else await fs.truncate(file, Buffer.byteLength(keep));
      const handle = await fs.open(file, 'r+').catch(() => null);
      await handle?.sync().finally(() => handle.close());
    });
  }

  /** Runs a repair of one journal's file in its queue, and forgets its cached tail. */
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.enqueue(id, async () => {
      this.tails.delete(id);
      return task();
    });
  }

  /** The entry that follows `tail`, stamped now by the current user. */
  entryAfter(tail: { seq: number; hash: string }, input: JournalInput): JournalEntry {
    const body = {
      seq: tail.seq + 1,
      at: this.clock().toISOString(),
      actor: this.actor(),
      kind: input.kind,
      summary: input.summary,
      ...(input.details ? { details: input.details } : {}),
      prevHash: tail.hash,
    };
    return { ...body, hash: hashEntry(body) };
  }

  /** `text` (a whole journal, e.g. an imported one) with `input` chained after its last line. */
  textWithLine(text: string, input: JournalInput): string {
    const lines = text.split('\n').filter(Boolean);
    let tail = { seq: -1, hash: GENESIS };
    for (let i = lines.length - 1; i >= 0; i--) {
      const parsed = journalEntrySchema.safeParse(safeJson(lines[i]));
      if (parsed.success) {
        tail = { seq: parsed.data.seq, hash: parsed.data.hash };
        break;
      }
    }
    return `${lines.join('\n')}${lines.length ? '\n' : ''}${JSON.stringify(this.entryAfter(tail, input))}\n`;
  }

  private async appendNow(id: string, input: JournalInput): Promise<JournalEntry> {
    const file = this.fileFor(id);
    // A failed append's line must be gone before another is chained after it: the two would
    // claim one revision, and the history a change that was never saved.
    await this.takeBack(id).catch((error: unknown) => {
      throw toAppError(error, file);
    });
    const tail = this.tails.get(id) ?? (await this.readTail(file));
    const entry = this.entryAfter(tail, input);
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    let size: number | null = null;
    try {
      await ensureFolder(path.dirname(file), this.fsLike);
      const created = tail.seq === -1;
      const handle = await this.fsLike.open(file, 'a');
      try {
        size = (await handle.stat()).size;
        await handle.writeFile(line);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // A new journal file is only durable once its folder's entry is: without this a power cut
      // could lose the whole file while the record it describes survives.
      if (created) await syncFolder(path.dirname(file), this.fsLike);
    } catch (error) {
      this.tails.delete(id);
      // A write or fsync that failed may still have put the line (or part of it) in the file, and
      // even on the disk: take it back now, durably, or before the next append (which is refused
      // until it is).
      if (size !== null) {
        this.failed.set(id, { size, line });
        await this.takeBack(id).catch(() => undefined);
      }
      throw toAppError(error, file);
    }
    this.tails.set(id, { seq: entry.seq, hash: entry.hash });
    return entry;
  }

  /** Cuts a failed append's bytes off the journal's end and fsyncs it (nothing if they are not there). */
  private async takeBack(id: string): Promise<void> {
    const failed = this.failed.get(id);
    if (!failed) return;
    const file = this.fileFor(id);
    const text = await this.fsLike.readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return Buffer.alloc(0);
      throw error;
    });
    const extra = text.subarray(failed.size);
    // Only if what follows the old end is (the start of) that line: anything else is not ours to cut.
    if (text.length > failed.size && extra.length <= failed.line.length && failed.line.subarray(0, extra.length).equals(extra)) {
      const handle = await this.fsLike.open(file, 'r+');
      try {
        await handle.truncate(failed.size);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    this.failed.delete(id);
  }

  private async readTail(file: string): Promise<{ seq: number; hash: string }> {
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
    if (complete.length !== text.length) await fs.truncate(file, Buffer.byteLength(complete));
    const lines = complete.split('\n').filter(Boolean);
    if (lines.length === 0) return { seq: -1, hash: GENESIS };
    // A last line that is not an entry (garbage written by a crash or another program) must not
    // make every later save fail: the repair at open sets such lines aside; until then, chain
    // from the last line that is an entry, which verify() will report as broken.
    for (let i = lines.length - 1; i >= 0; i--) {
      const parsed = journalEntrySchema.safeParse(safeJson(lines[i]));
      if (parsed.success) return { seq: parsed.data.seq, hash: parsed.data.hash };
    }
    return { seq: -1, hash: GENESIS };
  }

  /** Every entry, oldest first; lines that do not parse are skipped (the verifier reports them). */
  async read(id: string): Promise<JournalEntry[]> {
    const text = await fs.readFile(this.fileFor(id), 'utf8').catch(() => '');
    const entries: JournalEntry[] = [];
    for (const line of text.split('\n')) {
      if (!line) continue;
      try {
        entries.push(journalEntrySchema.parse(JSON.parse(line)));
      } catch {
        // Reported by verify().
      }
    }
    return entries;
  }

  /** Walks the chain and reports the first line that does not follow from the one before. */
  async verify(id: string): Promise<JournalVerdict> {
    const text = await fs.readFile(this.fileFor(id), 'utf8').catch(() => '');
    const lines = text.split('\n').filter(Boolean);
    let prev = GENESIS;
    for (let index = 0; index < lines.length; index++) {
      const line = index + 1;
      let entry: JournalEntry;
      try {
        entry = journalEntrySchema.parse(JSON.parse(lines[index]));
      } catch {
        return { ok: false, entries: lines.length, brokenAt: line, reason: `Line ${line} is not a valid entry.` };
      }
      if (entry.seq !== index) {
        return { ok: false, entries: lines.length, brokenAt: line, reason: `Line ${line} is out of sequence.` };
      }
      if (entry.prevHash !== prev) {
        return {
          ok: false,
          entries: lines.length,
          brokenAt: line,
          reason: `Line ${line} does not follow line ${line - 1}: an entry was removed, inserted or changed.`,
        };
      }
      const { hash, ...body } = entry;
      if (hashEntry(body) !== hash) {
        return { ok: false, entries: lines.length, brokenAt: line, reason: `Line ${line} was changed after it was written.` };
      }
      prev = hash;
    }
    return { ok: true, entries: lines.length };
  }
}
