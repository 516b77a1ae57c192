import type { ActionChange, ActionDraft, SourcedAction } from '../../../../shared/domain/actions-rules';
import type { ActionRef } from '../../../../shared/ipc/contracts/actions';
import type { AppErrorShape } from '../../../../shared/result';
import { errorOf, useReload, useRead, useWrite } from '../../lib/query';

interface Actions {
  items: SourcedAction[];
  loaded: boolean;
  load: () => Promise<void>;
  create: (draft: ActionDraft) => Promise<AppErrorShape | null>;
  update: (ref: ActionRef, change: ActionChange) => Promise<AppErrorShape | null>;
  remove: (ref: ActionRef) => Promise<AppErrorShape | null>;
}

export const refOf = ({ source, action }: SourcedAction): ActionRef => ({ kind: source.kind, sourceId: source.id, actionId: action.id });

const empty: SourcedAction[] = [];

/** Every action as main last confirmed it: the `actions:list` query; each change refetches it. */
export function useActions(): Actions {
  const list = useRead('actions:list');
  const create = useWrite('actions:create');
  const update = useWrite('actions:update');
  const remove = useWrite('actions:delete');
  return {
    items: list.data ?? empty,
    loaded: list.isSuccess,
    load: useReload('actions:list'),
    create: async (draft) => errorOf(await create(draft)),
    update: async (ref, change) => errorOf(await update({ ...ref, change })),
    remove: async (ref) => errorOf(await remove(ref)),
  };
}
