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
  if (!isChannel(channel)) return fail('invalid_input', 'unknownChannel', { channel });
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) {
    return fail('invalid_input', 'invalidRequest', { detail: z.prettifyError(parsed.error) });
  }
  try {
    const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
    const output = await handler(parsed.data);
    if (checkOutputs) {
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        logError(new Error(`${channel} answered outside its contract: ${z.prettifyError(checked.error)}`));
        return fail('internal', 'answerOutsideContract', { channel });
      }
    }
    return ok(output);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    logError(error);
    return fail('internal', 'unexpected', { detail: error instanceof Error ? error.message : String(error) });
  }
}
