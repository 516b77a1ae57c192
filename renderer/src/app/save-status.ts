import { create } from 'zustand';

type Retry = () => Promise<unknown>;

interface SaveStatusState {
  pending: number;
  error: string | null;
  retry: Retry | null;
  started: () => void;
  succeeded: () => void;
  /** A rule refused the change: nothing was written and nothing lost; an earlier failure stands. */
  refused: () => void;
  failed: (message: string, retry: Retry | null) => void;
}

/** "Saved" only after main has acknowledged a durable write; failures keep a retry. */
export const useSaveStatus = create<SaveStatusState>((set) => ({
  pending: 0,
  error: null,
  retry: null,
  started: () => set((s) => ({ pending: s.pending + 1 })),
  succeeded: () => set((s) => ({ pending: Math.max(0, s.pending - 1), error: null, retry: null })),
  refused: () => set((s) => ({ pending: Math.max(0, s.pending - 1) })),
  failed: (message, retry) => set((s) => ({ pending: Math.max(0, s.pending - 1), error: message, retry })),
}));
