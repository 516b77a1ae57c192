import { z } from 'zod';
import { noticeSchema } from './contracts/workspace';

/** Push events from main to the renderer. */
export const events = {
  /** Something the user must know about the workspace (a restored backup, a lock). */
  'workspace:notice': noticeSchema,
  /** The workspace folder changed; every view reloads its data. */
  'workspace:changed': z.object({ dir: z.string() }),
  /** How far a document export has got: laying out, signing, saving, done. */
  'exports:progress': z.object({ kind: z.string(), stage: z.enum(['layout', 'signing', 'saving', 'done']), percent: z.number().min(0).max(100) }),
};
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const eventNames = Object.keys(events) as EventName[];

/** Subscribes to a push event; returns the unsubscribe function. */
export type OnEvent = <E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void;
