import { ipcMain } from 'electron';
import { channels } from '../../shared/ipc/contract';
import { fail } from '../../shared/result';
import { dispatch } from '../services/dispatch';
import type { Services } from '../services';
import { isTrustedSender } from './security';

/** One handler per contract channel; each checks the sender and parses its input. */
export function registerIpc(current: () => Services | null, origins: readonly string[]): void {
  for (const channel of channels) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null, origins)) {
        return fail('forbidden', 'This request did not come from Casebook.');
      }
      const services = current();
      if (!services) return fail('workspace_locked', 'No workspace is open.');
      return dispatch(services.handlers, channel, input);
    });
  }
}
