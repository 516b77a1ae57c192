import { actionKey, applyActionChange, type StandaloneAction } from '../../../shared/domain/actions-rules';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { actorName } from './actor';
import type { ActionProvider } from './provider';
import { toSourced } from './standalone-provider';

type ActionHandlers = Pick<Handlers, 'actions:list' | 'actions:create' | 'actions:update' | 'actions:delete'>;

/** The tracker: every provider's actions, each edit written back through the provider that owns it. */
export function actionHandlers(ctx: ServiceContext, providers: readonly ActionProvider[]): ActionHandlers {
  const providerFor = (kind: string): ActionProvider => {
    const provider = providers.find((p) => p.kind === kind);
    if (!provider) throw new AppError('unsupported', 'actionsNotEditable', { kind });
    return provider;
  };

  return {
    'actions:list': async () => (await Promise.all(providers.map((p) => p.list()))).flat(),

    'actions:create': async (draft) => {
      if (!ctx.index.data.organisations.some((o) => o.id === draft.organisationId)) {
        throw new AppError('not_found', 'organisationGoneKeepText');
      }
      const now = ctx.clock().toISOString();
      const stored: StandaloneAction = { ...draft, id: ctx.newId(), progress: [], createdAt: now, updatedAt: now };
      await ctx.index.update((data) => {
        data.standaloneActions.push(stored);
      });
      ctx.changes.publish({ kind: 'action', id: actionKey({ kind: 'standalone', id: stored.organisationId }, stored.id) });
      return toSourced(ctx, stored);
    },

    'actions:update': async ({ kind, sourceId, actionId, change }) => {
      const provider = providerFor(kind);
      const current = (await provider.list()).find((s) => s.source.id === sourceId && s.action.id === actionId);
      if (!current) throw new AppError('not_found', 'actionGoneAtSource');
      const { patch } = applyActionChange(current.action, change, actorName(ctx), ctx.clock().toISOString());
      // Nothing changed: nothing to write, and no empty progress entry either.
      const action = Object.keys(patch).length === 0 ? current.action : await provider.update(sourceId, actionId, patch);
      if (action !== current.action) ctx.changes.publish({ kind: 'action', id: actionKey(current.source, actionId) });
      return { source: current.source, action };
    },

    'actions:delete': async ({ kind, sourceId, actionId }) => {
      if (kind !== 'standalone') {
        throw new AppError('unsupported', 'actionDeleteAtSource');
      }
      if (!ctx.index.data.standaloneActions.some((a) => a.id === actionId && a.organisationId === sourceId)) {
        throw new AppError('not_found', 'actionGone');
      }
      await ctx.index.update((data) => {
        data.standaloneActions = data.standaloneActions.filter((a) => a.id !== actionId);
      });
      ctx.changes.publish({ kind: 'action', id: actionKey({ kind, id: sourceId }, actionId), deleted: true });
      return { actionId };
    },
  };
}
