import type { Handlers } from '../../../shared/ipc/contract';
import type { ActionProvider } from '../actions/provider';
import type { ServiceContext } from '../context';
import type { OverviewProvider } from '../overview/provider';

const route = (id: string) => `/cases/${id}`;

/**
 * What cases tell the rest: their action-plan actions appear in the tracker (edited at the
 * source), and their award stage and action-plan deadline feed the regional overview.
 */
export function caseLinks(
  ctx: ServiceContext,
  cases: Pick<Handlers, 'cases:listActions' | 'cases:updateAction'>,
): { actions: ActionProvider; overview: OverviewProvider } {
  return {
    actions: {
      kind: 'case',
      list: async () =>
        (await cases['cases:listActions']()).flatMap((entry) =>
          entry.actions.map((action) => ({
            source: { kind: 'case' as const, id: entry.caseId, label: entry.label, organisationId: entry.organisationId },
            action,
          })),
        ),
      update: (caseId, actionId, patch) => cases['cases:updateAction']({ caseId, actionId, patch }),
    },
    overview: {
      kind: 'case',
      stages: async () =>
        ctx.index.data.caseSummaries.map((c) => ({
          organisationId: c.organisationId,
          stage: c.outcome === 'full_award' && c.recorded ? 'awarded' : c.stage,
          nextDeadline: c.actionPlanReceived ? null : c.actionPlanDue,
          deadlineLabel: c.actionPlanReceived || !c.actionPlanDue ? '' : 'Action plan due',
        })),
      records: async (organisationId) =>
        ctx.index.data.caseSummaries
          .filter((c) => c.organisationId === organisationId)
          .map((c) => ({
            kind: 'case' as const,
            id: c.id,
            label: `${c.organisationName} — GO Award`,
            route: route(c.id),
            date: c.signUpDate,
            status: c.stage,
          })),
    },
  };
}
