import { replaceEqualDeep } from '@tanstack/react-query';
import { create } from 'zustand';
import type { RegionSettings, SyncStatusData } from '../../../../shared/ipc/contracts/sync';
import { api } from '../../lib/api';

interface SyncState {
  status: SyncStatusData | null;
  settings: RegionSettings | null;
  /** Reads the sync state and the region settings from main. */
  refresh: () => Promise<void>;
  setSettings: (settings: RegionSettings) => void;
}

/** The region's sync state, shared by the header, Settings → Region and the Share buttons. */
export const useSync = create<SyncState>((set) => ({
  status: null,
  settings: null,
  refresh: async () => {
    const [status, settings] = await Promise.all([api.sync.status(), api.sync.settings()]);
    // An unchanged answer keeps the objects already held, so a poll re-renders nothing and
    // forms seeded from the settings keep what is being typed.
    set((held) => ({
      status: replaceEqualDeep(held.status, status.ok ? status.data : null),
      settings: replaceEqualDeep(held.settings, settings.ok ? settings.data : null),
    }));
  },
  setSettings: (settings) => set({ settings }),
}));

/** How often the header asks main for the sync state (sync itself runs in main, on its own). */
export const SYNC_POLL_MS = 5_000;
