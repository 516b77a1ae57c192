import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TestConnectionResult } from '../../../../shared/ipc/contracts/sync';
import { syncProblemKey } from '../../../../shared/sync/problems';
import { api } from '../../lib/api';
import { notify } from '../cases/notify';
import { refreshSync, setSyncSettings, useSync } from './sync-store';

/**
 * Settings → Region: the server address, the person's own CouchDB user and password, a test of
 * the connection that names each failure, and joining. The password goes to main, which keeps it
 * in the operating system's secure storage; it never comes back to this window.
 */
export function RegionSection() {
  const { t, i18n } = useTranslation('sync');
  const settings = useSync((s) => s.settings);
  const [server, setServer] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [testing, setTesting] = useState(false);
  const [result, setResult] = useState<TestConnectionResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Seeded from what is saved, and again only when that changes (joined, saved elsewhere): a
  // fresh answer of the sync queries must not put back the saved values over what is being typed.
  const savedServer = settings?.server;
  const savedUsername = settings?.username;
  useEffect(() => {
    if (savedServer !== undefined) setServer(savedServer);
  }, [savedServer]);
  useEffect(() => {
    if (savedUsername !== undefined) setUsername(savedUsername);
  }, [savedUsername]);

  const test = async () => {
    setResult(null);
    setError(null);
    if (!password) return setError(t('settings.needPassword'));
    setTesting(true);
    const answer = await api.sync.testConnection({ server, username, password });
    setTesting(false);
    if (answer.ok) setResult(answer.data);
    else setError(answer.error.message);
  };

  const join = async () => {
    setError(null);
    const answer = await api.sync.configure({ server, username, ...(password ? { password } : {}) });
    if (!answer.ok) return setError(answer.error.message);
    setSyncSettings(answer.data);
    setPassword('');
    notify(t('settings.joined', { server: answer.data.server }));
    await refreshSync();
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="region-sync-title">
      <Stack gap="md">
        <Title order={3} id="region-sync-title">
          {t('settings.title')}
        </Title>
        <Text c="dark.4">{t('settings.intro')}</Text>
        <Text size="sm" c="dark.4">
          {t('settings.escalatedNote')}
        </Text>
        <TextInput
          label={t('settings.server')}
          description={t('settings.serverHint')}
          value={server}
          onChange={(e) => setServer(e.currentTarget.value)}
          autoComplete="url"
        />
        <TextInput
          label={t('settings.username')}
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          autoComplete="username"
        />
        <PasswordInput
          label={t('settings.password')}
          description={settings?.hasPassword ? t('settings.passwordKept') : undefined}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('settings.showPassword') }}
        />
        {settings && (
          <Text size="sm" c="dark.4">
            {settings.secureStorage ? t('settings.secure') : t('settings.notSecure')}
          </Text>
        )}
        {result?.ok && (
          <Alert color="green" role="status">
            {t('settings.ok', { version: result.version || '?' })}
          </Alert>
        )}
        {result && !result.ok && (
          <Alert color="red" role="alert">
            {t(`errors:${syncProblemKey[result.problem]}`)}
            {/* The server's own words are English; the Welsh interface shows only the reason above. */}
            {i18n.language === 'en-GB' && (
              <Text size="xs" c="dark.4" mt={4}>
                {result.detail}
              </Text>
            )}
          </Alert>
        )}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button variant="default" loading={testing} onClick={() => void test()} disabled={!server || !username}>
            {t('settings.test')}
          </Button>
          <Button onClick={() => void join()} disabled={!server || !username || (!password && !settings?.hasPassword)}>
            {settings ? t('settings.save') : t('settings.join')}
          </Button>
        </Group>
        {settings && (
          <Text size="sm" c="dark.4">
            {t('settings.shared', {
              cases: settings.cases.length,
              workshops: settings.workshops.length,
              caseStudies: settings.caseStudies.length,
            })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
