import type { VerificationReport } from '../../../shared/domain/signing';
import type { TrustAnchors } from '../../../shared/domain/trust';
import { AppError, refusal, type AppErrorShape } from '../../../shared/result';
import { decodeBundle, type CaseBundle } from '../cases/bundle';
import { buildPdf } from '../reports/build';
import { openPkcs12, toPkcs12 } from '../signing/pkcs12';
import { verifyPdf } from '../signing/verifier';
import forge from 'node-forge';

/*
 * The work that runs in the worker pool: anything a picked file can make slow. Results come back
 * as plain data; errors as their shape (code, key, values) because an Error loses them on the way.
 */

export type Task =
  | { kind: 'verifyPdf'; pdf: Uint8Array; fileName: string; trust: TrustAnchors; now: string }
  | { kind: 'openPkcs12'; bytes: Uint8Array; passphrase: string }
  /** Unzips (streamed, bounded) and validates a case file picked for import. */
  | { kind: 'decodeBundle'; bytes: Uint8Array }
  /**
   * Lays out a document: buildPdf's own arguments (the plain report model and whatever options
   * follow it). The pdfmake definition, with its header and footer functions, is made here.
   */
  | { kind: 'buildPdf'; args: Parameters<typeof buildPdf> }
  | { kind: 'spin'; ms: number };

export interface OpenedPkcs12 {
  keyPem: string;
  certPem: string;
  chainPem: string[];
  /** The same identity written again with today's protection (SHA-256 MAC), when the file's was older. */
  upgraded: Uint8Array | null;
}

export type TaskResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/**
 * A decoded case as it crosses back: the record as one JSON string. Rebuilding thousands of
 * small objects from a structured clone stalls the receiving thread (~100 ms for 4,000
 * evidence items); one string arrives in a memcpy and JSON.parse is several times faster.
 */
export type PackedBundle = Omit<CaseBundle, 'record'> & { recordJson: string };
type DecodedBundle = Awaited<ReturnType<typeof decodeBundle>>;

function packBundle(decoded: DecodedBundle): { ok: true; value: PackedBundle } | Extract<DecodedBundle, { ok: false }> {
  if (!decoded.ok) return decoded;
  const { record, ...rest } = decoded.value;
  return { ok: true, value: { ...rest, recordJson: JSON.stringify(record) } };
}

function run(task: Task): unknown {
  switch (task.kind) {
    case 'verifyPdf':
      return verifyPdf(Buffer.from(task.pdf), task.fileName, task.trust, new Date(task.now)) satisfies VerificationReport;
    case 'openPkcs12': {
      const opened = openPkcs12(Buffer.from(task.bytes), task.passphrase);
      const name = String((opened.cert.subject.getField('CN') as { value?: string } | null)?.value ?? '');
      return {
        keyPem: forge.pki.privateKeyToPem(opened.key),
        certPem: forge.pki.certificateToPem(opened.cert),
        chainPem: opened.chain.map((c) => forge.pki.certificateToPem(c)),
        upgraded: opened.outdated ? new Uint8Array(toPkcs12(opened.key, opened.cert, task.passphrase, name, opened.chain)) : null,
      } satisfies OpenedPkcs12;
    }
    case 'decodeBundle':
      return decodeBundle(task.bytes).then(packBundle);
    case 'buildPdf':
      // A Buffer arrives on the other side as a plain Uint8Array; send one to begin with.
      return buildPdf(...task.args).then((pdf) => new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.length));
    case 'spin': {
      // Only for tests: keeps a worker busy the way a hostile file would.
      const until = Date.now() + task.ms;
      while (Date.now() < until);
      return null;
    }
  }
}

export default async function handle(task: Task): Promise<TaskResult<unknown>> {
  try {
    return { ok: true, value: await run(task) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    return { ok: false, error: refusal('internal', 'unexpected', { detail: error instanceof Error ? error.message : String(error) }) };
  }
}
