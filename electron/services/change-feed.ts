/** One change the store has made durable: the record it touched, and its revision if it has one. */
export type CommittedChange = { kind: 'case' | 'workshop' | 'organisation' | 'action' | 'issue' | 'library' | 'settings'; id: string; revision?: number; deleted?: boolean };

/** Followers of committed changes (search upkeep, sync) subscribe; the stores publish after each commit. */
export interface ChangeFeed {
  subscribe(listener: (change: CommittedChange) => void): () => void;
  publish(change: CommittedChange): void;
}

/** A synchronous fan-out: a failing listener is logged and never fails the save that published. */
export function createChangeFeed(): ChangeFeed {
  const listeners = new Set<(change: CommittedChange) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    publish(change) {
      for (const listener of listeners) {
        try {
          listener(change);
        } catch (error) {
          console.error('change feed listener:', error);
        }
      }
    },
  };
}
