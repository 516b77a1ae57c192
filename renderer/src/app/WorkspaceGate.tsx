import { useEffect, useState, type ReactNode } from 'react';
import type { WorkspaceStatus } from '../../../shared/ipc/contracts/workspace-open';
import { WorkspaceUnavailable } from '../features/opening/WorkspaceUnavailable';
import { languageWithoutProfile, setLanguage } from '../i18n';
import { api } from '../lib/api';

/**
 * Asks whether the workspace opened before anything reads it. If it did not (locked by another
 * Casebook, unreadable, from a newer version), the whole window explains why and offers the
 * ways out; the app behind it mounts only once a workspace is open.
 */
export function WorkspaceGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<WorkspaceStatus | null>(null);
  useEffect(() => {
    void api.workspace.status().then(async (result) => {
      // Why the workspace did not open is said in the language its profile asks for, or, when
      // the profile cannot be read, the one last chosen on this computer (else the system's).
      if (result.ok && result.data.state === 'failed') await setLanguage(result.data.language ?? languageWithoutProfile());
      setStatus(result.ok ? result.data : { state: 'open', dir: '' });
    });
  }, []);
  if (!status) return null;
  if (status.state === 'failed') return <WorkspaceUnavailable status={status} onStatus={setStatus} />;
  return <>{children}</>;
}
