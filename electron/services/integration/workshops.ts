import { median } from '../../../shared/domain/workshop-ratings';
import type { Workshop } from '../../../shared/domain/workshop';
import type { Handlers } from '../../../shared/ipc/contract';
import type { SearchDoc } from '../../../shared/ipc/contracts/search';
import type { ServiceContext } from '../context';
import type { MaturityReport } from '../overview/provider';
import { afterSuccess } from './wrap';

const route = (id: string) => `/workshops/${id}`;

function workshopDocs(workshop: Workshop): SearchDoc[] {
  const parent = `workshop:${workshop.id}`;
  const theme = (id: string | null) => workshop.themes.find((t) => t.id === id)?.title ?? '';
  return [
    {
      kind: 'workshop',
      id: workshop.id,
      title: workshop.title,
      subtitle: workshop.date,
      text: [workshop.venue, workshop.facilitator, ...workshop.agenda.map((a) => a.title)].join('\n'),
      route: route(workshop.id),
      parent,
    },
    ...workshop.notes.map((note) => ({
      kind: 'workshop_note' as const,
      id: `${workshop.id}:${note.id}`,
      title: theme(note.themeId) || workshop.title,
      subtitle: workshop.title,
      text: note.text,
      route: `${route(workshop.id)}/review`,
      parent,
    })),
  ];
}

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
 * Joins workshops to the rest: their actions appear in the tracker (edited at the source),
 * their ratings feed the regional overview, their notes are searchable, and issues raised in
 * a workshop of a known organisation go to that organisation's issue log (once each).
 */
export function connectWorkshops(ctx: ServiceContext, handlers: Handlers): void {
  const all = async () =>
    Promise.all(ctx.index.data.workshops.map((summary) => handlers['workshops:get']({ id: summary.id })));

  ctx.actionProviders.push({
    kind: 'workshop',
    list: async () =>
      (await handlers['workshops:listActions']()).flatMap((entry) =>
        entry.actions.map((action) => ({
          source: { kind: 'workshop' as const, id: entry.workshopId, label: entry.label, organisationId: entry.organisationId },
          action,
        })),
      ),
    update: (workshopId, actionId, patch) => handlers['workshops:updateAction']({ workshopId, actionId, patch }),
  });

  ctx.overviewProviders.push({
    kind: 'workshop',
    maturity: async () => (await all()).flatMap(workshopMaturity),
    records: async (organisationId) =>
      ctx.index.data.workshops
        .filter((w) => w.organisationId === organisationId)
        .map((w) => ({ kind: 'workshop' as const, id: w.id, label: w.title, route: route(w.id), date: w.date, status: w.status })),
  });

  void ctx.search.addSource({ kind: 'workshop', all: async () => (await all()).flatMap(workshopDocs) });

  const logIssues = async (workshop: Workshop) => {
    if (!workshop.organisationId) return;
    // Contractual disputes stay on the workshop as notes (the capture panel says so); the log refuses them.
    for (const issue of workshop.issues.filter((i) => !i.individualContractualDispute)) {
      await handlers['issues:raise']({
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
  };

  const reindex = (workshop: Workshop) => {
    ctx.search.removeByParent(`workshop:${workshop.id}`);
    for (const doc of workshopDocs(workshop)) ctx.search.upsert(doc);
  };

  for (const channel of ['workshops:create', 'workshops:updatePlan', 'workshops:capture', 'workshops:editNote', 'workshops:removeEntry', 'workshops:restoreEntry', 'workshops:setStatus'] as const) {
    afterSuccess(handlers, channel, async (_input, workshop) => {
      reindex(workshop);
      await logIssues(workshop);
    });
  }
  afterSuccess(handlers, 'workshops:delete', ({ id }) => ctx.search.removeByParent(`workshop:${id}`));
}
