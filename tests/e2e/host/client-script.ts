import { channels, splitChannel } from '../../../shared/ipc/contract';
import { eventNames } from '../../../shared/ipc/events';
import { FLUSH_REQUEST } from '../../../shared/ipc/shell';

/**
 * The `window.api` the browser test host injects: the same named functions the preload
 * exposes, each posting to the host, which parses and dispatches exactly as main does. Every
 * request carries the per-run token the host wrote into index.html.
 */
export function buildClientScript(): string {
  const routes = channels.map((channel) => [channel, ...splitChannel(channel)]);
  return `(() => {
  const routes = ${JSON.stringify(routes)};
  const eventNames = ${JSON.stringify(eventNames)};
  const flushRequest = ${JSON.stringify(FLUSH_REQUEST)};
  const token = document.querySelector('meta[name="casebook-host-token"]')?.content ?? '';
  const post = (path, body) =>
    fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-casebook-token': token }, body: JSON.stringify(body) });
  const api = {};
  for (const [channel, domain, verb] of routes) {
    api[domain] = api[domain] || {};
    api[domain][verb] = async (input) => {
      try {
        const response = await post('/__host/call/' + encodeURIComponent(channel), { input });
        return await response.json();
      } catch (error) {
        return { ok: false, error: { code: 'io_error', message: 'The Casebook host is not answering.' } };
      }
    };
  }
  const listeners = new Map();
  const source = new EventSource('/__host/events?token=' + encodeURIComponent(token));
  for (const name of eventNames) {
    source.addEventListener(name, (message) => {
      const payload = JSON.parse(message.data);
      for (const listener of listeners.get(name) || []) listener(payload);
    });
  }
  api.on = (name, listener) => {
    if (!eventNames.includes(name)) throw new Error('Unknown event ' + name);
    if (!listeners.has(name)) listeners.set(name, new Set());
    listeners.get(name).add(listener);
    return () => listeners.get(name).delete(listener);
  };
  // The desktop shell's "save everything before the window closes", as the preload answers it.
  let flush = null;
  source.addEventListener(flushRequest, (message) => {
    const { requestId } = JSON.parse(message.data);
    if (!flush) return;
    flush().then(
      (report) => post('/__host/flushed', { requestId, saved: report.saved, reason: report.reason }),
      (error) => post('/__host/flushed', { requestId, saved: false, reason: String(error) }),
    );
  });
  api.onFlushRequest = (next) => {
    flush = next;
    return () => {
      if (flush === next) flush = null;
    };
  };
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
})();`;
}
