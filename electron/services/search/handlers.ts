import type { Handlers } from '../../../shared/ipc/contract';
import type { SearchIndex } from './search-index';

export function searchHandlers(search: Pick<SearchIndex, 'query'>): Pick<Handlers, 'search:query'> {
  return {
    'search:query': async ({ text, kinds, limit }) => search.query(text, { kinds, limit }),
  };
}
