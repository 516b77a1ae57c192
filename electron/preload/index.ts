import { contextBridge, ipcRenderer } from 'electron';
import { channels, splitChannel } from '../../shared/ipc/contract';
import { eventNames, type EventName } from '../../shared/ipc/events';

// One named function per contract channel (api.organisations.list, …); nothing generic.
const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>> | unknown> = {};
for (const channel of channels) {
  const [domain, verb] = splitChannel(channel);
  const group = (api[domain] ??= {}) as Record<string, (input?: unknown) => Promise<unknown>>;
  group[verb] = (input?: unknown) => ipcRenderer.invoke(channel, input);
}

api.on = (event: EventName, listener: (payload: unknown) => void) => {
  if (!eventNames.includes(event)) throw new Error(`Unknown event ${String(event)}`);
  const handler = (_event: unknown, payload: unknown) => listener(payload);
  ipcRenderer.on(event, handler);
  return () => {
    ipcRenderer.removeListener(event, handler);
  };
};

contextBridge.exposeInMainWorld('api', api);
