import type { Channel } from '../../../shared/ipc/contract';

type Domain = Channel extends `${infer D}:${string}` ? D : never;

/**
 * Which reads each domain's writes change: a write invalidates exactly these (and search, which
 * covers every record). Organisation names appear in cases, actions and issues; actions live in
 * cases and workshops; workshops raise issues.
 */
const reads: Partial<Record<Domain, Channel[]>> = {
  organisations: [
    'organisations:list',
    'organisations:get',
    'overview:rows',
    'overview:organisation',
    'cases:list',
    'actions:list',
    'issues:list',
    'library:search',
  ],
  actions: ['actions:list', 'overview:rows', 'overview:organisation', 'cases:get', 'workshops:get'],
  issues: ['issues:list', 'overview:rows', 'overview:organisation'],
  library: ['library:list', 'library:search', 'library:get', 'library:citations', 'overview:organisation'],
  cases: ['cases:list', 'cases:get', 'cases:history', 'actions:list', 'overview:rows', 'overview:organisation'],
  workshops: ['workshops:list', 'workshops:get', 'actions:list', 'issues:list', 'overview:rows', 'overview:organisation'],
  settings: ['settings:getProfile', 'settings:getIssuer'],
  // Recovering a set-aside log is a change to its case or workshop.
  recovery: [
    'recovery:list',
    'recovery:preview',
    'cases:list',
    'cases:get',
    'cases:history',
    'workshops:list',
    'workshops:get',
    'actions:list',
    'issues:list',
    'overview:rows',
    'overview:organisation',
  ],
  // Joining and sharing change what the region shows; a settled merge writes the record.
  sync: [
    'sync:status',
    'sync:settings',
    'sync:pendingMerges',
    'sync:sharedCases',
    'organisations:list',
    'overview:rows',
    'overview:organisation',
    'cases:get',
    'cases:list',
    'workshops:get',
    'workshops:list',
    'sync:regionTrust',
    'trust:list',
    'library:list',
    'library:search',
    'library:get',
  ],
  // Offering the regional CA changes what the region offers.
  region: ['region:status', 'sync:regionTrust', 'sync:status'],
};

export function affectedBy(channel: Channel): Channel[] {
  const domain = channel.split(':')[0] as Domain;
  return [...(reads[domain] ?? []), 'search:query'];
}
