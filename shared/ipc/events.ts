import { z } from 'zod';
import { syncStatusSchema } from './contracts/sync';
import { noticeSchema } from './contracts/workspace';

/** Push events from main to the renderer. */
export const events = {
  /** Something the user must know about the workspace (a restored backup, a lock). */
  'workspace:notice': noticeSchema,
  /** The workspace folder changed; every view reloads its data. */
  'workspace:changed': z.object({ dir: z.string() }),
  /** How far a document export has got: laying out, signing, saving, done. */
  'exports:progress': z.object({
    kind: z.string(),
    stage: z.enum(['layout', 'signing', 'saving', 'done']),
    percent: z.number().min(0).max(100),
  }),
  /**
   * A region sync round started or ended: its status, and whether it wrote records others
   * changed into this workspace (then the screens showing them read them again).
   */
  'sync:changed': z.object({ status: syncStatusSchema, received: z.boolean() }),
};
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];

/** Subscribes to a push event; returns the unsubscribe function. */
export type OnEvent = <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => () => void;
