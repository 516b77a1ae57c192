import { z } from 'zod';

/**
 * Closing a window without losing typing. Main sends `shell:flush` with a request id; the window
 * saves every field still waiting for its pause and answers on `shell:flushed` once main has
 * acknowledged each save (or one failed). These are not contract channels: main itself answers
 * them, not the workspace services, and only the main window has them.
 */
export const FLUSH_REQUEST = 'shell:flush';
export const FLUSH_ANSWER = 'shell:flushed';

export const flushRequestSchema = z.object({ requestId: z.string().min(1).max(100) });

/** What the window answers: everything saved, or why not. */
export const flushReportSchema = z.object({
  saved: z.boolean(),
  /** The newest failure's message when something is not saved. */
  reason: z.string().max(2000).nullable(),
});
export type FlushReport = z.infer<typeof flushReportSchema>;

export const flushAnswerSchema = flushReportSchema.extend({ requestId: z.string().min(1).max(100) });
export type FlushAnswer = z.infer<typeof flushAnswerSchema>;

/** Registers the window's "save everything now" (one at a time); returns the unregister function. */
export type OnFlushRequest = (flush: () => Promise<FlushReport>) => () => void;
