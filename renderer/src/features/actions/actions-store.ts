import { create } from 'zustand';
import type { ActionChange, ActionDraft, SourcedAction } from '../../../../shared/domain/actions-rules';
import type { ActionRef } from '../../../../shared/ipc/contracts/actions';
import type { AppErrorShape } from '../../../../shared/result';
import { api } from '../../lib/api';

interface ActionsState {
  items: SourcedAction[];
  loaded: boolean;
  load: () => Promise<void>;
  create: (draft: ActionDraft) => Promise<AppErrorShape | null>;
  update: (ref: ActionRef, change: ActionChange) => Promise<AppErrorShape | null>;
  remove: (ref: ActionRef) => Promise<AppErrorShape | null>;
}

export const refOf = ({ source, action }: SourcedAction): ActionRef => ({ kind: source.kind, sourceId: source.id, actionId: action.id });

/** Every action as main last confirmed it; each change reloads the list from the sources. */
export const useActions = create<ActionsState>((set, get) => {
  const after = async (result: { ok: boolean; error?: AppErrorShape }) => {
    if (!result.ok) return result.error ?? null;
    await get().load();
    return null;
  };
  return {
    items: [],
    loaded: false,
    load: async () => {
      const result = await api.actions.list();
      if (result.ok) set({ items: result.data, loaded: true });
    },
    create: async (draft) => after(await api.actions.create(draft)),
    update: async (ref, change) => after(await api.actions.update({ ...ref, change })),
    remove: async (ref) => after(await api.actions.delete(ref)),
  };
});
