import { contract, type Api, type Channel } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/result';
import { isDurabilityFailure, refusalSinkForNewSave } from '../app/refusals';
import { useSaveStatus } from '../app/save-status';
import { errorText } from '../i18n/errors';

declare global {
  interface Window {
    /** Exposed by the preload (Electron) or injected by the browser test host. */
    api: Api;
  }
}

type Call = (input?: unknown) => Promise<Result<unknown>>;

/** A failure's message in the interface language, translated by its key here, once for every caller. */
async function localised(answer: Promise<Result<unknown>>): Promise<Result<unknown>> {
  const result = await answer;
  return result.ok ? result : { ok: false, error: { ...result.error, message: errorText(result.error) } };
}

/**
 * The typed client of `window.api`; the only module that touches it. Calls on channels that
 * write to the workspace drive the save-status indicator, and a failed one can be retried.
 * Every failure's message arrives already in the interface language (errorText).
 */
function trackMutations(raw: Api): Api {
  const wrapped: Record<string, unknown> = { on: raw.on };
  const groups = raw as unknown as Record<string, Record<string, Call>>;
  for (const channel of Object.keys(contract) as Channel[]) {
    const [domain, verb] = channel.split(':');
    const raw = groups[domain][verb];
    const call: Call = (input) => localised(raw(input));
    const target = (wrapped[domain] ??= {}) as Record<string, Call>;
    target[verb] = contract[channel].mutation ? (input) => trackedSave(() => call(input)) : call;
  }
  return wrapped as unknown as Api;
}

async function trackedSave(run: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  const { started, succeeded, refused, failed } = useSaveStatus.getState();
  const tellRefusal = refusalSinkForNewSave();
  started();
  let result: Result<unknown>;
  try {
    result = await run();
  } catch (error) {
    result = { ok: false, error: { code: 'internal', message: String(error) } };
  }
  if (result.ok) succeeded();
  else if (isDurabilityFailure(result.error)) failed(result.error.message, () => trackedSave(run));
  else {
    // A rule refused the change: nothing was lost, so the header stays calm; the field that
    // asked is told why (or the caller shows it).
    refused();
    tellRefusal(result.error);
  }
  return result;
}

export const api: Api = trackMutations(window.api);
