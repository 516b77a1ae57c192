import { useEffect } from 'react';
import { api } from '../lib/api';
import { flushAll } from './flush';
import { useSaveStatus } from './save-status';

/**
 * Answers main's "the window is closing": every field still waiting for its pause is sent now,
 * and main hears back only once each save is acknowledged (or one failed, and why).
 */
export function useFlushBeforeClose(): void {
  useEffect(
    () =>
      api.onFlushRequest(async () => {
        useSaveStatus.setState({ closing: true });
        try {
          return await flushAll();
        } finally {
          useSaveStatus.setState({ closing: false });
        }
      }),
    [],
  );
}
