import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';

/**
 * Counts the handler calls in flight so that closing a workspace can wait for them: a save the
 * user was told about must finish before the lock goes. Once closing starts, new calls are
 * refused with a clear message instead of writing into a workspace that is being let go.
 */
export class CallGate {
  private inFlight = new Set<Promise<unknown>>();
  private closing = false;

  /**
   * `beforeWrite` runs before every call whose channel `writes`: it throws to refuse the call
   * (the workspace lock was taken by another Casebook, so this one must not write any more).
   */
  wrap(
    handlers: Handlers,
    writes: (channel: string) => boolean = () => false,
    beforeWrite: () => Promise<void> = async () => undefined,
  ): Handlers {
    const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
    for (const [channel, handler] of Object.entries(handlers) as [string, (input: unknown) => Promise<unknown>][]) {
      wrapped[channel] = writes(channel)
        ? (input) => this.track(async () => (await beforeWrite(), handler(input)))
        : (input) => this.track(() => handler(input));
    }
    return wrapped as Handlers;
  }

  private track<T>(call: () => Promise<T>): Promise<T> {
    if (this.closing) {
      return Promise.reject(
        new AppError('workspace_locked', 'This workspace is closing, so nothing more can be saved in it. Reopen it to continue.'),
      );
    }
    const run = call();
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run)).catch(() => undefined);
    return run;
  }

  /** Refuses new calls, then waits for every call already started to settle. */
  async close(): Promise<void> {
    this.closing = true;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }
}
