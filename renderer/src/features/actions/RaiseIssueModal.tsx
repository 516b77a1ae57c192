import { Alert, Button, Checkbox, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localIsoDate } from '../../../../shared/domain/actions-rules';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { RaiseIssueInput, RaiseIssueResult } from '../../../../shared/ipc/contracts/issues';
import type { Result } from '../../../../shared/result';
import { readableDescription } from './readable';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';

interface Props {
  organisations: Organisation[];
  onSubmit: (input: RaiseIssueInput) => Promise<Result<RaiseIssueResult>>;
  onLogged: () => void;
  onClose: () => void;
}

/**
 * Raises an issue. An individual contractual dispute is refused with the reason, and the form
 * says where its text was kept, so nothing typed is lost.
 */
export function RaiseIssueModal({ organisations, onSubmit, onLogged, onClose }: Props) {
  const { t } = useTranslation('actions');
  const [form, setForm] = useState({
    organisationId: organisations.length === 1 ? organisations[0].id : '',
    title: '',
    description: '',
    raisedBy: '',
    raisedOn: localIsoDate(new Date()),
    individualContractualDispute: false,
  });
  const [errors, setErrors] = useState<{ title?: string; organisation?: string }>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; organisation: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      title: form.title.trim() ? undefined : t('issues.form.titleRequired'),
      organisation: form.organisationId ? undefined : t('form.organisationRequired'),
    };
    if (missing.title || missing.organisation) return setErrors(missing);
    setBusy(true);
    const result = await onSubmit(form);
    setBusy(false);
    if (!result.ok) return setSaveError(result.error.message);
    if (result.data.outcome === 'refused') {
      const organisation = organisations.find((o) => o.id === form.organisationId)?.name ?? '';
      // Told by its reason, in the interface language (the service's message is its English text).
      return setRefusal({ message: t('errors:contractualDispute'), organisation });
    }
    onLogged();
    onClose();
  };

  if (refusal) {
    return (
      <Modal
        opened
        onClose={onClose}
        title={t('issues.refused.title')}
        size="lg"
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        <Stack>
          <Alert color="orange" role="alert">
            <Text>{refusal.message}</Text>
            <Text mt="xs" fw={600}>
              {t('issues.refused.kept', { organisation: refusal.organisation })}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              {t('common:actions.close')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }

  return (
    <FormModal title={t('issues.form.title')} onClose={onClose} onSubmit={submit} error={saveError}>
      <NativeSelect
        label={t('issues.form.organisation')}
        required
        value={form.organisationId}
        error={errors.organisation}
        data={[{ value: '', label: t('form.chooseOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
        onChange={(e) => {
          setErrors({ ...errors, organisation: undefined });
          set({ organisationId: e.currentTarget.value });
        }}
      />
      <TextInput
        label={t('issues.form.issueTitle')}
        required
        data-autofocus
        value={form.title}
        error={errors.title}
        onChange={(e) => {
          setErrors({ ...errors, title: undefined });
          set({ title: e.currentTarget.value });
        }}
      />
      <Textarea
        label={t('issues.form.description')}
        autosize
        minRows={3}
        value={form.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
      />
      <Group grow>
        <TextInput label={t('issues.form.raisedBy')} value={form.raisedBy} onChange={(e) => set({ raisedBy: e.currentTarget.value })} />
        <DateField label={t('issues.form.raisedOn')} required value={form.raisedOn} onChange={(v) => set({ raisedOn: v ?? '' })} />
      </Group>
      <Checkbox
        label={t('issues.form.dispute')}
        description={t('issues.form.disputeHint')}
        styles={readableDescription}
        checked={form.individualContractualDispute}
        onChange={(e) => set({ individualContractualDispute: e.currentTarget.checked })}
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" loading={busy}>
          {t('issues.raise')}
        </Button>
      </Group>
    </FormModal>
  );
}
