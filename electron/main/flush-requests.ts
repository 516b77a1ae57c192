import { randomUUID } from 'node:crypto';
import { flushAnswerSchema, type FlushReport } from '../../shared/ipc/shell';

/**
 * Main's side of "save every pending field before the window closes": a request id per ask, the
 * window's answer matched to it, and a bound on the wait (a hung or crashed window answers
 * nothing). No Electron here, so the browser test host asks the page the same way.
 */
export class FlushRequests {
  private readonly waiting = new Map<string, { from: unknown; done: (report: FlushReport | null) => void }>();

  /**
   * Sends a request through `send` and resolves with the window's report, or with null when no
   * answer came within `giveUpAfterMs` (or `cancel` was called first).
   */
  ask(
    send: (request: { requestId: string }) => void,
    giveUpAfterMs: number,
    from?: unknown,
  ): { answer: Promise<FlushReport | null>; cancel: () => void } {
    const requestId = randomUUID();
    let cancel = () => undefined as void;
    const answer = new Promise<FlushReport | null>((resolve) => {
      const timer = setTimeout(() => done(null), giveUpAfterMs);
      const done = (report: FlushReport | null) => {
        clearTimeout(timer);
        this.waiting.delete(requestId);
        resolve(report);
      };
      cancel = () => done(null);
      this.waiting.set(requestId, { from, done });
    });
    try {
      send({ requestId });
    } catch {
      cancel();
    }
    return { answer, cancel };
  }

  /** A window's answer; ignored unless it parses and names a request this sender was asked. */
  answer(payload: unknown, from?: unknown): boolean {
    const parsed = flushAnswerSchema.safeParse(payload);
    if (!parsed.success) return false;
    const waiting = this.waiting.get(parsed.data.requestId);
    if (!waiting || waiting.from !== from) return false;
    waiting.done({ saved: parsed.data.saved, reason: parsed.data.reason });
    return true;
  }
}
