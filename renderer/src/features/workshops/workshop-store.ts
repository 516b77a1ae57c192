import { create } from 'zustand';
import { useQuery } from '@tanstack/react-query';
import type { CaptureInput, Workshop, WorkshopPlanPatch, WorkshopRoomPatch } from '../../../../shared/domain/workshop';
import type { RestorableEntry } from '../../../../shared/ipc/contracts/workshops';
import type { TimerState } from '../../../../shared/domain/timer';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { api } from '../../lib/api';
import { keyOf, newest, queryClient, readOf } from '../../lib/query';
import { keepSaveKey } from '../../app/save-status';

type Entry = 'note' | 'topTip' | 'parkingLot' | 'action' | 'issue';

interface WorkshopWrites {
  /** Shows the change at once, then keeps what main confirms (or reads the workshop again on failure). */
  patchPlan: (patch: WorkshopPlanPatch) => Promise<AppErrorShape | null>;
  saveLive: (live: TimerState | null) => Promise<AppErrorShape | null>;
  capture: (capture: CaptureInput) => Promise<AppErrorShape | null>;
  editNote: (noteId: string, text: string, themeId: string | null, groupId: string | null) => Promise<AppErrorShape | null>;
  removeEntry: (kind: Entry, entryId: string) => Promise<AppErrorShape | null>;
  /** Undo of removeEntry: the entry as it was and where it stood. */
  restoreEntry: (restorable: RestorableEntry) => Promise<AppErrorShape | null>;
  setStatus: (status: 'planned' | 'complete') => Promise<AppErrorShape | null>;
  /** What the projector shows besides the timer, and the chime. */
  updateRoom: (patch: WorkshopRoomPatch) => Promise<AppErrorShape | null>;
}

interface WorkshopState extends WorkshopWrites {
  workshop: Workshop | null;
  error: AppErrorShape | null;
  load: (id: string) => Promise<void>;
}

/** UI state only: which workshop is open and why it could not be read. The record lives in the query cache. */
const useOpenWorkshop = create<{ id: string | null; error: AppErrorShape | null }>(() => ({ id: null, error: null }));

const keyFor = (id: string) => keyOf('workshops:get', { id });

/** The open workshop as last confirmed by main, with any change still on its way shown. */
export function openWorkshop(): Workshop | null {
  const { id } = useOpenWorkshop.getState();
  return (id && queryClient.getQueryData<Workshop>(keyFor(id))) || null;
}

/** Opens workshop `id`: reads it from main into the `workshops:get` query (a refusal is kept to show). */
export async function loadWorkshop(id: string): Promise<void> {
  if (useOpenWorkshop.getState().id !== id) useOpenWorkshop.setState({ id, error: null });
  try {
    await queryClient.fetchQuery({ queryKey: keyFor(id), queryFn: readOf('workshops:get', { id }) });
    useOpenWorkshop.setState({ error: null });
  } catch (error) {
    useOpenWorkshop.setState({ error: error as AppErrorShape });
  }
}

/** Reads the open workshop again (a sync round brought changes in); see reloadOpenCase. */
export async function reloadOpenWorkshop(): Promise<void> {
  const { id } = useOpenWorkshop.getState();
  if (id) await loadWorkshop(id);
}

// Writes run one after another so answers can never arrive out of order.
let queue: Promise<unknown> = Promise.resolve();
// The changes shown at once and not yet answered, per workshop, in the order they were made. An
// answer is shown with the later ones still on top: otherwise an earlier save's answer takes a later
// change off the screen, and the next change, made from what the screen shows, saves without it
// (two quick Alt+↑ presses moved an agenda item once).
const unanswered = new Map<string, ((w: Workshop) => Workshop)[]>();
const withUnanswered = (id: string, w: Workshop) => (unanswered.get(id) ?? []).reduce((shown, change) => change(shown), w);

function write(
  optimistic: ((w: Workshop) => Workshop) | null,
  call: (id: string) => Promise<Result<Workshop>>,
): Promise<AppErrorShape | null> {
  const current = openWorkshop();
  if (!current) return Promise.resolve(null);
  const { id } = current;
  const key = keyFor(id);
  if (optimistic) {
    unanswered.set(id, [...(unanswered.get(id) ?? []), optimistic]);
    queryClient.setQueryData(key, optimistic(current));
  }
  const answered = () =>
    unanswered.set(
      id,
      (unanswered.get(id) ?? []).filter((change) => change !== optimistic),
    );
  // The save still counts against the field that asked, though it starts after the queue.
  const keyed = keepSaveKey();
  const run = queue.then(async () => {
    const result = await keyed(() => call(id)).finally(answered);
    if (result.ok) {
      queryClient.setQueryData<Workshop>(key, (held) => newest(held, withUnanswered(id, result.data)));
      return null;
    }
    await loadWorkshop(id);
    queryClient.setQueryData<Workshop>(key, (held) => held && withUnanswered(id, held));
    return result.error;
  });
  queue = run.catch(() => undefined);
  return run;
}

export const workshopWrites: WorkshopWrites = {
  patchPlan: (patch) =>
    write(
      (w) => ({ ...w, ...patch }),
      (id) => api.workshops.updatePlan({ id, patch }),
    ),
  saveLive: (live) =>
    write(
      (w) => ({ ...w, live }),
      (id) => api.workshops.saveLive({ id, live }),
    ),
  capture: (capture) =>
    write(capture.kind === 'rating' ? (w) => withRating(w, capture) : null, (id) => api.workshops.capture({ id, capture })),
  editNote: (noteId, text, themeId, groupId) =>
    write(
      (w) => ({ ...w, notes: w.notes.map((n) => (n.id === noteId ? { ...n, text, themeId, groupId } : n)) }),
      (id) => api.workshops.editNote({ id, noteId, text, themeId, groupId }),
    ),
  removeEntry: (kind, entryId) => write(null, (id) => api.workshops.removeEntry({ id, kind, entryId })),
  restoreEntry: (restorable) => write(null, (id) => api.workshops.restoreEntry({ id, restorable })),
  setStatus: (status) => write(null, (id) => api.workshops.setStatus({ id, status })),
  updateRoom: (patch) =>
    write(
      (w) => ({ ...w, room: { ...w.room, ...patch } }),
      (id) => api.workshops.updateRoom({ id, patch }),
    ),
};

/** The open workshop (the `workshops:get` query; only `load` reads it from main) and its writes. */
export function useWorkshop(): WorkshopState;
export function useWorkshop<T>(select: (state: WorkshopState) => T): T;
export function useWorkshop<T>(select?: (state: WorkshopState) => T): WorkshopState | T {
  const { id, error } = useOpenWorkshop();
  const { data } = useQuery({ queryKey: keyFor(id ?? ''), queryFn: readOf('workshops:get', { id: id ?? '' }), enabled: false });
  const state: WorkshopState = { workshop: (id && data) || null, error, load: loadWorkshop, ...workshopWrites };
  return select ? select(state) : state;
}

/** A rating shown at once, before main confirms it (a select must not jump back meanwhile). */
function withRating(w: Workshop, c: Extract<CaptureInput, { kind: 'rating' }>): Workshop {
  const others = w.ratings.filter((r) => !(r.themeId === c.themeId && r.groupId === c.groupId));
  const at = new Date().toISOString();
  return { ...w, ratings: c.value === null ? others : [...others, { themeId: c.themeId, groupId: c.groupId, value: c.value, at }] };
}
