import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';

type WorkspaceHandlers = Pick<
  Handlers,
  'workspace:info' | 'workspace:choose' | 'settings:getProfile' | 'settings:updateProfile' | 'settings:getIssuer' | 'settings:updateIssuer'
>;

export function workspaceHandlers(ctx: ServiceContext): WorkspaceHandlers {
  return {
    'workspace:info': async () => ({
      dir: ctx.workspaceDir,
      canChoose: Boolean(ctx.shell.chooseWorkspace),
      notices: ctx.notices,
    }),
    'workspace:choose': async () => {
      if (!ctx.shell.chooseWorkspace) {
        throw new AppError('unsupported', 'choosingFolderNeedsDesktop');
      }
      return ctx.shell.chooseWorkspace();
    },
    'settings:getProfile': async () => ctx.index.data.profile,
    'settings:updateProfile': async (profile) => {
      await ctx.index.update((data) => {
        data.profile = profile;
      });
      ctx.changes.publish({ kind: 'settings', id: 'profile' });
      return profile;
    },
    'settings:getIssuer': async () => ctx.index.data.issuer,
    'settings:updateIssuer': async (issuer) => {
      await ctx.index.update((data) => {
        data.issuer = issuer;
      });
      ctx.changes.publish({ kind: 'settings', id: 'issuer' });
      return issuer;
    },
  };
}
