import { channels, splitChannel } from '../../../shared/ipc/contract';
import { eventNames } from '../../../shared/ipc/events';

/**
 * The `window.api` the browser test host injects: the same named functions the preload
 * exposes, each posting to the host, which parses and dispatches exactly as main does.
 */
export function buildClientScript(): string {
  const routes = channels.map((channel) => [channel, ...splitChannel(channel)]);
  return `(() => {
  const routes = ${JSON.stringify(routes)};
  const eventNames = ${JSON.stringify(eventNames)};
  const api = {};
  for (const [channel, domain, verb] of routes) {
    api[domain] = api[domain] || {};
    api[domain][verb] = async (input) => {
      try {
        const response = await fetch('/__host/call/' + encodeURIComponent(channel), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ input }),
        });
        return await response.json();
      } catch (error) {
        return { ok: false, error: { code: 'io_error', message: 'The Casebook host is not answering.' } };
      }
    };
  }
  const listeners = new Map();
  const source = new EventSource('/__host/events');
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
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
})();`;
}
