import type { Handlers } from '../../../shared/ipc/contract';
import type { Organisation } from '../../../shared/domain/organisation';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';

type OrganisationHandlers = Pick<
  Handlers,
  'organisations:list' | 'organisations:get' | 'organisations:create' | 'organisations:update' | 'organisations:delete'
>;

// One collator for the whole sort: localeCompare with a locale builds one per comparison.
const collator = new Intl.Collator('en-GB');
const byName = (a: Organisation, b: Organisation) => collator.compare(a.name, b.name);

export function organisationHandlers(ctx: ServiceContext): OrganisationHandlers {
  const find = (id: string) => {
    const found = ctx.index.data.organisations.find((o) => o.id === id);
    if (!found) throw new AppError('not_found', 'organisationGone');
    return found;
  };

  return {
    'organisations:list': async () => [...ctx.index.data.organisations].sort(byName),
    'organisations:get': async ({ id }) => find(id),
    'organisations:create': async (draft) => {
      const now = ctx.clock().toISOString();
      const organisation: Organisation = { ...draft, id: ctx.newId(), createdAt: now, updatedAt: now };
      await ctx.index.update((data) => {
        data.organisations.push(organisation);
      });
      ctx.changes.publish({ kind: 'organisation', id: organisation.id });
      return organisation;
    },
    'organisations:update': async ({ id, draft }) => {
      find(id);
      const updated = await ctx.index.update((data) => {
        const index = data.organisations.findIndex((o) => o.id === id);
        const updated = { ...data.organisations[index], ...draft, updatedAt: ctx.clock().toISOString() };
        data.organisations[index] = updated;
        return updated;
      });
      ctx.changes.publish({ kind: 'organisation', id });
      return updated;
    },
    'organisations:delete': async ({ id }) => {
      const org = find(id);
      refuseIfInUse(ctx, org);
      await ctx.index.update((data) => {
        data.organisations = data.organisations.filter((o) => o.id !== id);
      });
      ctx.changes.publish({ kind: 'organisation', id, deleted: true });
      return { id };
    },
  };
}

/** Deleting an organisation must not orphan what was typed about it (issues, notes, actions, case studies). */
function refuseIfInUse(ctx: ServiceContext, org: Organisation): void {
  const data = ctx.index.data;
  const counts = [
    [data.issues.filter((i) => i.organisationId === org.id).length, 'issue'],
    [data.organisationNotes.filter((n) => n.organisationId === org.id).length, 'note'],
    [data.standaloneActions.filter((a) => a.organisationId === org.id).length, 'action'],
    [data.caseStudies.filter((s) => s.organisationId === org.id).length, 'case study'],
  ] as const;
  const held = counts
    .filter(([n]) => n > 0)
    .map(([n, noun]) => `${n} ${n === 1 ? noun : noun === 'case study' ? 'case studies' : `${noun}s`}`);
  if (held.length > 0) {
    throw new AppError('conflict', 'organisationInUse', {
      name: org.name,
      held: held.join(', '),
      issues: counts[0][0],
      notes: counts[1][0],
      actions: counts[2][0],
      studies: counts[3][0],
    });
  }
}
