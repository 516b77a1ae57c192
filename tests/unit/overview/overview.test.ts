import { describe, expect, it } from 'vitest';
import type { SourcedAction } from '../../../shared/domain/actions-rules';
import type { LoggedIssue } from '../../../shared/domain/escalation';
import type { Organisation } from '../../../shared/domain/organisation';
import { aggregateOverview, sortOverview, summariseRegion } from '../../../shared/domain/overview';

const at = '2026-01-01T00:00:00.000Z';
const org = (id: string, name: string, region: Organisation['region']): Organisation => ({
  id,
  name,
  region,
  type: 'nhs_trust',
  contacts: [],
  createdAt: at,
  updatedAt: at,
});
const act = (organisationId: string, id: string, dueDate: string | null, status: 'red' | 'amber' | 'green' | 'done'): SourcedAction => ({
  source: { kind: 'workshop', id: 'w1', label: 'Spring review', organisationId },
  action: { id, what: id, owner: '', side: 'both', dueDate, status, progress: [], createdAt: at, updatedAt: at },
});
const iss = (organisationId: string, level: LoggedIssue['level'], resolvedOn: string | null = null): LoggedIssue => ({
  id: `${organisationId}-${level}-${resolvedOn ?? 'open'}`,
  organisationId,
  title: 't',
  description: '',
  raisedBy: '',
  raisedOn: '2026-01-01',
  level,
  options: [],
  escalations: [],
  outcome: '',
  resolvedOn,
  origin: { kind: 'log' },
  createdAt: at,
  updatedAt: at,
});

const organisations = [org('e', 'Eastmoor Hospitals', 'East of England'), org('n', 'Northvale Borough Council', 'North West')];
const rows = aggregateOverview({
  organisations,
  today: '2026-06-15',
  actions: [
    act('e', 'comms', '2026-06-01', 'amber'),
    act('e', 'reps', '2026-09-01', 'green'),
    act('e', 'tor', '2026-05-01', 'done'),
    act('n', 'x', null, 'red'),
  ],
  issues: [iss('e', 'regional'), iss('e', 'local', '2026-02-01'), iss('n', 'local'), iss('n', 'local')],
  stages: [
    { organisationId: 'n', stage: 'assessment', nextDeadline: '2026-09-01', deadlineLabel: 'Re-assessment' },
    { organisationId: 'n', stage: 'action_plan', nextDeadline: '2026-07-01', deadlineLabel: 'Action plan due' },
  ],
  maturity: [
    { organisationId: 'e', theme: 'Clear vision', rating: 1, ratedOn: '2025-10-01' },
    { organisationId: 'e', theme: 'Clear vision', rating: 2, ratedOn: '2026-04-01' },
    { organisationId: 'e', theme: 'Resources', rating: 2, ratedOn: '2026-04-01' },
    { organisationId: 'n', theme: 'Clear vision', rating: 3, ratedOn: '2026-03-01' },
  ],
});

describe('overview aggregation', () => {
  it('counts open and overdue actions and open issues by level (Eastmoor: 2 open, 1 overdue, 1 regional)', () => {
    const e = rows.find((r) => r.organisationId === 'e');
    expect(e).toMatchObject({
      openActions: 2,
      overdueActions: 1,
      openIssues: { local: 0, regional: 1, national: 0 },
      stage: null,
      nextDeadline: null,
    });
    const n = rows.find((r) => r.organisationId === 'n');
    expect(n).toMatchObject({ openActions: 1, overdueActions: 0, openIssues: { local: 2, regional: 0, national: 0 } });
  });

  it('takes the latest rating per theme and the soonest stage deadline', () => {
    expect(rows[0].maturity).toEqual([
      { theme: 'Clear vision', rating: 2, ratedOn: '2026-04-01' },
      { theme: 'Resources', rating: 2, ratedOn: '2026-04-01' },
    ]);
    expect(rows[1]).toMatchObject({ stage: 'action_plan', nextDeadline: '2026-07-01', deadlineLabel: 'Action plan due' });
  });

  it('summarises stage counts and maturity by theme for the chart', () => {
    const summary = summariseRegion(rows);
    expect(summary.stageCounts).toEqual([
      { stage: 'none', count: 1 },
      { stage: 'action_plan', count: 1 },
    ]);
    expect(summary.maturityByTheme).toEqual([
      { theme: 'Clear vision', average: 2.5, organisations: 2 },
      { theme: 'Resources', average: 2, organisations: 1 },
    ]);
    expect(summary).toMatchObject({
      organisations: 2,
      openActions: 3,
      overdueActions: 1,
      openIssues: { local: 2, regional: 1, national: 0 },
    });
  });

  it('an empty region summarises to zeros', () => {
    expect(summariseRegion([])).toMatchObject({ organisations: 0, stageCounts: [], maturityByTheme: [], openActions: 0 });
  });

  it('sorts by any column, empty deadlines last', () => {
    expect(sortOverview(rows, 'overdueActions', 'desc').map((r) => r.organisationId)).toEqual(['e', 'n']);
    expect(sortOverview(rows, 'nextDeadline', 'asc').map((r) => r.organisationId)).toEqual(['n', 'e']);
    expect(sortOverview(rows, 'nextDeadline', 'desc').map((r) => r.organisationId)).toEqual(['n', 'e']);
    expect(sortOverview(rows, 'openIssues', 'desc').map((r) => r.organisationId)).toEqual(['n', 'e']);
  });
});
