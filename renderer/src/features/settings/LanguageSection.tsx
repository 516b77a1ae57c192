import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../../shared/domain/settings';
import { LanguageSelect } from './LanguageSelect';
import { useProfile } from './profile-store';

/** The interface language: switches at once and is kept in the profile. */
export function LanguageSection() {
  const { t, i18n } = useTranslation('settings');
  const profile = useProfile((s) => s.profile);
  const save = useProfile((s) => s.save);

  const change = async (value: string) => {
    const language = languages.find((l) => l === value);
    if (!language) return;
    const error = await save({ ...profile, language });
    // Said in the language just chosen: `t` here still belongs to the render before the switch.
    notifications.show(
      error
        ? { message: error, color: 'red' }
        : { message: i18n.t('settings:language.changed', { lng: error ? profile.language : language }), color: 'green' },
    );
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="language-title">
      <Stack gap="md" maw={520}>
        <Title order={3} id="language-title">
          {t('language.title')}
        </Title>
        <Text c="dark.4">{t('language.intro')}</Text>
        <LanguageSelect label={t('language.label')} value={profile.language} onChange={(v) => void change(v)} />
        <Alert color="yellow" variant="light">
          {t('language.review')}
        </Alert>
      </Stack>
    </Paper>
  );
}
