import type { Handlers } from '../../../shared/ipc/contract';
import type { ServiceContext } from '../context';

export function searchHandlers(ctx: ServiceContext): Pick<Handlers, 'search:query'> {
  return {
    'search:query': async ({ text, kinds, limit }) => ctx.search.query(text, { kinds, limit }),
  };
}
