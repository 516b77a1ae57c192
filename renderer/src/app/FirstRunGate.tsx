import { useEffect, type ReactNode } from 'react';
import { needsWelcome } from '../../../shared/domain/settings';
import { useProfile } from '../features/settings/profile-store';
import { WelcomeScreen } from '../features/settings/WelcomeScreen';

/**
 * Loads the profile (and with it the interface language) before anything is shown, and puts
 * the welcome screen in front of the app until the person has said who they are.
 */
export function FirstRunGate({ children }: { children: ReactNode }) {
  const loaded = useProfile((s) => s.loaded);
  const profile = useProfile((s) => s.profile);
  const load = useProfile((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  if (!loaded) return null;
  return needsWelcome(profile) ? <WelcomeScreen /> : <>{children}</>;
}
