import { Alert, Button, Divider, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerSides, ragStatuses } from '../../../../shared/domain/action';
import type { ActionChange, SourcedAction } from '../../../../shared/domain/actions-rules';
import type { AppErrorShape } from '../../../../shared/result';
import { ProgressList } from './ProgressList';
import { readableDescription } from './readable';
import { FormActions } from '../../components/FormActions';
import { DateField } from '../../components/DateField';

interface Props {
  item: SourcedAction;
  onSave: (change: ActionChange) => Promise<AppErrorShape | null>;
  onDelete?: () => void;
  onClose: () => void;
}

/** Edits an action where it lives; a note or a status change becomes a dated progress update. */
export function ActionDetailModal({ item, onSave, onDelete, onClose }: Props) {
  const { t } = useTranslation('actions');
  const { action, source } = item;
  const [form, setForm] = useState({
    what: action.what,
    owner: action.owner,
    side: action.side,
    dueDate: action.dueDate ?? '',
    status: action.status,
    note: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<typeof form>) => setForm({ ...form, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!form.what.trim()) return setError(t('form.whatRequired'));
    setBusy(true);
    const failure = await onSave({ ...form, dueDate: form.dueDate || null });
    setBusy(false);
    if (failure) setError(failure.message);
    else onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('form.editTitle', { what: action.what })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack gap="md">
        <Text size="sm" c="dark.4">
          {t('form.livesIn', { label: source.label, kind: t(`sourceKind.${source.kind}`) })}
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <TextInput label={t('form.what')} required value={form.what} onChange={(e) => set({ what: e.currentTarget.value })} />
            <Group grow>
              <TextInput label={t('form.owner')} value={form.owner} onChange={(e) => set({ owner: e.currentTarget.value })} />
              <NativeSelect
                label={t('form.side')}
                value={form.side}
                data={partnerSides.map((s) => ({ value: s, label: t(`side.${s}`) }))}
                onChange={(e) => set({ side: e.currentTarget.value as typeof form.side })}
              />
            </Group>
            <Group grow>
              <DateField label={t('form.due')} value={form.dueDate} onChange={(v) => set({ dueDate: v ?? '' })} />
              <NativeSelect
                label={t('form.status')}
                value={form.status}
                data={ragStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
                onChange={(e) => set({ status: e.currentTarget.value as typeof form.status })}
              />
            </Group>
            <Textarea
              label={t('form.note')}
              description={t('form.noteHint')}
              styles={readableDescription}
              autosize
              minRows={2}
              data-autofocus
              value={form.note}
              onChange={(e) => set({ note: e.currentTarget.value })}
              onKeyDown={(e) => {
                // Ctrl+Enter saves without leaving the keyboard; Enter alone is a new line.
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
            <Group justify="space-between">
              {onDelete ? (
                <Button variant="subtle" color="red" onClick={onDelete}>
                  {t('form.deleteAction')}
                </Button>
              ) : (
                <span />
              )}
              <FormActions onCancel={onClose} busy={busy} justify="flex-start" />
            </Group>
          </Stack>
        </form>
        <Divider />
        <Title order={3} size="h5">
          {t('form.progress')}
        </Title>
        <ProgressList progress={action.progress} />
      </Stack>
    </Modal>
  );
}
