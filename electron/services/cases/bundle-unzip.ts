import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

/** How much an archive may hold; every limit is checked against the bytes actually inflated. */
export interface UnzipLimits {
  maxEntries: number;
  maxTotalBytes: number;
  /** The most one entry may inflate to (its name decides: a manifest is small, a case larger). */
  maxEntryBytes: (name: string) => number;
}

export type UnzipOutcome =
  { ok: true; files: Record<string, Uint8Array> } | { ok: false; reason: 'too_large' | 'too_many' | 'damaged'; name?: string };

/** Small input steps bound each burst of output: deflate expands at most ~1,032 to 1. */
const INPUT_STEP = 16 * 1024;

class Refused extends Error {
  constructor(readonly outcome: Extract<UnzipOutcome, { ok: false }>) {
    super(outcome.reason);
  }
}

/**
 * Unpacks a zip as a stream, counting the bytes each entry really inflates to, and stops the
 * moment an entry passes its declared size or its limit, or the total passes the archive's: a
 * 1 MB file that would expand to 1 GB is refused after at most the limit plus one step, with
 * memory bounded by the limits rather than by what the archive claims. It yields to the event
 * loop between steps, so the process keeps answering other calls meanwhile.
 */
export async function unzipBounded(bytes: Uint8Array, limits: UnzipLimits): Promise<UnzipOutcome> {
  const files: Record<string, Uint8Array> = {};
  let entries = 0;
  let total = 0;
  let refused: Refused | null = null;
  const unzip = new Unzip((file) => {
    entries += 1;
    if (entries > limits.maxEntries) throw new Refused({ ok: false, reason: 'too_many' });
    const cap = Math.min(limits.maxEntryBytes(file.name), file.originalSize ?? Number.POSITIVE_INFINITY);
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (refused) return;
      if (error) {
        refused = new Refused({ ok: false, reason: 'damaged', name: file.name });
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > cap || total > limits.maxTotalBytes) {
        refused = new Refused({ ok: false, reason: 'too_large', name: file.name });
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files[file.name] = concat(chunks, size);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let offset = 0; offset < bytes.length; offset += INPUT_STEP) {
      const end = Math.min(offset + INPUT_STEP, bytes.length);
      unzip.push(bytes.subarray(offset, end), end === bytes.length);
      if (refused) return (refused as Refused).outcome;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    return { ok: false, reason: 'damaged' };
  }
  // Not a zip at all (no entry found), or an entry that never reached its end: damaged.
  if (entries === 0 || Object.keys(files).length !== entries) return { ok: false, reason: 'damaged' };
  return { ok: true, files };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
