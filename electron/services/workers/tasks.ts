import type { VerificationReport } from '../../../shared/domain/signing';
import type { TrustAnchors } from '../../../shared/domain/trust';
import { AppError, type AppErrorShape } from '../../../shared/result';
import { openPkcs12 } from '../signing/pkcs12';
import { verifyPdf } from '../signing/verifier';
import forge from 'node-forge';

/*
 * The work that runs in the worker pool: anything a picked file can make slow. Results come back
 * as plain data; errors as { code, message } because an Error loses its code on the way.
 */

export type Task =
  | { kind: 'verifyPdf'; pdf: Uint8Array; fileName: string; trust: TrustAnchors; now: string }
  | { kind: 'openPkcs12'; bytes: Uint8Array; passphrase: string }
  | { kind: 'spin'; ms: number };

export interface OpenedPkcs12 {
  keyPem: string;
  certPem: string;
  chainPem: string[];
}

export type TaskResult<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

function run(task: Task): unknown {
  switch (task.kind) {
    case 'verifyPdf':
      return verifyPdf(Buffer.from(task.pdf), task.fileName, task.trust, new Date(task.now)) satisfies VerificationReport;
    case 'openPkcs12': {
      const opened = openPkcs12(Buffer.from(task.bytes), task.passphrase);
      return { keyPem: forge.pki.privateKeyToPem(opened.key), certPem: forge.pki.certificateToPem(opened.cert), chainPem: opened.chain.map((c) => forge.pki.certificateToPem(c)) } satisfies OpenedPkcs12;
    }
    case 'spin': {
      // Only for tests: keeps a worker busy the way a hostile file would.
      const until = Date.now() + task.ms;
      while (Date.now() < until);
      return null;
    }
  }
}

export default function handle(task: Task): TaskResult<unknown> {
  try {
    return { ok: true, value: run(task) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } };
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } };
  }
}
