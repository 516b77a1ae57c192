import { describe, expect, it, vi } from 'vitest';
import { channels, splitChannel } from '../../../shared/ipc/contract';
import { eventNames } from '../../../shared/ipc/events';
import { FLUSH_ANSWER, FLUSH_REQUEST } from '../../../shared/ipc/shell';
import { fake } from '../helpers/fake-electron';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

await import('../../../electron/preload/index');

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>> & {
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};

describe('preload bridge', () => {
  const api = fake().exposed.api as Api;

  it('exposes exactly one named function per contract channel, each invoking that channel', async () => {
    const exposed = Object.entries(api)
      .filter(([key]) => key !== 'on')
      .flatMap(([domain, group]) => Object.keys(group).map((verb) => `${domain}:${verb}`));
    expect(exposed.sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      const [domain, verb] = splitChannel(channel);
      await api[domain][verb]({ probe: channel });
    }
    expect(fake().invoked).toEqual(channels.map((channel) => ({ channel, input: { probe: channel } })));
  });

  it('subscribes only to known events, and unsubscribing removes the listener', () => {
    expect(() => api.on('anything:else', () => undefined)).toThrow('Unknown event anything:else');
    const received: unknown[] = [];
    const off = api.on(eventNames[0], (payload) => received.push(payload));
    const [listener] = fake().rendererListeners.get(eventNames[0]) ?? [];
    listener({ sender: 'ipc' }, { dir: '/w' });
    expect(received).toEqual([{ dir: '/w' }]);
    off();
    expect(fake().rendererListeners.get(eventNames[0])?.size).toBe(0);
  });
});

describe('saving before the window closes', () => {
  const api = fake().exposed.api as Api & {
    onFlushRequest: (flush: () => Promise<{ saved: boolean; reason: string | null }>) => () => void;
  };

  it('answers main’s flush request once the page has saved, with the request’s id', async () => {
    let finish: (report: { saved: boolean; reason: string | null }) => void = () => undefined;
    const off = api.onFlushRequest(() => new Promise((resolve) => (finish = resolve)));
    const [listener] = fake().rendererListeners.get(FLUSH_REQUEST) ?? [];
    listener({}, { requestId: 'r1' });
    listener({}, { nonsense: true });
    await Promise.resolve();
    expect(fake().sentToMain).toEqual([]);
    finish({ saved: false, reason: 'ENOSPC' });
    await vi.waitFor(() =>
      expect(fake().sentToMain).toEqual([{ channel: FLUSH_ANSWER, payload: { requestId: 'r1', saved: false, reason: 'ENOSPC' } }]),
    );
    off();
    expect(fake().rendererListeners.get(FLUSH_REQUEST)?.size).toBe(0);
  });
});
