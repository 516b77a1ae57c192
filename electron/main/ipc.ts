import { ipcMain } from 'electron';
import { audienceChannels } from '../../shared/ipc/audience';
import { channels } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import { isAudienceSender } from './audience-window';
import { isTrustedSender } from './security';

const audienceAllowed: ReadonlySet<string> = new Set(audienceChannels);

/**
 * One handler per contract channel; each checks the sender (a projector window may only read
 * what it shows), then hands the call to the session
 * (which answers the workspace-status channels even when the workspace failed to open).
 */
export function registerIpc(dispatch: (channel: string, input: unknown) => Promise<Result<unknown>>, origins: readonly string[]): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null, origins)) {
        return fail('forbidden', 'notFromCasebook');
      }
      if (isAudienceSender(event.sender) && !audienceAllowed.has(channel)) {
        return fail('forbidden', 'projectorOnlyShowsWorkshop');
      }
      return dispatch(channel, input);
    });
  }
}
