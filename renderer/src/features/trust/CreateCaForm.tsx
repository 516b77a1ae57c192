import { Alert, Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionalCaSummary } from '../../../../shared/domain/trust';
import { api } from '../../lib/api';
import { readableInput } from '../exports/readable-input';

/** Creates the region's certificate authority: a name, and the passphrase that protects its key. */
export function CreateCaForm({ onCreated }: { onCreated: (ca: RegionalCaSummary) => void }) {
  const { t } = useTranslation('trust');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await api.region.create({ name, organisation, passphrase });
    setBusy(false);
    if (!result.ok) setError(result.error.message);
    else onCreated(result.data);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <TextInput {...readableInput} label={t('region.name')} placeholder={t('region.namePlaceholder')} value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        <TextInput {...readableInput} label={t('region.organisation')} value={organisation} onChange={(e) => setOrganisation(e.currentTarget.value)} />
        <PasswordInput {...readableInput} label={t('region.passphrase')} description={t('region.passphraseHint')} value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} required />
        <Group justify="flex-end">
          <Button type="submit" loading={busy}>
            {t('region.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
