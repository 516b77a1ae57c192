import { afterEach } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createServices, type Services, type ServicesOptions } from '../../../electron/services/index';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';

/** Unexpected (non-AppError) failures inside a handler are test failures, not console noise. */
export const throwOnLog = (error: unknown): never => {
  throw new Error(`dispatch logged an unexpected error: ${String(error)}`);
};

/** Calls a channel the way the renderer does and returns its data, failing loudly on `ok: false`. */
export async function call<C extends Channel>(services: Services, channel: C, input?: InputOf<C>): Promise<OutputOf<C>> {
  const result = await dispatch(services.handlers, channel, input, throwOnLog);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  // dispatch returns `unknown`; the contract says what this channel's handler returns.
  return result.data as OutputOf<C>;
}

/** Opens workspaces that are closed (lock released) after each test, even a failing one. */
export function useWorkspaces(): (options: ServicesOptions) => Promise<Services> {
  const open = new Set<Services>();
  afterEach(async () => {
    await Promise.all([...open].map((services) => services.close()));
    open.clear();
  });
  return async (options) => {
    const services = await createServices(options);
    const close = services.close;
    const tracked: Services = {
      ...services,
      close: async () => {
        open.delete(tracked);
        await close();
      },
    };
    open.add(tracked);
    return tracked;
  };
}
