import { median } from '../../../shared/domain/workshop-ratings';
import type { Workshop } from '../../../shared/domain/workshop';
import type { Handlers } from '../../../shared/ipc/contract';
import type { ActionProvider } from '../actions/provider';
import type { ServiceContext } from '../context';
import type { MaturityReport, OverviewProvider } from '../overview/provider';

const route = (id: string) => `/workshops/${id}`;

/** The median of every table's rating per theme: one maturity figure per theme per workshop. */
export function workshopMaturity(workshop: Workshop): MaturityReport[] {
  if (!workshop.organisationId) return [];
  return workshop.themes.flatMap((theme) => {
    const values = workshop.ratings.filter((r) => r.themeId === theme.id).map((r) => r.value);
    return values.length === 0
      ? []
      : [{ organisationId: workshop.organisationId as string, theme: theme.title, rating: median(values), ratedOn: workshop.date }];
  });
}

/**
 * What workshops tell the rest: their actions appear in the tracker (edited at the source) and
 * their ratings feed the regional overview.
 */
export function workshopLinks(
  ctx: ServiceContext,
  workshops: Pick<Handlers, 'workshops:get' | 'workshops:listActions' | 'workshops:updateAction'>,
): { actions: ActionProvider; overview: OverviewProvider } {
  const all = async () => Promise.all(ctx.index.data.workshops.map((summary) => workshops['workshops:get']({ id: summary.id })));
  return {
    actions: {
      kind: 'workshop',
      list: async () =>
        (await workshops['workshops:listActions']()).flatMap((entry) =>
          entry.actions.map((action) => ({
            source: { kind: 'workshop' as const, id: entry.workshopId, label: entry.label, organisationId: entry.organisationId },
            action,
          })),
        ),
      update: (workshopId, actionId, patch) => workshops['workshops:updateAction']({ workshopId, actionId, patch }),
    },
    overview: {
      kind: 'workshop',
      maturity: async () => (await all()).flatMap(workshopMaturity),
      records: async (organisationId) =>
        ctx.index.data.workshops
          .filter((w) => w.organisationId === organisationId)
          .map((w) => ({ kind: 'workshop' as const, id: w.id, label: w.title, route: route(w.id), date: w.date, status: w.status })),
    },
  };
}

/**
 * Issues raised in a workshop of a known organisation go to that organisation's issue log, once
 * each (the log recognises a workshop issue it already holds). Contractual disputes stay on the
 * workshop as notes (the capture panel says so); the log refuses them.
 */
export async function logWorkshopIssues(workshop: Workshop, raiseIssue: Handlers['issues:raise']): Promise<void> {
  if (!workshop.organisationId) return;
  for (const issue of workshop.issues.filter((i) => !i.individualContractualDispute)) {
    await raiseIssue({
      title: issue.title,
      description: issue.description,
      raisedBy: issue.raisedBy,
      raisedOn: issue.raisedOn,
      individualContractualDispute: false,
      organisationId: workshop.organisationId,
      origin: { kind: 'workshop', id: workshop.id, key: issue.id },
      optionsTried: issue.optionsTried,
    });
  }
}
