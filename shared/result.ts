/** Error codes the UI can translate; every failure crossing IPC carries one. */
export const errorCodes = [
  'invalid_input',
  'not_found',
  'conflict',
  'disk_full',
  'io_error',
  'workspace_locked',
  'corrupt_file',
  'unsupported',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

/** Thrown inside services; turned into a Result at the IPC boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
