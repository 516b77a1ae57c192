import type { AppErrorShape, ErrorCode } from '../../../shared/result';

/**
 * A save can fail two ways. The disk, the lock or the unexpected can lose work: the header says
 * "Not saved" and offers Retry. A rule can refuse a change (say, a full award without its
 * justification): nothing was lost, so the header stays calm and the refusal is told at the field
 * that asked for the change. This module routes refusals to that field.
 */
const durabilityFailures = new Set<ErrorCode>(['disk_full', 'io_error', 'workspace_locked', 'internal']);

/** Whether the error means the change may not be on disk (rather than a rule refusing it). */
export function isDurabilityFailure(error: AppErrorShape): boolean {
  return durabilityFailures.has(error.code);
}

type Sink = (message: string) => void;
let current: Sink | null = null;
const told = new WeakSet<AppErrorShape>();

/**
 * Runs `start` (which starts saves synchronously, as an autosave field's save does) and sends
 * the refusal of any save it started to `onRefusal`.
 */
export function routeRefusals<T>(onRefusal: Sink, start: () => T): T {
  const previous = current;
  current = onRefusal;
  try {
    return start();
  } finally {
    current = previous;
  }
}

/** Captured by the API client when a save starts: where its refusal should be told. */
export function refusalSinkForNewSave(): (error: AppErrorShape) => void {
  const sink = current;
  return (error) => {
    if (!sink) return;
    told.add(error);
    sink(error.message);
  };
}

/** Whether a refusal has already been shown at its field (so no toast repeats it). */
export function refusalWasTold(error: AppErrorShape): boolean {
  return told.has(error);
}
