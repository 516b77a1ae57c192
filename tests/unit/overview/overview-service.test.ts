import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { standaloneActionProvider } from '../../../electron/services/actions/standalone-provider';
import { overviewHandlers } from '../../../electron/services/overview/handlers';
import { addOrganisation, openServices, type Opened } from '../helpers/open-services';

let app: Opened;
beforeEach(async () => {
  app = await openServices(() => new Date('2026-07-15T09:00:00.000Z'));
});
afterEach(async () => app.close());

describe('regional overview service', () => {
  it('shows Eastmoor with 2 open actions (1 overdue) and 1 regional issue; stages and maturity come from providers', async () => {
    const org = await addOrganisation(app);
    const other = await addOrganisation(app, 'Northvale Borough Council');
    const base = { organisationId: org.id, owner: 'x' };
    await app.call('actions:create', { ...base, what: 'Joint communications plan', dueDate: '2026-06-30', status: 'amber' });
    await app.call('actions:create', { ...base, what: 'Training for new reps', dueDate: '2026-09-30' });
    const done = await app.call('actions:create', { ...base, what: 'Terms of reference', dueDate: '2026-05-01' });
    await app.call('actions:update', { kind: 'standalone', sourceId: org.id, actionId: done.action.id, change: { status: 'done' } });
    const raised = await app.call('issues:raise', { organisationId: org.id, title: 'Release time', raisedOn: '2026-04-01' });
    if (raised.outcome !== 'logged') throw new Error('expected logged');
    const withOption = await app.call('issues:recordOption', { id: raised.issue.id, description: 'Local talks' });
    await app.call('issues:setOptionExhausted', { id: raised.issue.id, optionId: withOption.options[0].id, exhausted: true });
    await app.call('issues:escalate', { id: raised.issue.id });

    let overview = await app.call('overview:rows');
    expect(overview.today).toBe('2026-07-15');
    expect(overview.rows.find((r) => r.organisationId === org.id)).toMatchObject({
      openActions: 2,
      overdueActions: 1,
      openIssues: { local: 0, regional: 1, national: 0 },
      stage: null,
      maturity: [],
    });

    // Stand-ins for cases and workshops, to see exactly what the overview does with their reports.
    const ctx = app.services.context;
    const withProviders = overviewHandlers(
      ctx,
      [standaloneActionProvider(ctx)],
      [
        {
          kind: 'case',
          stages: async () => [
            { organisationId: other.id, stage: 'action_plan', nextDeadline: '2026-12-03', deadlineLabel: 'Action plan due' },
          ],
          maturity: async () => [{ organisationId: org.id, theme: 'Clear vision', rating: 2, ratedOn: '2026-04-01' }],
          records: async (id) =>
            id === other.id ? [{ kind: 'case', id: 'c1', label: 'GO Award', route: '/cases/c1', date: null, status: 'Action plan' }] : [],
        },
      ],
    );
    overview = await withProviders['overview:rows']();
    expect(overview.rows.find((r) => r.organisationId === other.id)).toMatchObject({ stage: 'action_plan', nextDeadline: '2026-12-03' });
    expect(overview.rows.find((r) => r.organisationId === org.id)?.maturity).toEqual([
      { theme: 'Clear vision', rating: 2, ratedOn: '2026-04-01' },
    ]);
    const page = await withProviders['overview:organisation']({ id: other.id });
    expect(page.records.map((r) => r.label)).toEqual(['GO Award']);
  });
});
