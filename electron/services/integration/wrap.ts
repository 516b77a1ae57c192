import type { Channel, Handlers } from '../../../shared/ipc/contract';

/**
 * Runs `after` once a handler has succeeded, with its input and output. Lets features that
 * follow another's records (search, the issue log) hear of every change without the owning
 * feature knowing about them. A failing follower never fails the user's save.
 */
export function afterSuccess<C extends Channel>(
  handlers: Handlers,
  channel: C,
  after: (input: Parameters<Handlers[C]>[0], output: Awaited<ReturnType<Handlers[C]>>) => Promise<void> | void,
): void {
  const original = handlers[channel] as (input: unknown) => Promise<unknown>;
  const wrapped = async (input: unknown) => {
    const output = await original(input);
    try {
      await after(input as Parameters<Handlers[C]>[0], output as Awaited<ReturnType<Handlers[C]>>);
    } catch (error) {
      console.error(`after ${channel}:`, error);
    }
    return output;
  };
  (handlers as Record<Channel, unknown>)[channel] = wrapped;
}
