import { Alert, Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionalCaSummary } from '../../../../shared/domain/trust';
import { api } from '../../lib/api';
import { readableInput } from '../exports/readable-input';

const empty = { name: '', role: '', organisation: '', email: '', p12Passphrase: '', caPassphrase: '' };

/** Issues an assessor's or facilitator's signing certificate and saves it as a .p12 for them. */
export function IssueMemberModal({
  opened,
  onClose,
  onIssued,
}: {
  opened: boolean;
  onClose: () => void;
  onIssued: (ca: RegionalCaSummary) => void;
}) {
  const { t } = useTranslation('trust');
  const [form, setForm] = useState(empty);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof empty) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [key]: e.currentTarget.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const { p12Passphrase, caPassphrase, ...member } = form;
    const result = await api.region.issue({ member, p12Passphrase, caPassphrase });
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    onIssued(result.data.summary);
    if (result.data.path) notifications.show({ message: t('region.issuedTo', { name: member.name }), color: 'teal' });
    setForm(empty);
    setError(null);
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('region.issueTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput {...readableInput} label={t('region.memberName')} value={form.name} onChange={set('name')} required data-autofocus />
          <TextInput {...readableInput} label={t('region.memberRole')} value={form.role} onChange={set('role')} />
          <TextInput {...readableInput} label={t('region.memberOrganisation')} value={form.organisation} onChange={set('organisation')} />
          <TextInput {...readableInput} label={t('region.memberEmail')} value={form.email} onChange={set('email')} required />
          <PasswordInput
            {...readableInput}
            label={t('region.p12Passphrase')}
            description={t('region.p12Hint')}
            value={form.p12Passphrase}
            onChange={set('p12Passphrase')}
            required
          />
          <PasswordInput
            {...readableInput}
            label={t('region.caPassphrase')}
            value={form.caPassphrase}
            onChange={set('caPassphrase')}
            required
          />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('region.issueButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
