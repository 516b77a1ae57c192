import { QueryClient, replaceEqualDeep } from '@tanstack/react-query';

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
export function newest<T extends { revision: number }>(held: T | undefined, arriving: T): T {
  return held && held.revision > arriving.revision ? held : arriving;
}

const hasRevision = (value: unknown): value is { id: unknown; revision: number } =>
  typeof value === 'object' && value !== null && typeof (value as { revision?: unknown }).revision === 'number';

/** Applies `newest` to any two answers that are revisions of the same record. */
function guarded(held: unknown, arriving: unknown): unknown {
  return hasRevision(held) && hasRevision(arriving) && held.id === arriving.id ? newest(held, arriving) : arriving;
}
