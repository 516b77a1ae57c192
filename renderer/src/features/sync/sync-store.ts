import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EventPayload } from '../../../../shared/ipc/events';
import type { RegionSettings, SyncStatusData } from '../../../../shared/ipc/contracts/sync';
import { api } from '../../lib/api';
import { affectedBy } from '../../lib/affects';
import { keyOf, queryClient, readOf } from '../../lib/query';
import { reloadOpenCase } from '../cases/case-store';
import { reloadOpenWorkshop } from '../workshops/workshop-store';

interface SyncState {
  status: SyncStatusData | null;
  settings: RegionSettings | null;
  /** Reads the sync state and the region settings from main again. */
  refresh: () => Promise<void>;
  setSettings: (settings: RegionSettings) => void;
}

/**
 * How often the header asks main for the sync state anyway. Main tells the window when a round
 * starts and ends (`sync:changed`), so this only catches what no round reports (a change
 * waiting its turn); the window also asks again when it comes back into focus.
 */
export const SYNC_POLL_MS = 30_000;

const statusKey = keyOf('sync:status');
const settingsKey = keyOf('sync:settings');

const syncReads = ['sync:status', 'sync:settings', 'sync:pendingMerges'];

/** Reads the sync state, the region settings and any merge waiting from main again. */
export const refreshSync = (): Promise<void> =>
  Promise.all(syncReads.map((read) => queryClient.invalidateQueries({ queryKey: [read] }))).then(() => undefined);

/** Main's answer to joining or sharing: the region settings as they are now. */
export const setSyncSettings = (settings: RegionSettings) => queryClient.setQueryData(settingsKey, settings);

/**
 * The region's sync state, shared by the header, Settings → Region and the Share buttons: the
 * `sync:status` and `sync:settings` queries. `poll`: this one (the header) keeps it fresh.
 */
export function useSync<T>(select: (state: SyncState) => T, { poll = false } = {}): T {
  const status = useQuery({
    queryKey: statusKey,
    queryFn: readOf('sync:status'),
    refetchInterval: poll ? SYNC_POLL_MS : false,
    refetchOnWindowFocus: poll,
  });
  const settings = useQuery({ queryKey: settingsKey, queryFn: readOf('sync:settings') });
  return select({ status: status.data ?? null, settings: settings.data ?? null, refresh: refreshSync, setSettings: setSyncSettings });
}

/** A round's status as main pushed it: shown at once; what it wrote is read again. */
export async function syncChanged({ status, received }: EventPayload<'sync:changed'>): Promise<void> {
  // A poll still on its way was answered before this: it must not put an older state back.
  await queryClient.cancelQueries({ queryKey: statusKey });
  queryClient.setQueryData(statusKey, status);
  const reads = [
    'sync:pendingMerges',
    'sync:regionTrust',
    'trust:list',
    'overview:rows',
    'overview:organisation',
    ...(received ? [...affectedBy('cases:get'), ...affectedBy('workshops:get'), 'library:search', 'library:list'] : []),
  ];
  await Promise.all([
    ...[...new Set(reads)].map((read) => queryClient.invalidateQueries({ queryKey: [read] })),
    // The open case and workshop are read by their screens' loaders, not by an observer that
    // refetches when invalidated: a merge that arrived would stay off screen until reopened.
    ...(received ? [reloadOpenCase(), reloadOpenWorkshop()] : []),
  ]);
}

/** Follows main's `sync:changed` events while the header is on screen. */
export function useSyncEvents(): void {
  useEffect(() => api.on('sync:changed', (payload) => void syncChanged(payload)), []);
}
