import { create as createStore } from 'zustand';
import type { CaseStudy, CaseStudyDraft } from '../../../../shared/domain/library';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { queryClient, useRead, useWrite } from '../../lib/query';

interface Library {
  items: CaseStudy[];
  loaded: boolean;
  /** The search text the list is shown for ('' = everything, by title). */
  text: string;
  load: (text?: string) => Promise<void>;
  create: (draft: CaseStudyDraft) => Promise<Result<CaseStudy>>;
}

/** UI state only: what was last searched for, kept while the assessor visits a case study. */
const useSearchText = createStore<{ text: string }>(() => ({ text: '' }));

/** Searches for `text` (a new key, so an older, slower answer can never show), or fetches again. */
async function load(text = useSearchText.getState().text): Promise<void> {
  if (text !== useSearchText.getState().text) useSearchText.setState({ text });
  else await queryClient.invalidateQueries({ queryKey: ['library:search'] });
}

const empty: CaseStudy[] = [];

/** Case studies as main returned them for the current search text: the `library:search` query. */
export function useLibrary(): Library;
export function useLibrary<T>(select: (state: Library) => T): T;
export function useLibrary<T>(select?: (state: Library) => T): Library | T {
  const text = useSearchText((s) => s.text);
  // While the answer for new text is on its way, the last answer stays on screen.
  const found = useRead('library:search', { text }, { keepPrevious: true });
  const create = useWrite('library:create');
  const state: Library = { items: found.data ?? empty, loaded: found.isSuccess, text, load, create };
  return select ? select(state) : state;
}

export type { AppErrorShape };
