import { searchKinds, type SearchHit, type SearchKind } from '../../../../shared/ipc/contracts/search';

/** Hits grouped by kind, groups in a fixed order, each keeping the relevance order. */
export function groupHits(hits: SearchHit[]): [SearchKind, SearchHit[]][] {
  return searchKinds
    .map((kind) => [kind, hits.filter((h) => h.kind === kind)] as [SearchKind, SearchHit[]])
    .filter(([, list]) => list.length > 0);
}

export const hitValue = (hit: SearchHit) => `${hit.kind}:${hit.id}`;
