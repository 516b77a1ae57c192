import { z } from 'zod';
import {
  actionSchema,
  actionSourceSchema,
  partnerSideSchema,
  ragStatusSchema,
  type Action,
  type ActionSource,
  type RagStatus,
} from './action';
import { idSchema, isoDate, longText, shortText } from './common';

/** An action with the place it lives; the tracker lists these from every provider. */
export const sourcedActionSchema = z.object({ source: actionSourceSchema, action: actionSchema });
export type SourcedAction = z.infer<typeof sourcedActionSchema>;

/** What a person changes on an action in the tracker; a note or a new status adds a progress update. */
export const actionChangeSchema = z.object({
  what: shortText.min(1, 'Say what the action is').optional(),
  owner: shortText.optional(),
  side: partnerSideSchema.optional(),
  dueDate: isoDate.nullable().optional(),
  status: ragStatusSchema.optional(),
  note: longText.optional(),
});
export type ActionChange = z.infer<typeof actionChangeSchema>;

/** The fields written back to an action at its source. */
export type ActionPatch = Partial<Pick<Action, 'what' | 'owner' | 'side' | 'dueDate' | 'status' | 'progress' | 'updatedAt'>>;

/** Today's calendar date (YYYY-MM-DD) where the user is, not in UTC. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Overdue is derived, never stored: a due date before today on an action that is not done. */
export function isOverdue(action: Pick<Action, 'dueDate' | 'status'>, today: string): boolean {
  return action.status !== 'done' && action.dueDate !== null && action.dueDate < today;
}

/** Due in today's calendar month (whatever its status; combine with the status filter). */
export function isDueThisMonth(action: Pick<Action, 'dueDate'>, today: string): boolean {
  return action.dueDate !== null && action.dueDate.slice(0, 7) === today.slice(0, 7);
}

/**
 * Applies a change: a note becomes a dated progress update, and a status change is recorded with
 * who made it and when, so the history of an action is never overwritten.
 */
export function applyActionChange(action: Action, change: ActionChange, by: string, at: string): { action: Action; patch: ActionPatch } {
  const patch: ActionPatch = {};
  if (change.what !== undefined && change.what !== action.what) patch.what = change.what;
  if (change.owner !== undefined && change.owner !== action.owner) patch.owner = change.owner;
  if (change.side !== undefined && change.side !== action.side) patch.side = change.side;
  if (change.dueDate !== undefined && change.dueDate !== action.dueDate) patch.dueDate = change.dueDate;
  const statusChanged = change.status !== undefined && change.status !== action.status;
  const note = change.note?.trim() ?? '';
  if (statusChanged) patch.status = change.status;
  if (statusChanged || note) {
    patch.progress = [...action.progress, { at, by, note, ...(statusChanged ? { status: change.status } : {}) }];
  }
  if (Object.keys(patch).length > 0) patch.updatedAt = at;
  return { action: { ...action, ...patch }, patch };
}

export interface ActionFilters {
  owner?: string;
  organisationId?: string;
  status?: RagStatus | 'open';
  overdue?: boolean;
  dueThisMonth?: boolean;
}

/** The tracker's filters; owner matches case-insensitively on part of the name. */
export function filterActions(list: SourcedAction[], filters: ActionFilters, today: string): SourcedAction[] {
  const owner = filters.owner?.trim().toLowerCase();
  return list.filter(({ action, source }) => {
    if (owner && !action.owner.toLowerCase().includes(owner)) return false;
    if (filters.organisationId && source.organisationId !== filters.organisationId) return false;
    if (filters.status === 'open' && action.status === 'done') return false;
    if (filters.status && filters.status !== 'open' && action.status !== filters.status) return false;
    if (filters.overdue && !isOverdue(action, today)) return false;
    if (filters.dueThisMonth && !isDueThisMonth(action, today)) return false;
    return true;
  });
}

/** Soonest due first; actions without a due date last; ties by what. */
export function sortByDueDate(list: SourcedAction[], direction: 'asc' | 'desc' = 'asc'): SourcedAction[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...list].sort((a, b) => {
    const da = a.action.dueDate;
    const db = b.action.dueDate;
    if (da !== db) {
      if (da === null) return 1;
      if (db === null) return -1;
      return da < db ? -sign : sign;
    }
    return a.action.what.localeCompare(b.action.what, 'en-GB');
  });
}

/** A stable key for an action across providers. */
export const actionKey = (source: Pick<ActionSource, 'kind' | 'id'>, actionId: string) => `${source.kind}:${source.id}:${actionId}`;

/** An action created in the tracker itself, kept in the index file with its organisation. */
export const standaloneActionSchema = actionSchema.extend({ organisationId: z.string().min(1) });
export type StandaloneAction = z.infer<typeof standaloneActionSchema>;

/** What a person fills in to create an action in the tracker. */
export const actionDraftSchema = z.object({
  organisationId: z.string().min(1, 'Choose the organisation'),
  what: shortText.min(1, 'Say what the action is'),
  owner: shortText.default(''),
  side: partnerSideSchema.default('both'),
  dueDate: isoDate.nullable().default(null),
  status: ragStatusSchema.default('green'),
  theme: shortText.optional(),
  issueId: idSchema.optional(),
});
export type ActionDraft = z.infer<typeof actionDraftSchema>;
