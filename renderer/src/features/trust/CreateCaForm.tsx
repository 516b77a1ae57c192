import { PasswordInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionalCaSummary } from '../../../../shared/domain/trust';
import { SubmitForm } from '../../components/SubmitForm';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-submit';
import { readableInput } from '../exports/readable-input';

/** Creates the region's certificate authority: a name, and the passphrase that protects its key. */
export function CreateCaForm({ onCreated }: { onCreated: (ca: RegionalCaSummary) => void }) {
  const { t } = useTranslation('trust');
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  // A mistyped CA passphrase cannot be recovered: the region could never issue or revoke again.
  const { busy, error, submit } = useSubmit(async () => {
    setMismatch(confirm !== passphrase);
    if (confirm !== passphrase) return null;
    const result = await api.region.create({ name, organisation, passphrase });
    if (!result.ok) return result.error.message;
    onCreated(result.data);
    return null;
  });

  return (
    <SubmitForm onSubmit={submit} error={error} busy={busy} submitLabel={t('region.create')}>
      <TextInput
        {...readableInput}
        label={t('region.name')}
        placeholder={t('region.namePlaceholder')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
      />
      <TextInput
        {...readableInput}
        label={t('region.organisation')}
        value={organisation}
        onChange={(e) => setOrganisation(e.currentTarget.value)}
      />
      <PasswordInput
        {...readableInput}
        label={t('region.passphrase')}
        description={t('region.passphraseHint')}
        value={passphrase}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        required
      />
      <PasswordInput
        {...readableInput}
        label={t('region.confirmPassphrase')}
        value={confirm}
        error={mismatch ? t('region.passphrasesDiffer') : undefined}
        onChange={(e) => setConfirm(e.currentTarget.value)}
        required
      />
    </SubmitForm>
  );
}
