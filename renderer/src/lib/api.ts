import { contract, type Api, type Channel } from '../../../shared/ipc/contract';
import { fail, type Result } from '../../../shared/result';
import { isDurabilityFailure, refusalSinkForNewSave } from '../app/refusals';
import { retryOf, trackSave } from '../app/flush';
import { currentSaveKey, saveEnded, saveStarted } from '../app/save-status';
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
  const wrapped: Record<string, unknown> = { on: raw.on, onFlushRequest: raw.onFlushRequest };
  const groups = raw as unknown as Record<string, Record<string, Call>>;
  for (const channel of Object.keys(contract) as Channel[]) {
    const [domain, verb] = channel.split(':');
    // The projector window's preload exposes only the reads it uses (shared/ipc/audience.ts).
    const exposed: Call = groups[domain]?.[verb] ?? (async () => fail('forbidden', 'notInThisWindow', { channel }));
    const call: Call = (input) => localised(exposed(input));
    const target = (wrapped[domain] ??= {}) as Record<string, Call>;
    target[verb] = contract[channel].mutation ? (input) => trackedSave(channel, input, () => call(input)) : call;
  }
  return wrapped as unknown as Api;
}

/**
 * A write, counted against the autosave field that started it (or against itself: its channel
 * and input) so that only that field's or call's own later success clears its failure.
 */
function trackedSave(channel: string, input: unknown, run: () => Promise<Result<unknown>>): Promise<Result<unknown>> {
  const key = currentSaveKey();
  const callKey = `${channel} ${JSON.stringify(input) ?? ''}`;
  const tellRefusal = refusalSinkForNewSave();
  saveStarted(key);
  const attempt = async (): Promise<Result<unknown>> => {
    let result: Result<unknown>;
    try {
      result = await run();
    } catch (error) {
      result = { ok: false, error: { code: 'internal', message: String(error) } };
    }
    if (result.ok) saveEnded(key, callKey, { saved: true });
    else if (isDurabilityFailure(result.error)) {
      // A field retries its newest value; a call outside any field repeats itself.
      const retry = (key && retryOf(key)) || (() => trackedSave(channel, input, run));
      saveEnded(key, callKey, { failed: { message: result.error.message, retry } });
    } else {
      // A rule refused the change: nothing was lost, so the header stays calm; the field that
      // asked is told why (or the caller shows it).
      saveEnded(key, callKey, { refused: true });
      tellRefusal(result.error);
    }
    return result;
  };
  return trackSave(attempt());
}

export const api: Api = trackMutations(window.api);
