import { z } from 'zod';

/**
 * Every saved change to a case or workshop adds one to its revision. Two saves in flight can be
 * answered out of order (IPC, HTTP, a slow disk); the screen keeps whichever answer is newest.
 */
export const revisionSchema = z.number().int().nonnegative().default(0);

interface Revisioned {
  id: string;
  revision: number;
}

/** Whether `incoming` may replace `shown`: another record, or the same one at least as new. */
export function isNewerOrSame(shown: Revisioned | null, incoming: Revisioned): boolean {
  return shown === null || shown.id !== incoming.id || incoming.revision >= shown.revision;
}
