import { z } from 'zod';
import { contract, type Channel } from '../../shared/ipc/contract';
import { AppError, fail, ok, type Result } from '../../shared/result';
import type { Handlers } from '../../shared/ipc/contract';

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/**
 * The one road into the services, shared by Electron's IPC and the browser test host:
 * known channel → zod-parsed input → handler → Result. Nothing throws past this point.
 */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  rawInput: unknown,
  logError: (error: unknown) => void = console.error,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) return fail('invalid_input', `Unknown channel ${channel}`);
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return fail('invalid_input', z.prettifyError(parsed.error));
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    return ok(await handler(parsed.data));
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    logError(error);
    return fail('internal', `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
  }
}
