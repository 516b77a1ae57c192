import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../../electron/services';
import { dispatch } from '../../../electron/services/dispatch';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';

/** Real services on a temporary workspace with scripted open and save dialogs. */
export async function openShellServices(clock: () => Date) {
  const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'casebook-trust-'));
  const picks: string[][] = [];
  const saves: (string | null)[] = [];
  const services: Services = await createServices({
    workspaceDir,
    clock,
    shell: { pickFiles: async () => picks.shift() ?? [], saveFile: async () => saves.shift() ?? null },
  });
  const call = async <C extends Channel>(channel: C, input?: InputOf<C>): Promise<OutputOf<C>> => {
    const result = await dispatch(services.handlers, channel, input, () => undefined);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.data as OutputOf<C>;
  };
  const fail = async <C extends Channel>(channel: C, input?: InputOf<C>) => {
    const result = await dispatch(services.handlers, channel, input, () => undefined);
    if (result.ok) throw new Error(`${channel} was expected to fail`);
    return result.error;
  };
  return {
    workspaceDir,
    call,
    fail,
    /** The next open dialog returns this file. */
    pick: (file: string) => picks.push([file]),
    /** The next save dialog returns this path. */
    saveTo: (file: string) => saves.push(file),
    close: async () => {
      await services.close();
      await rm(workspaceDir, { recursive: true, force: true });
    },
  };
}
export type ShellServices = Awaited<ReturnType<typeof openShellServices>>;
