import { create } from 'zustand';
import type { CaseStudy, CaseStudyDraft } from '../../../../shared/domain/library';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { api } from '../../lib/api';

interface LibraryState {
  items: CaseStudy[];
  loaded: boolean;
  /** The search text the list was last loaded for ('' = everything, by title). */
  text: string;
  load: (text?: string) => Promise<void>;
  create: (draft: CaseStudyDraft) => Promise<Result<CaseStudy>>;
}

/** Case studies as main returned them, for the current search text. */
export const useLibrary = create<LibraryState>((set, get) => ({
  items: [],
  loaded: false,
  text: '',
  load: async (text = get().text) => {
    set({ text });
    const result = await api.library.search({ text });
    // A slower, older answer must not replace the answer to what is typed now.
    if (result.ok && get().text === text) set({ items: result.data, loaded: true });
  },
  create: async (draft) => {
    const result = await api.library.create(draft);
    if (result.ok) await get().load();
    return result;
  },
}));

export type { AppErrorShape };
