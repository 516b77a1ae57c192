import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import { journalEntrySchema, type JournalEntry, type JournalVerdict } from '../../../shared/domain/journal';
import { toAppError } from '../store/durable-file';

const GENESIS = '0'.repeat(64);

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

  constructor(
    private readonly workspaceDir: string,
    private readonly clock: () => Date,
    private readonly actor: () => JournalEntry['actor'],
  ) {}

  /** Drops the cached tail of a journal whose file was replaced outside `append` (an import). */
  forget(id: string): void {
    this.tails.delete(id);
  }

  fileFor(id: string): string {
    return path.join(this.workspaceDir, 'journal', `${id}.jsonl`);
  }

  append(id: string, input: JournalInput): Promise<JournalEntry> {
    const run = (this.queues.get(id) ?? Promise.resolve()).then(() => this.appendNow(id, input));
    this.queues.set(id, run.catch(() => undefined));
    return run;
  }

  private async appendNow(id: string, input: JournalInput): Promise<JournalEntry> {
    const file = this.fileFor(id);
    const tail = this.tails.get(id) ?? (await this.readTail(file));
    const body = {
      seq: tail.seq + 1,
      at: this.clock().toISOString(),
      actor: this.actor(),
      kind: input.kind,
      summary: input.summary,
      ...(input.details ? { details: input.details } : {}),
      prevHash: tail.hash,
    };
    const entry: JournalEntry = { ...body, hash: hashEntry(body) };
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      const handle = await fs.open(file, 'a');
      try {
        await handle.write(`${JSON.stringify(entry)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      this.tails.delete(id);
      throw toAppError(error, file);
    }
    this.tails.set(id, { seq: entry.seq, hash: entry.hash });
    return entry;
  }

  private async readTail(file: string): Promise<{ seq: number; hash: string }> {
    const text = await fs.readFile(file, 'utf8').catch(() => '');
    const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
    if (complete.length !== text.length) await fs.truncate(file, Buffer.byteLength(complete));
    const lines = complete.split('\n').filter(Boolean);
    if (lines.length === 0) return { seq: -1, hash: GENESIS };
    const last = journalEntrySchema.parse(JSON.parse(lines[lines.length - 1]));
    return { seq: last.seq, hash: last.hash };
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
        return { ok: false, entries: lines.length, brokenAt: line, reason: `Line ${line} does not follow line ${line - 1}: an entry was removed, inserted or changed.` };
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
