import { create } from 'zustand';
import { useQuery } from '@tanstack/react-query';
import type { CaseRecord } from '../../../../shared/domain/case';
import type { CaseListItem } from '../../../../shared/domain/case-summary';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { useTranslation } from 'react-i18next';
import { currentFramework, findFramework, type Framework } from '../../../../shared/frameworks';
import { isDurabilityFailure, refusalWasTold } from '../../app/refusals';
import { localiseFramework } from '../../../../shared/i18n/domain/localise';
import { keyOf, newest, queryClient, readOf, useReload, useRead } from '../../lib/query';
import { notify } from './notify';

/** UI state only: which case is open and why it could not be read. The record lives in the query cache. */
const useOpenCase = create<{ id: string | null; error: string | null }>(() => ({ id: null, error: null }));

const keyFor = (id: string) => keyOf('cases:get', { id });

/** The open case, as last confirmed by main (null until read). */
export function openCase(): CaseRecord | null {
  const { id } = useOpenCase.getState();
  return (id && queryClient.getQueryData<CaseRecord>(keyFor(id))) || null;
}

/** Opens case `id`: reads it from main into the `cases:get` query (a refusal is kept to show). */
export async function loadCase(id: string): Promise<void> {
  useOpenCase.setState({ id, error: null });
  try {
    await queryClient.fetchQuery({ queryKey: keyFor(id), queryFn: readOf('cases:get', { id }) });
  } catch (error) {
    queryClient.removeQueries({ queryKey: keyFor(id), exact: true });
    if (useOpenCase.getState().id === id) useOpenCase.setState({ error: (error as AppErrorShape).message });
  }
}

/**
 * Reads the open case again (a sync round brought changes in). Its query is read only by loadCase
 * (`enabled: false` below), so invalidating it would not refetch: this does.
 */
export async function reloadOpenCase(): Promise<void> {
  const { id } = useOpenCase.getState();
  if (id) await loadCase(id);
}

/**
 * Takes main's answer to a change into the case's query; returns whether it was saved. Two saves
 * in flight can be answered out of order: `newest` never shows an older case over a newer one.
 */
export function applyCase(result: Result<CaseRecord>): boolean {
  if (result.ok) queryClient.setQueryData<CaseRecord>(keyFor(result.data.id), (held) => newest(held, result.data));
  return result.ok;
}

interface CaseView {
  record: CaseRecord | null;
  error: string | null;
}

/** Selects from the open case. Fields keep their own unsaved text (see useAutosave); only loadCase reads. */
export function useCase<T>(select: (view: CaseView) => T): T {
  const { id, error } = useOpenCase();
  const { data } = useQuery({ queryKey: keyFor(id ?? ''), queryFn: readOf('cases:get', { id: id ?? '' }), enabled: false });
  return select({ record: (id && data) || null, error });
}

/** Runs a change that answers with the whole case and keeps the cache in step. */
export async function change(run: Promise<Result<CaseRecord>>): Promise<boolean> {
  const result = await run;
  tellUntoldRefusal(result);
  return applyCase(result);
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
  applyCase({ ok: true, data: result.data.record });
  return result.data.id;
}

const noCases: CaseListItem[] = [];

/** The cases list (summaries from the index, deadlines as of today): the `cases:list` query. */
export function useCaseList(): { items: CaseListItem[]; loaded: boolean; load: () => Promise<void> } {
  const list = useRead('cases:list');
  return { items: list.data ?? noCases, loaded: list.isSuccess, load: useReload('cases:list') };
}

/** Fetches the cases list again (after an import or the demo). */
export const reloadCaseList = (): Promise<void> => queryClient.invalidateQueries({ queryKey: ['cases:list'] });

/** The framework the open case is assessed against (the built-in one when none is open). */
export function useFramework(): Framework {
  const ref = useCase((s) => s.record?.framework);
  const { i18n } = useTranslation();
  return localiseFramework((ref && findFramework(ref)) || currentFramework, i18n.language);
}
