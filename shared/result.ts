import { englishError, isErrorKey, type ErrorKey, type ErrorValues } from './i18n/errors';

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
  /** The English text, for logs and tests; the interface shows the key's text in its own language. */
  message: string;
  /** What was said, by stable key (shared/i18n/errors); absent only for failures not yet given one. */
  key?: ErrorKey;
  values?: ErrorValues;
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorShape };

/**
 * Thrown inside services; turned into a Result at the IPC boundary. Raised with a key of
 * shared/i18n/errors and its values (`new AppError('not_found', 'organisationGone')`), so every
 * language can say it; its message is the English text. A plain sentence is still accepted from
 * the workspace store (electron/services/store/, which gives its keys next); tests/unit/i18n/
 * error-keys.test.ts refuses it anywhere else.
 */
export class AppError extends Error {
  readonly key: ErrorKey | undefined;
  readonly values: ErrorValues;

  constructor(
    readonly code: ErrorCode,
    key: ErrorKey | (string & {}),
    values: ErrorValues = {},
  ) {
    const keyed = isErrorKey(key);
    super(keyed ? englishError(key, values) : key);
    this.name = 'AppError';
    this.key = keyed ? key : undefined;
    this.values = values;
  }

  /** An error that crossed a boundary as data (a worker's answer, a rule's verdict) thrown again. */
  static from(shape: AppErrorShape): AppError {
    return new AppError(shape.code, shape.key ?? shape.message, shape.values);
  }

  toShape(): AppErrorShape {
    return this.key
      ? { code: this.code, message: this.message, key: this.key, values: this.values }
      : { code: this.code, message: this.message };
  }
}

/** The shape of a keyed error without throwing it (rules and workers answer with one). */
export const refusal = (code: ErrorCode, key: ErrorKey, values: ErrorValues = {}): AppErrorShape => ({
  code,
  message: englishError(key, values),
  key,
  values,
});

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = (code: ErrorCode, key: ErrorKey, values: ErrorValues = {}): Result<never> => ({
  ok: false,
  error: refusal(code, key, values),
});
