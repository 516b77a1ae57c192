import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerSides, ragStatuses } from '../../../../shared/domain/action';
import { actionDraftSchema, type ActionDraft } from '../../../../shared/domain/actions-rules';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { AppErrorShape } from '../../../../shared/result';
import { FormActions } from '../../components/FormActions';
import { FormModal } from '../../components/FormModal';
import { DateField } from '../../components/DateField';

interface Props {
  organisations: Organisation[];
  initialOrganisationId?: string;
  onSubmit: (draft: ActionDraft) => Promise<AppErrorShape | null>;
  onClose: () => void;
}

/** Creates a standalone action; on a failed save everything typed stays in the form. */
export function ActionFormModal({ organisations, initialOrganisationId, onSubmit, onClose }: Props) {
  const { t } = useTranslation('actions');
  const [draft, setDraft] = useState<ActionDraft>({
    organisationId: initialOrganisationId ?? '',
    what: '',
    owner: '',
    side: 'both',
    dueDate: null,
    status: 'green',
  });
  const [errors, setErrors] = useState<{ what?: string; organisation?: string }>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ActionDraft>) => setDraft({ ...draft, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = {
      what: draft.what.trim() ? undefined : t('form.whatRequired'),
      organisation: draft.organisationId ? undefined : t('form.organisationRequired'),
    };
    if (missing.what || missing.organisation) return setErrors(missing);
    const parsed = actionDraftSchema.safeParse(draft);
    if (!parsed.success) return setSaveError(parsed.error.issues[0].message);
    setBusy(true);
    const error = await onSubmit(parsed.data);
    setBusy(false);
    if (error) setSaveError(error.message);
    else onClose();
  };

  return (
    <FormModal title={t('form.createTitle')} onClose={onClose} onSubmit={submit} error={saveError}>
      <TextInput
        label={t('form.what')}
        required
        data-autofocus
        value={draft.what}
        error={errors.what}
        onChange={(e) => {
          setErrors({ ...errors, what: undefined });
          set({ what: e.currentTarget.value });
        }}
      />
      <NativeSelect
        label={t('form.organisation')}
        required
        value={draft.organisationId}
        error={errors.organisation}
        data={[{ value: '', label: t('form.chooseOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
        onChange={(e) => {
          setErrors({ ...errors, organisation: undefined });
          set({ organisationId: e.currentTarget.value });
        }}
      />
      <Group grow>
        <TextInput label={t('form.owner')} value={draft.owner} onChange={(e) => set({ owner: e.currentTarget.value })} />
        <NativeSelect
          label={t('form.side')}
          value={draft.side}
          data={partnerSides.map((s) => ({ value: s, label: t(`side.${s}`) }))}
          onChange={(e) => set({ side: e.currentTarget.value as ActionDraft['side'] })}
        />
      </Group>
      <Group grow>
        <DateField label={t('form.due')} value={draft.dueDate ?? null} onChange={(v) => set({ dueDate: v })} />
        <NativeSelect
          label={t('form.status')}
          value={draft.status}
          data={ragStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(e) => set({ status: e.currentTarget.value as ActionDraft['status'] })}
        />
      </Group>
      <FormActions onCancel={onClose} busy={busy} />
    </FormModal>
  );
}
