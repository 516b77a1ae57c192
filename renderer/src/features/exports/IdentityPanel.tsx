import { Button, Card, Group, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../settings/profile-store';
import { CreateIdentityModal } from './CreateIdentityModal';
import { useExports } from './exports-store';
import { ImportIdentityModal } from './ImportIdentityModal';
import { PassphraseForm } from './PassphraseForm';
import { formatDay } from '../../lib/dates';

type Dialog = 'create' | 'import' | 'unlock' | null;

const day = formatDay;

/** Where the signing identity is created, imported, unlocked and locked. */
export function IdentityPanel() {
  const { t } = useTranslation('exports');
  const { identity, lock } = useExports();
  const [dialog, setDialog] = useState<Dialog>(null);
  const profile = useProfile((s) => s.profile);

  const summary = identity?.identity;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="identity-heading">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={3} id="identity-heading">
          {t('identity.heading')}
        </Title>
        {identity?.exists && (
          <Text size="sm" fw={600} c={identity.unlocked ? 'teal.9' : 'dark.5'}>
            {identity.unlocked ? t('identity.unlocked') : t('identity.locked')}
          </Text>
        )}
      </Group>
      {identity && !identity.exists && (
        <Stack gap="sm">
          <Text size="sm">{t('identity.none')}</Text>
          <Group>
            <Button onClick={() => setDialog('create')}>{t('identity.create')}</Button>
            <Button variant="default" onClick={() => setDialog('import')}>
              {t('identity.import')}
            </Button>
          </Group>
        </Stack>
      )}
      {summary && (
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <Text size="sm">
              <strong>{t('identity.name')}:</strong> {summary.name}
            </Text>
            <Text size="sm">
              <strong>{t('identity.email')}:</strong> {summary.email}
            </Text>
            <Text size="sm">
              <strong>{t('identity.organisation')}:</strong> {summary.organisation || '—'}
            </Text>
            <Text size="sm">
              <strong>{t('identity.validTo')}:</strong> {day(summary.validTo)} · {t(`identity.source.${summary.source}`)}
            </Text>
          </SimpleGrid>
          <Text size="xs" c="dark.4" style={{ wordBreak: 'break-all' }}>
            <strong>{t('identity.fingerprint')}:</strong> {summary.fingerprint}
          </Text>
          <Group>
            {identity.unlocked ? (
              <Button variant="default" onClick={() => void lock()}>
                {t('identity.lock')}
              </Button>
            ) : (
              <Button onClick={() => setDialog('unlock')}>{t('identity.unlock')}</Button>
            )}
            <Button variant="subtle" onClick={() => setDialog('import')}>
              {t('identity.import')}
            </Button>
          </Group>
        </Stack>
      )}
      {dialog === 'create' && (
        <CreateIdentityModal
          initialName={profile.name}
          initialOrganisation={profile.organisation}
          onClose={(name) => {
            setDialog(null);
            if (name) notifications.show({ message: t('identity.created', { name }), color: 'green' });
          }}
        />
      )}
      {dialog === 'import' && (
        <ImportIdentityModal
          hasIdentity={identity?.exists ?? false}
          onClose={(name) => {
            setDialog(null);
            if (name) notifications.show({ message: t('identity.imported', { name }), color: 'green' });
          }}
        />
      )}
      {dialog === 'unlock' && (
        <Modal
          opened
          onClose={() => setDialog(null)}
          title={t('identity.unlockTitle')}
          closeButtonProps={{ 'aria-label': t('common:actions.close') }}
        >
          <PassphraseForm onUnlocked={() => setDialog(null)} />
        </Modal>
      )}
    </Card>
  );
}
