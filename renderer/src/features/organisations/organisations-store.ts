import { create } from 'zustand';
import type { Organisation, OrganisationDraft } from '../../../../shared/domain/organisation';
import type { AppErrorShape } from '../../../../shared/result';
import { api } from '../../lib/api';

interface OrganisationsState {
  items: Organisation[];
  loaded: boolean;
  load: () => Promise<void>;
  create: (draft: OrganisationDraft) => Promise<AppErrorShape | null>;
  update: (id: string, draft: OrganisationDraft) => Promise<AppErrorShape | null>;
  remove: (id: string) => Promise<AppErrorShape | null>;
}

/** Organisations as last confirmed by main; every change reloads from the source. */
export const useOrganisations = create<OrganisationsState>((set, get) => {
  const after = async (result: { ok: boolean; error?: AppErrorShape }) => {
    if (!result.ok) return result.error ?? null;
    await get().load();
    return null;
  };
  return {
    items: [],
    loaded: false,
    load: async () => {
      const result = await api.organisations.list();
      if (result.ok) set({ items: result.data, loaded: true });
    },
    create: async (draft) => after(await api.organisations.create(draft)),
    update: async (id, draft) => after(await api.organisations.update({ id, draft })),
    remove: async (id) => after(await api.organisations.delete({ id })),
  };
});
