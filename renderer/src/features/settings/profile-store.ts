import { create } from 'zustand';
import { defaultProfile, type Profile } from '../../../../shared/domain/settings';
import { setLanguage } from '../../i18n';
import { api } from '../../lib/api';

interface ProfileState {
  profile: Profile;
  loaded: boolean;
  /** Reads the profile from the workspace and switches the interface to its language. */
  load: () => Promise<void>;
  /** Saves the whole profile; returns the error message when the workspace refused it. */
  save: (profile: Profile) => Promise<string | null>;
}

/** The person using Casebook, shared by Settings, the welcome screen and the shell. */
export const useProfile = create<ProfileState>((set) => ({
  profile: defaultProfile,
  loaded: false,
  load: async () => {
    const result = await api.settings.getProfile();
    const profile = result.ok ? result.data : defaultProfile;
    await setLanguage(profile.language);
    set({ profile, loaded: true });
  },
  save: async (profile) => {
    const result = await api.settings.updateProfile(profile);
    if (!result.ok) return result.error.message;
    await setLanguage(result.data.language);
    set({ profile: result.data });
    return null;
  },
}));
