import { PasswordInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitForm } from '../../components/SubmitForm';
import { api } from '../../lib/api';
import { useSubmit } from '../../lib/use-submit';
import { useExports } from './exports-store';
import { readableInput } from './readable-input';

/** Unlocks the signing identity for this session. */
export function PassphraseForm({ onUnlocked, autoFocus = true }: { onUnlocked: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation('exports');
  const setIdentity = useExports((s) => s.setIdentity);
  const [passphrase, setPassphrase] = useState('');
  const { busy, error, submit } = useSubmit(async () => {
    const failure = setIdentity(await api.signing.unlock({ passphrase }));
    if (failure) return failure.message;
    onUnlocked();
    return null;
  });

  return (
    <SubmitForm onSubmit={submit} error={error} busy={busy} submitLabel={t('identity.unlockButton')}>
      <PasswordInput
        {...readableInput}
        label={t('identity.passphrase')}
        value={passphrase}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => setPassphrase(e.currentTarget.value)}
        required
      />
    </SubmitForm>
  );
}
