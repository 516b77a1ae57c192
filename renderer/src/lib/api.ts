import { contract, type Api, type Channel } from '../../../shared/ipc/contract';
import type { ErrorCode, Result } from '../../../shared/result';
import { useSaveStatus } from '../app/save-status';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or injected by the browser test host. */
    api: Api;
  }
}

type Call = (input?: unknown) => Promise<Result<unknown>>;

/** Failures where trying the same save again can work: the disk, the lock, the unexpected. */
const retryable = new Set<ErrorCode>(['disk_full', 'io_error', 'workspace_locked', 'internal']);

/**
 * The typed client of `window.api`; the only module that touches it. Calls on channels that
 * write to the workspace drive the save-status indicator, and a failed one can be retried.
 */
function trackMutations(raw: Api): Api {
  const wrapped: Record<string, unknown> = { on: raw.on };
  const groups = raw as unknown as Record<string, Record<string, Call>>;
  for (const channel of Object.keys(contract) as Channel[]) {
    const [domain, verb] = channel.split(':');
    const call = groups[domain][verb];
    const target = (wrapped[domain] ??= {}) as Record<string, Call>;
    target[verb] = contract[channel].mutation ? (input) => trackedSave(() => call(input)) : call;
  }
  return wrapped as unknown as Api;
}

async function trackedSave(run: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  const { started, succeeded, failed } = useSaveStatus.getState();
  started();
  let result: Result<unknown>;
  try {
    result = await run();
  } catch (error) {
    result = { ok: false, error: { code: 'internal', message: String(error) } };
  }
  if (result.ok) succeeded();
  // A refusal (say, a recommendation without its justification) is still "not saved", but
  // retrying the same request cannot help, so it gets no Retry button.
  else failed(result.error.message, retryable.has(result.error.code) ? () => trackedSave(run) : null);
  return result;
}

export const api: Api = trackMutations(window.api);
