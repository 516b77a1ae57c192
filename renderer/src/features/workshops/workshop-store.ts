import { create } from 'zustand';
import type { CaptureInput, Workshop, WorkshopPlanPatch, WorkshopRoomPatch } from '../../../../shared/domain/workshop';
import type { RestorableEntry } from '../../../../shared/ipc/contracts/workshops';
import type { TimerState } from '../../../../shared/domain/timer';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { isNewerOrSame } from '../../../../shared/domain/revision';
import { api } from '../../lib/api';
import { keepSaveKey } from '../../app/save-status';

interface WorkshopState {
  workshop: Workshop | null;
  error: AppErrorShape | null;
  load: (id: string) => Promise<void>;
  /** Shows the change at once, then keeps what main confirms (or reloads on failure). */
  patchPlan: (patch: WorkshopPlanPatch) => Promise<AppErrorShape | null>;
  saveLive: (live: TimerState | null) => Promise<AppErrorShape | null>;
  capture: (capture: CaptureInput) => Promise<AppErrorShape | null>;
  editNote: (noteId: string, text: string, themeId: string | null, groupId: string | null) => Promise<AppErrorShape | null>;
  removeEntry: (kind: 'note' | 'topTip' | 'parkingLot' | 'action' | 'issue', entryId: string) => Promise<AppErrorShape | null>;
  /** Undo of removeEntry: the entry as it was and where it stood. */
  restoreEntry: (restorable: RestorableEntry) => Promise<AppErrorShape | null>;
  setStatus: (status: 'planned' | 'complete') => Promise<AppErrorShape | null>;
  /** What the projector shows besides the timer, and the chime. */
  updateRoom: (patch: WorkshopRoomPatch) => Promise<AppErrorShape | null>;
}

/** The open workshop. Writes run one after another so answers can never arrive out of order. */
export const useWorkshop = create<WorkshopState>((set, get) => {
  let queue: Promise<unknown> = Promise.resolve();
  const write = (optimistic: ((w: Workshop) => Workshop) | null, call: (id: string) => Promise<Result<Workshop>>) => {
    const current = get().workshop;
    if (!current) return Promise.resolve(null);
    if (optimistic) set({ workshop: optimistic(current) });
    // The save still counts against the field that asked, though it starts after the queue.
    const keyed = keepSaveKey();
    const run = queue.then(async () => {
      const result = await keyed(() => call(current.id));
      if (result.ok) {
        const shown = get().workshop;
        if (shown?.id === current.id && isNewerOrSame(shown, result.data)) set({ workshop: result.data, error: null });
        return null;
      }
      await get().load(current.id);
      return result.error;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    workshop: null,
    error: null,
    load: async (id) => {
      const result = await api.workshops.get({ id });
      if (result.ok) set({ workshop: result.data, error: null });
      else set({ error: result.error });
    },
    patchPlan: (patch) => write((w) => ({ ...w, ...patch }), (id) => api.workshops.updatePlan({ id, patch })),
    saveLive: (live) => write((w) => ({ ...w, live }), (id) => api.workshops.saveLive({ id, live })),
    capture: (capture) => write(capture.kind === 'rating' ? (w) => withRating(w, capture) : null, (id) => api.workshops.capture({ id, capture })),
    editNote: (noteId, text, themeId, groupId) =>
      write(
        (w) => ({ ...w, notes: w.notes.map((n) => (n.id === noteId ? { ...n, text, themeId, groupId } : n)) }),
        (id) => api.workshops.editNote({ id, noteId, text, themeId, groupId }),
      ),
    removeEntry: (kind, entryId) => write(null, (id) => api.workshops.removeEntry({ id, kind, entryId })),
    restoreEntry: (restorable) => write(null, (id) => api.workshops.restoreEntry({ id, restorable })),
    setStatus: (status) => write(null, (id) => api.workshops.setStatus({ id, status })),
    updateRoom: (patch) => write((w) => ({ ...w, room: { ...w.room, ...patch } }), (id) => api.workshops.updateRoom({ id, patch })),
  };
});

/** A rating shown at once, before main confirms it (a select must not jump back meanwhile). */
function withRating(w: Workshop, c: Extract<CaptureInput, { kind: 'rating' }>): Workshop {
  const others = w.ratings.filter((r) => !(r.themeId === c.themeId && r.groupId === c.groupId));
  const at = new Date().toISOString();
  return { ...w, ratings: c.value === null ? others : [...others, { themeId: c.themeId, groupId: c.groupId, value: c.value, at }] };
}
