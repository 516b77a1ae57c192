import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { identityDraftSchema } from '../../../../shared/domain/signing';
import { api } from '../../lib/api';
import { useExports } from './exports-store';
import { readableInput } from './readable-input';

interface Props {
  initialName: string;
  initialOrganisation: string;
  onClose: (createdName?: string) => void;
}

type Field = 'name' | 'email' | 'passphrase' | 'confirm';

/** Creates a key and self-issued certificate in main; the passphrase goes there once and stays. */
export function CreateIdentityModal({ initialName, initialOrganisation, onClose }: Props) {
  const { t } = useTranslation('exports');
  const setIdentity = useExports((s) => s.setIdentity);
  const [draft, setDraft] = useState({ name: initialName, role: '', organisation: initialOrganisation, email: '', passphrase: '' });
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const edit = (key: keyof typeof draft) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: e.currentTarget.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = identityDraftSchema.safeParse(draft);
    const found: Partial<Record<Field, string>> = {};
    if (!parsed.success) for (const issue of parsed.error.issues) found[issue.path[0] as Field] ??= issue.message;
    if (confirm !== draft.passphrase) found.confirm = t('identity.passphrasesDiffer');
    setErrors(found);
    if (!parsed.success || found.confirm) return;
    setBusy(true);
    const failure = setIdentity(await api.signing.create({ draft: parsed.data, replace: false }));
    setBusy(false);
    if (failure) setSaveError(failure.message);
    else onClose(parsed.data.name);
  };

  return (
    <Modal
      opened
      onClose={() => onClose()}
      title={t('identity.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('identity.createIntro')}</Text>
          {saveError && (
            <Alert color="red" role="alert">
              {saveError}
            </Alert>
          )}
          <TextInput
            {...readableInput}
            label={t('identity.name')}
            required
            data-autofocus
            value={draft.name}
            error={errors.name}
            onChange={edit('name')}
          />
          <TextInput {...readableInput} label={t('identity.role')} value={draft.role} onChange={edit('role')} />
          <TextInput {...readableInput} label={t('identity.organisation')} value={draft.organisation} onChange={edit('organisation')} />
          <TextInput
            {...readableInput}
            label={t('identity.emailLabel')}
            type="email"
            required
            value={draft.email}
            error={errors.email}
            onChange={edit('email')}
          />
          <PasswordInput
            {...readableInput}
            label={t('identity.passphrase')}
            description={t('identity.passphraseHint')}
            required
            value={draft.passphrase}
            error={errors.passphrase}
            onChange={edit('passphrase')}
          />
          <PasswordInput
            {...readableInput}
            label={t('identity.confirmPassphrase')}
            required
            value={confirm}
            error={errors.confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose()}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('identity.createButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
