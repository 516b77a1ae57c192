import { create } from 'zustand';
import type { IdentityStatus } from '../../../../shared/domain/signing';
import type { Exportable } from '../../../../shared/ipc/contracts/exports';
import type { AppErrorShape } from '../../../../shared/result';
import { api } from '../../lib/api';

interface ExportsState {
  identity: IdentityStatus | null;
  documents: Exportable[];
  load: () => Promise<void>;
  /** Applies an identity result from any dialog; returns its error, if any. */
  setIdentity: (result: { ok: true; data: IdentityStatus | null } | { ok: false; error: AppErrorShape }) => AppErrorShape | null;
  lock: () => Promise<void>;
}

/** The signing identity's status and the exportable documents, as main last reported them. */
export const useExports = create<ExportsState>((set) => ({
  identity: null,
  documents: [],
  load: async () => {
    const [identity, documents] = await Promise.all([api.signing.status(), api.exports.documents()]);
    set({ ...(identity.ok ? { identity: identity.data } : {}), ...(documents.ok ? { documents: documents.data } : {}) });
  },
  setIdentity: (result) => {
    if (!result.ok) return result.error;
    if (result.data) set({ identity: result.data });
    return null;
  },
  lock: async () => {
    const result = await api.signing.lock();
    if (result.ok) set({ identity: result.data });
  },
}));
