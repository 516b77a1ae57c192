import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Channel, InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { AppErrorShape } from '../../../shared/result';
import { createServices, type Services } from '../../../electron/services';
import { dispatch } from '../../../electron/services/dispatch';

/** A real workspace on a temp folder, driven through dispatch (zod-validated) like the app. */
export interface TestWorkspace {
  dir: string;
  services: Services;
  picks: string[][];
  saves: (string | null)[];
  now: { value: Date };
  call: <C extends Channel>(channel: C, ...input: InputOf<C> extends undefined | void ? [] : [InputOf<C>]) => Promise<OutputOf<C>>;
  fail: <C extends Channel>(channel: C, ...input: InputOf<C> extends undefined | void ? [] : [InputOf<C>]) => Promise<AppErrorShape>;
  reopen: () => Promise<void>;
  close: () => Promise<void>;
}

export async function openWorkspace(dir?: string): Promise<TestWorkspace> {
  const workspaceDir = dir ?? (await mkdtemp(path.join(os.tmpdir(), 'casebook-cases-')));
  const picks: string[][] = [];
  const saves: (string | null)[] = [];
  const now = { value: new Date('2026-11-20T09:00:00Z') };
  const start = () =>
    createServices({
      workspaceDir,
      clock: () => now.value,
      shell: { pickFiles: async () => picks.shift() ?? [], saveFile: async () => saves.shift() ?? null },
    });
  const ws: TestWorkspace = {
    dir: workspaceDir,
    services: await start(),
    picks,
    saves,
    now,
    call: async (channel, ...input) => {
      const result = await dispatch(ws.services.handlers, channel, input[0], () => undefined);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.data as never;
    },
    fail: async (channel, ...input) => {
      const result = await dispatch(ws.services.handlers, channel, input[0], () => undefined);
      if (result.ok) throw new Error(`${channel} should have failed`);
      return result.error;
    },
    reopen: async () => {
      await ws.services.close();
      ws.services = await start();
    },
    close: async () => {
      await ws.services.close();
      if (!dir) await rm(workspaceDir, { recursive: true, force: true });
    },
  };
  return ws;
}

/** An authority and a case on it. */
export async function newCase(ws: TestWorkspace, name = 'Northvale Borough Council') {
  const org = await ws.call('organisations:create', { name, type: 'local_authority', region: 'North West', contacts: [] });
  const record = await ws.call('cases:create', { organisationId: org.id, assessor: 'Test Assessor' });
  return { org, record };
}
