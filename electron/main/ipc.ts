import { ipcMain } from 'electron';
import { channels } from '../../shared/ipc/contract';
import { fail, type Result } from '../../shared/result';
import { isTrustedSender } from './security';

/**
 * One handler per contract channel; each checks the sender, then hands the call to the session
 * (which answers the workspace-status channels even when the workspace failed to open).
 */
export function registerIpc(dispatch: (channel: string, input: unknown) => Promise<Result<unknown>>, origins: readonly string[]): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null, origins)) {
        return fail('forbidden', 'notFromCasebook');
      }
      return dispatch(channel, input);
    });
  }
}
