import { useQuery } from '@tanstack/react-query';
import { defaultProfile, type Profile } from '../../../../shared/domain/settings';
import { setLanguage } from '../../i18n';
import { call, queryClient, useReload } from '../../lib/query';

interface ProfileState {
  profile: Profile;
  loaded: boolean;
  /** Reads the profile from the workspace again (and switches the interface to its language). */
  load: () => Promise<void>;
  /** Saves the whole profile; returns the error message when the workspace refused it. */
  save: (profile: Profile) => Promise<string | null>;
}

const key = ['settings:getProfile'];

/** The profile, and the interface switched to its language before anyone sees it (an unreadable one: the default). */
async function read(): Promise<Profile> {
  const result = await call('settings:getProfile');
  const profile = result.ok ? result.data : defaultProfile;
  await setLanguage(profile.language);
  return profile;
}

/** The profile as main last confirmed it (the default until it has answered). */
export const currentProfile = (): Profile => queryClient.getQueryData<Profile>(key) ?? defaultProfile;

/** Saves the whole profile; returns the error message when the workspace refused it. */
export async function saveProfile(profile: Profile): Promise<string | null> {
  const result = await call('settings:updateProfile', profile);
  if (!result.ok) return result.error.message;
  await setLanguage(result.data.language);
  queryClient.setQueryData(key, result.data);
  return null;
}

/** The person using Casebook, shared by Settings, the welcome screen and the shell: the `settings:getProfile` query. */
export function useProfile<T>(select: (state: ProfileState) => T): T {
  const query = useQuery({ queryKey: key, queryFn: read });
  const load = useReload('settings:getProfile');
  return select({ profile: query.data ?? defaultProfile, loaded: query.isSuccess, load, save: saveProfile });
}
