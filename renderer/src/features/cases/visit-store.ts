import { create } from 'zustand';

interface VisitState {
  search: string;
  currentCriterion: string;
  evidenceId: string | null;
  interviewId: string | null;
  /** Alt+E asks which kind of evidence before creating it. */
  askingEvidenceKind: boolean;
  set: (patch: Partial<Omit<VisitState, 'set'>>) => void;
}

/** What the assessor is looking at: the search, the current criterion, the open evidence and note. */
export const useVisit = create<VisitState>((set) => ({
  search: '',
  currentCriterion: 'C1',
  evidenceId: null,
  interviewId: null,
  askingEvidenceKind: false,
  set: (patch) => set(patch),
}));

/** Case-insensitive match of every word of `query` somewhere in `texts`. */
export function matches(query: string, ...texts: string[]): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = texts.join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
}
