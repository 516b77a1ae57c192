import type { Action } from '../../../shared/domain/action';
import type { StandaloneAction } from '../../../shared/domain/actions-rules';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { ActionProvider, SourcedAction } from './provider';

/** The source of a standalone action: its organisation. */
export function standaloneSource(ctx: ServiceContext, organisationId: string): SourcedAction['source'] {
  const org = ctx.index.data.organisations.find((o) => o.id === organisationId);
  return { kind: 'standalone', id: organisationId, label: org?.name ?? 'Organisation no longer in this workspace', organisationId };
}

export function toSourced(ctx: ServiceContext, stored: StandaloneAction): SourcedAction {
  const { organisationId, ...action } = stored;
  return { source: standaloneSource(ctx, organisationId), action };
}

/** Actions created in the tracker itself, kept in `casebook.json` with their organisation. */
export function standaloneActionProvider(ctx: ServiceContext): ActionProvider {
  return {
    kind: 'standalone',
    list: async () => ctx.index.data.standaloneActions.map((a) => toSourced(ctx, a)),
    update: async (sourceId, actionId, patch) => {
      const exists = ctx.index.data.standaloneActions.some((a) => a.id === actionId && a.organisationId === sourceId);
      if (!exists) throw new AppError('not_found', 'actionGoneReload');
      return ctx.index.update((data) => {
        const index = data.standaloneActions.findIndex((a) => a.id === actionId);
        data.standaloneActions[index] = { ...data.standaloneActions[index], ...patch };
        const { organisationId: _org, ...action } = data.standaloneActions[index];
        return action satisfies Action;
      });
    },
  };
}
