import { create } from 'zustand';
import type { CaseRecord } from '../../../../shared/domain/case';
import type { CaseListItem } from '../../../../shared/domain/case-summary';
import type { Result } from '../../../../shared/result';
import { useTranslation } from 'react-i18next';
import { currentFramework, findFramework, type Framework } from '../../../../shared/frameworks';
import { isNewerOrSame } from '../../../../shared/domain/revision';
import { isDurabilityFailure, refusalWasTold } from '../../app/refusals';
import { localiseFramework } from '../../../../shared/i18n/domain/localise';
import { api } from '../../lib/api';
import { notify } from './notify';

interface CaseState {
  record: CaseRecord | null;
  error: string | null;
  load: (id: string) => Promise<void>;
  /** Takes main's answer to a change; returns whether it was saved. */
  apply: (result: Result<CaseRecord>) => boolean;
}

/** The open case, as last confirmed by main. Fields keep their own unsaved text (see useAutosave). */
export const useCase = create<CaseState>((set, get) => ({
  record: null,
  error: null,
  load: async (id) => {
    const result = await api.cases.get({ id });
    if (result.ok) set({ record: result.data, error: null });
    else set({ record: null, error: result.error.message });
  },
  apply: (result) => {
    // Two saves in flight can be answered out of order: never show an older case over a newer one.
    if (result.ok && isNewerOrSame(get().record, result.data)) set({ record: result.data });
    return result.ok;
  },
}));

/** Runs a change that answers with the whole case and keeps the store in step. */
export async function change(run: Promise<Result<CaseRecord>>): Promise<boolean> {
  const result = await run;
  tellUntoldRefusal(result);
  return useCase.getState().apply(result);
}

/** A refusal no field showed (a button's change, say) is told in a notification instead. */
function tellUntoldRefusal(result: Result<unknown>): void {
  if (!result.ok && !isDurabilityFailure(result.error) && !refusalWasTold(result.error)) notify(result.error.message, 'error');
}

/** Runs a change that adds an item; answers its new id (null when refused). */
export async function add(run: Promise<Result<{ record: CaseRecord; id: string }>>): Promise<string | null> {
  const result = await run;
  tellUntoldRefusal(result);
  if (!result.ok) return null;
  useCase.getState().apply({ ok: true, data: result.data.record });
  return result.data.id;
}

interface CaseListState {
  items: CaseListItem[];
  loaded: boolean;
  load: () => Promise<void>;
}

/** The cases list (summaries from the index, deadlines as of today). */
export const useCaseList = create<CaseListState>((set) => ({
  items: [],
  loaded: false,
  load: async () => {
    const result = await api.cases.list();
    if (result.ok) set({ items: result.data, loaded: true });
  },
}));

/** The framework the open case is assessed against (the built-in one when none is open). */
export function useFramework(): Framework {
  const ref = useCase((s) => s.record?.framework);
  const { i18n } = useTranslation();
  return localiseFramework((ref && findFramework(ref)) || currentFramework, i18n.language);
}
