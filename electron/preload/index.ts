import { contextBridge, ipcRenderer } from 'electron';
import { audienceChannels, AUDIENCE_ROLE_ARG } from '../../shared/ipc/audience';
import { channels, splitChannel } from '../../shared/ipc/contract';
import { eventNames, type EventName } from '../../shared/ipc/events';
import { FLUSH_ANSWER, FLUSH_REQUEST, flushRequestSchema, type FlushReport } from '../../shared/ipc/shell';

// The projector window (main starts it with AUDIENCE_ROLE_ARG) gets only the reads it uses; main
// refuses it everything else as well, so this list is a convenience, not the boundary.
const audience = process.argv.includes(AUDIENCE_ROLE_ARG);
const exposed: readonly string[] = audience ? audienceChannels : channels;

// One named function per channel (api.organisations.list, …); nothing generic.
const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>> | unknown> = {};
for (const channel of exposed) {
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

// Before the window closes, main asks it to save every pending field and waits for the answer.
api.onFlushRequest = (flush: () => Promise<FlushReport>) => {
  const handler = (_event: unknown, payload: unknown) => {
    const request = flushRequestSchema.safeParse(payload);
    if (!request.success) return;
    const { requestId } = request.data;
    void flush().then(
      (report) => ipcRenderer.send(FLUSH_ANSWER, { requestId, saved: report.saved, reason: report.reason }),
      (error: unknown) => ipcRenderer.send(FLUSH_ANSWER, { requestId, saved: false, reason: String(error) }),
    );
  };
  ipcRenderer.on(FLUSH_REQUEST, handler);
  return () => {
    ipcRenderer.removeListener(FLUSH_REQUEST, handler);
  };
};

contextBridge.exposeInMainWorld('api', api);
