import { readTimer, type TimerStatus, type TimerWarning } from './timer';
import type { Workshop } from './workshop';
import { maturityLevels, median } from './workshop-ratings';
import type { AgendaPurpose } from './workshop-template';

/**
 * Everything the projector may show, and nothing else. The audience window renders only this
 * model, so what is typed in the room (notes, parking lot, issues, contractual disputes,
 * actions, top tips) cannot reach the screen unless the facilitator chose one note to show —
 * and never a confidential one.
 */
export interface AudienceModel {
  title: string;
  status: TimerStatus;
  current: { title: string; purpose: AgendaPurpose; lead: string } | null;
  /** Time left on the current item; negative once it overruns; null before the start or after the end. */
  remainingMs: number | null;
  /** The current item's full allowance, shown before the start. */
  allowedMs: number;
  warning: TimerWarning;
  next: { title: string; minutes: number } | null;
  theme: { title: string; prompts: string[] } | null;
  note: { text: string; theme: string | null } | null;
  /** How many tables rated the shown theme at each level 0–4, when the facilitator chose to show it. */
  spread: { counts: number[]; tables: number; median: number | null } | null;
}

/** The audience view of `workshop` at `now`. */
export function audienceModel(workshop: Workshop, now: number): AudienceModel {
  const state = workshop.live ?? {
    status: 'idle' as const,
    index: 0,
    itemStartedAt: null,
    runningSince: null,
    elapsedBefore: 0,
    extraMs: 0,
    log: [],
  };
  const items = workshop.agenda.map((a) => ({ id: a.id, minutes: a.minutes }));
  const reading = readTimer(state, items, now);
  const finished = state.status === 'finished';
  const item = finished ? undefined : workshop.agenda[state.index];
  const following = finished ? undefined : workshop.agenda[state.index + 1];
  const theme = workshop.themes.find((t) => t.id === workshop.room.themeId) ?? null;
  const chosen = workshop.notes.find((n) => n.id === workshop.room.noteId);
  const note = chosen && !chosen.confidential ? chosen : null;
  const values = theme && workshop.room.showSpread ? workshop.ratings.filter((r) => r.themeId === theme.id).map((r) => r.value) : null;
  return {
    title: workshop.title,
    status: state.status,
    current: item ? { title: item.title, purpose: item.purpose, lead: item.lead } : null,
    remainingMs: item && state.status !== 'idle' ? reading.remainingMs : null,
    allowedMs: item ? item.minutes * 60_000 + (state.status === 'idle' ? 0 : state.extraMs) : 0,
    warning: state.status === 'idle' ? 'none' : reading.warning,
    next: following ? { title: following.title, minutes: following.minutes } : null,
    theme: theme ? { title: theme.title, prompts: [...theme.prompts] } : null,
    note: note ? { text: note.text, theme: workshop.themes.find((t) => t.id === note.themeId)?.title ?? null } : null,
    spread: values
      ? {
          counts: maturityLevels.map((level) => values.filter((v) => v === level).length),
          tables: values.length,
          median: values.length ? median(values) : null,
        }
      : null,
  };
}
