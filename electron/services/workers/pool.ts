import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { VerificationReport } from '../../../shared/domain/signing';
import type { CaseBundle } from '../cases/bundle';
import type { buildPdf } from '../reports/build';
import type { TrustAnchors } from '../../../shared/domain/trust';
import type { ErrorKey } from '../../../shared/i18n/errors';
import { AppError, type AppErrorShape } from '../../../shared/result';
import handleInline, { type OpenedPkcs12, type PackedBundle, type Task, type TaskResult } from './tasks';

/** What the user is told when a task overruns its time or kills its worker. */
interface Failures {
  tooLong: ErrorKey;
  crashed: ErrorKey;
}
const CHECKING: Failures = { tooLong: 'checkTooLong', crashed: 'checkCrashed' };

/** Long enough for a 200 MB PDF with a few signatures; a file that takes longer is built to stall. */
export const TASK_TIMEOUT_MS = 30_000;
/** A file cannot make the worker take all the memory of the machine. */
const WORKER_HEAP_MB = 768;

let pool: Piscina | null = null;

/** The built worker beside the main bundle, or the TypeScript source through tsx. */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.ts')) return path.join(path.dirname(here), 'worker-source.mjs');
  const candidates = [path.join(path.dirname(here), 'verify-worker.js'), path.join(path.dirname(here), '..', 'verify-worker.js')];
  return candidates.find((c) => existsSync(c)) ?? candidates[0];
}

function thePool(): Piscina {
  pool ??= new Piscina({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: 2,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  return pool;
}

/**
 * Runs a task off the main thread so the services keep answering. A task that overruns is
 * aborted (piscina ends that worker) and a worker that crashes ends only its task.
 */
async function runTask<T>(
  task: Task,
  timeoutMs = TASK_TIMEOUT_MS,
  transfer: ArrayBuffer[] = [],
  failures: Failures = CHECKING,
): Promise<T> {
  let result: TaskResult<T>;
  if (!existsSync(workerFile())) {
    // Services bundled into one script (test child processes) have no worker file: run in place.
    result = (await handleInline(task)) as TaskResult<T>;
    if (!result.ok) throw AppError.from(result.error);
    return result.value;
  }
  try {
    result = await thePool().run(task, { signal: AbortSignal.timeout(timeoutMs), transferList: transfer });
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (/Abort|Timeout/i.test(name) || /abort/i.test(String(error))) {
      throw new AppError('invalid_input', failures.tooLong);
    }
    throw new AppError('invalid_input', failures.crashed);
  }
  if (!result.ok) throw AppError.from(result.error);
  return result.value;
}

/** Verifies a PDF's signatures in a worker. The bytes are copied once and moved, not cloned. */
export function verifyPdfOffThread(
  pdf: Buffer,
  fileName: string,
  trust: TrustAnchors,
  now: Date,
  timeoutMs?: number,
): Promise<VerificationReport> {
  const copy = new Uint8Array(pdf);
  return runTask({ kind: 'verifyPdf', pdf: copy, fileName, trust, now: now.toISOString() }, timeoutMs, [copy.buffer]);
}

/** Opens a PKCS#12 (PBKDF2 and decryption: slow on purpose) in a worker. */
export function openPkcs12OffThread(bytes: Buffer, passphrase: string): Promise<OpenedPkcs12> {
  return runTask({ kind: 'openPkcs12', bytes: new Uint8Array(bytes), passphrase });
}

/** Unzipping and checking a case file: its limits (300 MB in, 600 MB out) take seconds at most. */
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * The bytes as a view that owns its whole buffer, so it can be moved to a worker. A file read
 * whole already is one (then nothing is copied: copying 30 MB element by element stalls the
 * main thread for ~100 ms); a slice of a shared buffer is copied with one memcpy.
 */
function movable(bytes: Uint8Array): Uint8Array {
  const owns = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return owns ? new Uint8Array(bytes.buffer) : Uint8Array.prototype.slice.call(bytes);
}

/**
 * Unpacks and validates a case file in a worker (the streamed unzip there still stops the
 * moment an entry passes its declared size or limit). Takes the bytes: their buffer is moved to
 * the worker, so the caller must not use them afterwards.
 */
export async function decodeBundleOffThread(
  bytes: Uint8Array,
): Promise<{ ok: true; value: CaseBundle } | { ok: false; error: AppErrorShape }> {
  const moved = movable(bytes);
  const packed = await runTask<{ ok: true; value: PackedBundle } | { ok: false; error: AppErrorShape }>(
    { kind: 'decodeBundle', bytes: moved },
    IMPORT_TIMEOUT_MS,
    [moved.buffer as ArrayBuffer],
    { tooLong: 'unpackTooLong', crashed: 'unpackCrashed' },
  );
  if (!packed.ok) return packed;
  const { recordJson, ...rest } = packed.value;
  // Validated by caseSchema in the worker; JSON.stringify of its output parses back to the same data.
  return { ok: true, value: { ...rest, record: JSON.parse(recordJson) as CaseBundle['record'] } };
}

/** A 200-page report with photographs takes seconds; minutes means something is wrong. */
const PDF_TIMEOUT_MS = 180_000;

/**
 * Lays a document out in a worker: the arguments are buildPdf's own (a plain report model and
 * any options after it), so the pdfmake definition, with its functions, is made over there.
 */
export async function buildPdfOffThread(...args: Parameters<typeof buildPdf>): Promise<Buffer> {
  const pdf = await runTask<Uint8Array>({ kind: 'buildPdf', args }, PDF_TIMEOUT_MS, [], {
    tooLong: 'layoutTooLong',
    crashed: 'layoutCrashed',
  });
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** Test hook: occupies a worker for `ms`, like a hostile file would. */
export function spinOffThread(ms: number, timeoutMs?: number): Promise<null> {
  return runTask({ kind: 'spin', ms }, timeoutMs);
}

/** Stops the workers (when the app quits, and after tests). */
export async function closeWorkers(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
