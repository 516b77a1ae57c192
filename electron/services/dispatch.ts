import { z } from 'zod';
import { contract, type Channel } from '../../shared/ipc/contract';
import { AppError, fail, ok, type Result } from '../../shared/result';
import type { Handlers } from '../../shared/ipc/contract';

const isChannel = (name: string): name is Channel => Object.hasOwn(contract, name);

/**
 * Tests and development builds check every answer against the channel's output schema, so a
 * handler that drifts from the contract fails loudly there instead of confusing the renderer.
 * Packaged builds skip it: parsing a 1 MB case on every answer costs time the user would feel.
 */
const checkOutputs = process.env.NODE_ENV !== 'production';

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
    const output = await handler(parsed.data);
    if (checkOutputs) {
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        logError(new Error(`${channel} answered outside its contract: ${z.prettifyError(checked.error)}`));
        return fail('internal', `${channel} gave an answer that does not match its contract.`);
      }
    }
    return ok(output);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    logError(error);
    return fail('internal', `Something went wrong: ${error instanceof Error ? error.message : String(error)}`);
  }
}
