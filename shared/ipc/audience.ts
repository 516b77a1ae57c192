import type { Channel } from './contract';

/** Main starts the projector window with this argument; its preload then exposes only the list below. */
export const AUDIENCE_ROLE_ARG = '--casebook-role=audience';

/**
 * Every channel the projector (audience) window calls, all of them reads: the app frame it opens
 * in (workspace status and folder, the profile for the language) and the workshop it shows
 * (recorded from the page on the browser host). Main refuses the projector any other channel
 * (ipc.ts); a test keeps this list to queries only.
 */
export const audienceChannels = [
  'workspace:status',
  'workspace:info',
  'settings:getProfile',
  'workshops:get',
] as const satisfies readonly Channel[];
