import { QueryClient, replaceEqualDeep } from '@tanstack/react-query';
import { isNewerOrSame } from '../../../shared/domain/revision';

/**
 * The one cache of server state: every read is a query keyed by [channel, input], every write
 * invalidates exactly the reads it affects (affects.ts). A refetch cancels the one still in
 * flight for the same key, so an older answer can never replace a newer one on screen.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: false,
      refetchOnWindowFocus: false,
      staleTime: 0,
      // A read started before a save may answer after it: a record never goes back a revision.
      structuralSharing: (held: unknown, arriving: unknown) => replaceEqualDeep(held, guarded(held, arriving)),
    },
  },
});

/**
 * The revision guard, in one place: of two answers for the same record, the one with the higher
 * revision stays, whatever order they arrived in.
 */
export function newest<T extends { id: string; revision: number }>(held: T | undefined, arriving: T): T {
  return held && !isNewerOrSame(held, arriving) ? held : arriving;
}

const hasRevision = (value: unknown): value is { id: string; revision: number } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { revision?: unknown }).revision === 'number' &&
  typeof (value as { id?: unknown }).id === 'string';

/** Applies `newest` to any two answers that are revisions of the same record. */
function guarded(held: unknown, arriving: unknown): unknown {
  return hasRevision(held) && hasRevision(arriving) ? newest(held, arriving) : arriving;
}
