import { Button, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { profileRoles, type Profile } from '../../../../shared/domain/settings';
import { currentProfile, saveProfile } from './profile-store';

export function ProfileForm() {
  const { t } = useTranslation('settings');
  const [profile, setProfile] = useState<Profile>(currentProfile);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Merge with the stored profile so a language chosen meanwhile is not undone.
    const { name, role, organisation } = profile;
    const error = await saveProfile({ ...currentProfile(), name, role, organisation });
    notifications.show(error ? { message: error, color: 'red' } : { message: t('profile.saved'), color: 'green' });
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="profile-title">
      <form onSubmit={submit}>
        <Stack gap="md" maw={520}>
          <Title order={3} id="profile-title">
            {t('profile.title')}
          </Title>
          <Text c="dark.4">{t('profile.intro')}</Text>
          <TextInput
            label={t('profile.name')}
            value={profile.name}
            onChange={(e) => setProfile({ ...profile, name: e.currentTarget.value })}
          />
          <NativeSelect
            label={t('profile.role')}
            value={profile.role}
            data={profileRoles.map((value) => ({ value, label: t(`profile.roles.${value}`) }))}
            onChange={(e) => setProfile({ ...profile, role: e.currentTarget.value as Profile['role'] })}
          />
          <TextInput
            label={t('profile.organisation')}
            value={profile.organisation}
            onChange={(e) => setProfile({ ...profile, organisation: e.currentTarget.value })}
          />
          <Button type="submit" w="fit-content">
            {t('common:actions.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
