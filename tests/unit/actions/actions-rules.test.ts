import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Action } from '../../../shared/domain/action';
import {
  applyActionChange,
  filterActions,
  isDueThisMonth,
  isOverdue,
  localIsoDate,
  sortByDueDate,
  type SourcedAction,
} from '../../../shared/domain/actions-rules';

const at = '2026-05-10T09:00:00.000Z';
const action = (patch: Partial<Action> = {}): Action => ({
  id: 'a1',
  what: 'Joint communications plan',
  owner: 'Head of communications',
  side: 'management',
  dueDate: '2026-06-30',
  status: 'amber',
  progress: [],
  createdAt: at,
  updatedAt: at,
  ...patch,
});
const sourced = (patch: Partial<Action>, organisationId = 'org1'): SourcedAction => ({
  source: { kind: 'standalone', id: organisationId, label: 'Eastmoor', organisationId },
  action: action(patch),
});

describe('overdue', () => {
  it('is a due date before today on an action not done', () => {
    expect(isOverdue(action({ dueDate: '2026-05-09' }), '2026-05-10')).toBe(true);
    expect(isOverdue(action({ dueDate: '2026-05-10' }), '2026-05-10')).toBe(false);
    expect(isOverdue(action({ dueDate: '2026-05-09', status: 'done' }), '2026-05-10')).toBe(false);
    expect(isOverdue(action({ dueDate: null }), '2026-05-10')).toBe(false);
  });

  it('property: changes with today alone, never stored on the action', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (d, t) => {
        const iso = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
        const a = action({ dueDate: iso(d) });
        expect(isOverdue(a, iso(t))).toBe(t > d);
        expect(Object.keys(a)).not.toContain('overdue');
      }),
    );
  });

  it('uses the local calendar date, not UTC', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
  });
});

describe('due this month', () => {
  it('matches the calendar month of today', () => {
    expect(isDueThisMonth(action({ dueDate: '2026-05-31' }), '2026-05-10')).toBe(true);
    expect(isDueThisMonth(action({ dueDate: '2026-06-01' }), '2026-05-10')).toBe(false);
    expect(isDueThisMonth(action({ dueDate: '2025-05-10' }), '2026-05-10')).toBe(false);
    expect(isDueThisMonth(action({ dueDate: null }), '2026-05-10')).toBe(false);
  });
});

describe('applying a change', () => {
  it('records who changed the status and when, with the note', () => {
    const { action: next, patch } = applyActionChange(action(), { status: 'red', note: 'Comms lead off sick' }, 'Gareth', at);
    expect(next.status).toBe('red');
    expect(next.progress).toEqual([{ at, by: 'Gareth', note: 'Comms lead off sick', status: 'red' }]);
    expect(patch).toEqual({ status: 'red', progress: next.progress, updatedAt: at });
  });

  it('a note alone is a dated progress update without a status', () => {
    const { action: next } = applyActionChange(action(), { note: 'Draft circulated' }, 'Gareth', at);
    expect(next.progress).toEqual([{ at, by: 'Gareth', note: 'Draft circulated' }]);
    expect(next.status).toBe('amber');
  });

  it('changing nothing writes nothing', () => {
    expect(applyActionChange(action(), { status: 'amber', owner: 'Head of communications' }, 'G', at).patch).toEqual({});
  });

  it('keeps earlier progress', () => {
    const first = applyActionChange(action(), { note: 'one' }, 'A', at).action;
    const second = applyActionChange(first, { status: 'done' }, 'B', '2026-05-11T09:00:00.000Z').action;
    expect(second.progress.map((p) => p.by)).toEqual(['A', 'B']);
  });
});

describe('filters and sort', () => {
  const list = [
    sourced({ id: 'late', dueDate: '2026-04-01', owner: 'Head of Communications' }),
    sourced({ id: 'soon', dueDate: '2026-05-20', owner: 'Staff side secretary', status: 'green' }, 'org2'),
    sourced({ id: 'done', dueDate: '2026-05-02', status: 'done' }),
    sourced({ id: 'nodate', dueDate: null, status: 'red' }),
  ];
  const ids = (l: SourcedAction[]) => l.map((s) => s.action.id);
  const today = '2026-05-10';

  it('filter by owner (part of the name, any case), organisation, status, overdue, due this month', () => {
    expect(ids(filterActions(list, { owner: 'communications' }, today))).toEqual(['late', 'done', 'nodate']);
    expect(ids(filterActions(list, { organisationId: 'org2' }, today))).toEqual(['soon']);
    expect(ids(filterActions(list, { status: 'open' }, today))).toEqual(['late', 'soon', 'nodate']);
    expect(ids(filterActions(list, { status: 'red' }, today))).toEqual(['nodate']);
    expect(ids(filterActions(list, { overdue: true }, today))).toEqual(['late']);
    expect(ids(filterActions(list, { dueThisMonth: true }, today))).toEqual(['soon', 'done']);
    expect(ids(filterActions(list, { dueThisMonth: true, status: 'open' }, today))).toEqual(['soon']);
  });

  it('sorts by due date, undated last', () => {
    expect(ids(sortByDueDate(list))).toEqual(['late', 'done', 'soon', 'nodate']);
    expect(ids(sortByDueDate(list, 'desc'))).toEqual(['soon', 'done', 'late', 'nodate']);
  });
});
