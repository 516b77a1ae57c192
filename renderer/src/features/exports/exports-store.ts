import type { IdentityStatus } from '../../../../shared/domain/signing';
import type { Exportable } from '../../../../shared/ipc/contracts/exports';
import type { AppErrorShape } from '../../../../shared/result';
import { call, queryClient, useRead } from '../../lib/query';

interface Exports {
  identity: IdentityStatus | null;
  documents: Exportable[];
  load: () => Promise<void>;
  /** Applies an identity result from any dialog; returns its error, if any. */
  setIdentity: (result: { ok: true; data: IdentityStatus | null } | { ok: false; error: AppErrorShape }) => AppErrorShape | null;
  lock: () => Promise<void>;
}

const showIdentity = (identity: IdentityStatus) => queryClient.setQueryData(['signing:status'], identity);

const actions: Omit<Exports, 'identity' | 'documents'> = {
  // The Documents page asks on entry; a dialog that shows the identity does not ask again.
  load: () =>
    queryClient.invalidateQueries({ predicate: ({ queryKey }) => queryKey[0] === 'signing:status' || queryKey[0] === 'exports:documents' }),
  setIdentity: (result) => {
    if (!result.ok) return result.error;
    if (result.data) showIdentity(result.data);
    return null;
  },
  lock: async () => {
    const result = await call('signing:lock');
    if (result.ok) showIdentity(result.data);
  },
};

const none: Exportable[] = [];

/** The signing identity's status and the exportable documents: the `signing:status` and `exports:documents` queries. */
export function useExports(): Exports;
export function useExports<T>(select: (state: Exports) => T): T;
export function useExports<T>(select?: (state: Exports) => T): Exports | T {
  const identity = useRead('signing:status', undefined, { refetchOnMount: false });
  const documents = useRead('exports:documents', undefined, { refetchOnMount: false });
  const state: Exports = { identity: identity.data ?? null, documents: documents.data ?? none, ...actions };
  return select ? select(state) : state;
}
