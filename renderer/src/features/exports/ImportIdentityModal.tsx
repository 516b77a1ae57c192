import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useExports } from './exports-store';
import { readableInput } from './readable-input';

/** Imports an organisation's .p12: the passphrase first, then main shows the file picker. */
export function ImportIdentityModal({ hasIdentity, onClose }: { hasIdentity: boolean; onClose: (importedName?: string) => void }) {
  const { t } = useTranslation('exports');
  const setIdentity = useExports((s) => s.setIdentity);
  const [passphrase, setPassphrase] = useState('');
  const [replace, setReplace] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.signing.import({ passphrase, replace });
    setBusy(false);
    const failure = setIdentity(result);
    if (failure) setError(failure.message);
    else if (result.ok && result.data) onClose(result.data.identity?.name);
  };

  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={t('identity.importTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('identity.importIntro')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <PasswordInput
            {...readableInput}
            label={t('identity.passphrase')}
            data-autofocus
            required
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
          />
          {hasIdentity && (
            <Checkbox label={t('identity.replace')} checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!passphrase}>
              {t('identity.importButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
