import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { WorkshopStore } from './store';

type TrackerHandlers = Pick<Handlers, 'workshops:listIssues' | 'workshops:listActions' | 'workshops:updateAction'>;

/** What the action tracker and issue log read from workshops, and edit at the source. */
export function trackerHandlers(ctx: ServiceContext, store: WorkshopStore): TrackerHandlers {
  const all = () => Promise.all(ctx.index.data.workshops.map((s) => store.get(s.id)));
  return {
    'workshops:listIssues': async () =>
      (await all())
        .filter((w) => w.issues.length > 0)
        .map((w) => ({ workshopId: w.id, organisationId: w.organisationId, issues: w.issues })),
    'workshops:listActions': async () =>
      (await all())
        .filter((w) => w.actions.length > 0)
        .map((w) => ({ workshopId: w.id, label: `${w.title} (${w.date})`, organisationId: w.organisationId, actions: w.actions })),
    'workshops:updateAction': async ({ workshopId, actionId, patch }) => {
      const workshop = await store.change(workshopId, (w) => {
        const action = w.actions.find((a) => a.id === actionId);
        if (!action) throw new AppError('not_found', 'actionRemovedFromWorkshop');
        Object.assign(action, patch, { updatedAt: ctx.clock().toISOString() });
        return { kind: 'workshop.action.updated', summary: `Updated action: ${action.what}`, details: { actionId, patch } };
      });
      const updated = workshop.actions.find((a) => a.id === actionId);
      if (!updated) throw new AppError('internal', 'actionNotReadBack');
      return updated;
    },
  };
}
