import { Button, Container, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, profileRoles, type Profile } from '../../../../shared/domain/settings';
import { setLanguage } from '../../i18n';
import { api } from '../../lib/api';
import { reloadCaseList } from '../cases/case-store';
import { LanguageSelect } from './LanguageSelect';
import { useProfile } from './profile-store';

type Start = 'empty' | 'demo';

/** First run: language first (so the rest reads in it), then who you are, then how to start. */
export function WelcomeScreen() {
  const { t } = useTranslation('welcome');
  const stored = useProfile((s) => s.profile);
  const save = useProfile((s) => s.save);
  const [draft, setDraft] = useState<Profile>(stored);
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<Start | null>(null);

  const chooseLanguage = (value: string) => {
    const language = languages.find((l) => l === value);
    if (!language) return;
    setDraft({ ...draft, language });
    void setLanguage(language);
  };

  const start = async (how: Start) => {
    if (draft.name.trim() === '') {
      setNameError(t('nameRequired'));
      document.getElementById('welcome-name')?.focus();
      return;
    }
    setBusy(how);
    setFailure(null);
    // The demo goes in first: if it fails the person is still on this screen with their typing intact.
    if (how === 'demo') {
      const demo = await api.demo.load();
      if (!demo.ok) {
        setBusy(null);
        setFailure(t('failed', { reason: demo.error.message }));
        return;
      }
      await reloadCaseList();
    }
    const error = await save({ ...draft, name: draft.name.trim(), welcomed: true });
    setBusy(null);
    if (error) setFailure(t('failed', { reason: error }));
    else window.location.hash = '#/cases';
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void start('empty');
  };

  return (
    <Container size={560} py="xl" component="main">
      <Paper withBorder p="xl" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Title order={1}>{t('title')}</Title>
            <LanguageSelect label={t('language')} value={draft.language} onChange={chooseLanguage} />
            <Text c="dark.4">{t('intro')}</Text>
            <TextInput
              id="welcome-name"
              label={t('name')}
              required
              autoComplete="name"
              value={draft.name}
              error={nameError}
              onChange={(e) => {
                setDraft({ ...draft, name: e.currentTarget.value });
                setNameError(null);
              }}
            />
            <NativeSelect
              label={t('role')}
              value={draft.role}
              data={profileRoles.map((value) => ({ value, label: t(`settings:profile.roles.${value}`) }))}
              onChange={(e) => {
                const role = profileRoles.find((r) => r === e.currentTarget.value);
                if (role) setDraft({ ...draft, role });
              }}
            />
            <TextInput
              label={t('organisation')}
              autoComplete="organization"
              value={draft.organisation}
              onChange={(e) => setDraft({ ...draft, organisation: e.currentTarget.value })}
            />
            <Title order={2} size="h4">
              {t('startHeading')}
            </Title>
            <Text size="sm" c="dark.4">
              {t('demoHint')}
            </Text>
            {failure && (
              <Text c="red.8" role="alert">
                {failure}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={busy === 'empty'} disabled={busy !== null}>
                {t('startEmpty')}
              </Button>
              <Button variant="default" loading={busy === 'demo'} disabled={busy !== null} onClick={() => void start('demo')}>
                {t('startDemo')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Container>
  );
}
