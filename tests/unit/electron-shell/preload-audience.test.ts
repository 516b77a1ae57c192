import { afterAll, describe, expect, it, vi } from 'vitest';
import { audienceChannels, AUDIENCE_ROLE_ARG } from '../../../shared/ipc/audience';
import { fake } from '../helpers/fake-electron';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

// Main starts the projector window with this argument (window.ts); the preload reads it at load.
process.argv.push(AUDIENCE_ROLE_ARG);
await import('../../../electron/preload/index');
afterAll(() => void process.argv.splice(process.argv.indexOf(AUDIENCE_ROLE_ARG), 1));

describe('preload bridge in the projector window', () => {
  it('exposes only the reads the projector uses', () => {
    const api = fake().exposed.api as Record<string, Record<string, unknown>>;
    const exposed = Object.entries(api)
      .filter(([key]) => key !== 'on' && key !== 'onFlushRequest')
      .flatMap(([domain, group]) => Object.keys(group).map((verb) => `${domain}:${verb}`));
    expect(exposed.sort()).toEqual([...audienceChannels].sort());
  });
});
