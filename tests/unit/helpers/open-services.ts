import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services, type ServicesOptions } from '../../../electron/services';
import { dispatch } from '../../../electron/services/dispatch';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';

/**
 * Real services on a temporary workspace folder, called through dispatch like the app does, with
 * scripted open and save dialogs (an empty queue answers as a cancelled dialog).
 */
export async function openServices(
  clock = () => new Date('2026-05-10T09:00:00.000Z'),
  extra: Omit<ServicesOptions, 'workspaceDir' | 'clock'> = {},
) {
  const workspaceDir = await mkdtemp(path.join(os.tmpdir(), 'casebook-services-'));
  const picks: string[][] = [];
  const saves: (string | null)[] = [];
  const shell = { ...extra.shell, pickFiles: async () => picks.shift() ?? [], saveFile: async () => saves.shift() ?? null };
  let services: Services = await createServices({ ...extra, workspaceDir, clock, shell });
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
    get services() {
      return services;
    },
    /** The next open dialog returns this file. */
    pick: (file: string) => picks.push([file]),
    /** The next save dialog returns this path. */
    saveTo: (file: string) => saves.push(file),
    /** Closes and reopens the workspace, as restarting the app would. */
    reopen: async () => {
      await services.close();
      services = await createServices({ ...extra, workspaceDir, clock, shell });
    },
    close: async () => {
      await services.close();
      await rm(workspaceDir, { recursive: true, force: true });
    },
  };
}

export type Opened = Awaited<ReturnType<typeof openServices>>;

export const addOrganisation = (app: Opened, name = 'Eastmoor Hospitals NHS Trust') =>
  app.call('organisations:create', { name, type: 'nhs_trust', region: 'East of England', contacts: [] });
