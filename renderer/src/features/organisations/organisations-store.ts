import type { Organisation, OrganisationDraft } from '../../../../shared/domain/organisation';
import type { AppErrorShape } from '../../../../shared/result';
import { errorOf, useReload, useRead, useWrite } from '../../lib/query';

interface Organisations {
  items: Organisation[];
  loaded: boolean;
  /** Fetches the list again (the cache does after every change; this is for screens that ask). */
  load: () => Promise<void>;
  create: (draft: OrganisationDraft) => Promise<AppErrorShape | null>;
  update: (id: string, draft: OrganisationDraft) => Promise<AppErrorShape | null>;
  remove: (id: string) => Promise<AppErrorShape | null>;
}

const empty: Organisation[] = [];

/** Organisations as main last confirmed them: the `organisations:list` query and its writes. */
export function useOrganisations(): Organisations;
export function useOrganisations<T>(select: (state: Organisations) => T): T;
export function useOrganisations<T>(select?: (state: Organisations) => T): Organisations | T {
  const list = useRead('organisations:list');
  const create = useWrite('organisations:create');
  const update = useWrite('organisations:update');
  const remove = useWrite('organisations:delete');
  const load = useReload('organisations:list');
  const state: Organisations = {
    items: list.data ?? empty,
    loaded: list.isSuccess,
    load,
    create: async (draft) => errorOf(await create(draft)),
    update: async (id, draft) => errorOf(await update({ id, draft })),
    remove: async (id) => errorOf(await remove({ id })),
  };
  return select ? select(state) : state;
}
