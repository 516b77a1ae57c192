/**
 * What changed, told after it is durable. Followers (search upkeep now, region sync next) hear
 * of every committed change here instead of wrapping the handlers that make them, so the
 * domain that owns a record never needs to know who follows it.
 */
export type CommittedChange = {
  kind: 'case' | 'workshop' | 'organisation' | 'action' | 'issue' | 'library' | 'settings';
  id: string;
  revision?: number;
  deleted?: boolean;
};

/** One per open workspace, built by createServices and handed to every domain that commits. */
export interface ChangeFeed {
  /** Calls `listener` for every later change; returns the function that stops it. */
  subscribe(listener: (change: CommittedChange) => void): () => void;
  /** Tells every listener, in the order they subscribed; a listener that throws never fails the change. */
  publish(change: CommittedChange): void;
}

export function createChangeFeed(onListenerError: (error: unknown) => void = console.error): ChangeFeed {
  const listeners = new Set<(change: CommittedChange) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    publish(change) {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
