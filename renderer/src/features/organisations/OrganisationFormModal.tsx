import { Group, NativeSelect, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { regions } from '../../../../shared/domain/common';
import { organisationDraftSchema, organisationTypes, type OrganisationDraft } from '../../../../shared/domain/organisation';
import type { AppErrorShape } from '../../../../shared/result';
import { ContactsFieldset } from './ContactsFieldset';
import { FormActions } from '../../components/FormActions';
import { FormModal } from '../../components/FormModal';

interface Props {
  title: string;
  initial: OrganisationDraft;
  onSubmit: (draft: OrganisationDraft) => Promise<AppErrorShape | null>;
  onClose: () => void;
}

/** Create or edit an organisation; on a failed save the form stays open with everything typed. */
export function OrganisationFormModal({ title, initial, onSubmit, onClose }: Props) {
  const { t } = useTranslation('organisations');
  const [draft, setDraft] = useState<OrganisationDraft>(initial);
  const [nameError, setNameError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = organisationDraftSchema.safeParse(draft);
    if (!parsed.success) {
      setNameError(draft.name.trim() ? parsed.error.issues[0].message : t('form.nameRequired'));
      return;
    }
    setBusy(true);
    const error = await onSubmit(parsed.data);
    setBusy(false);
    if (error) setSaveError(error.message);
    else onClose();
  };

  return (
    <FormModal title={title} onClose={onClose} onSubmit={submit} error={saveError}>
      <TextInput
        label={t('form.name')}
        required
        data-autofocus
        value={draft.name}
        error={nameError}
        onChange={(e) => {
          setNameError(null);
          setDraft({ ...draft, name: e.currentTarget.value });
        }}
      />
      <Group grow>
        <NativeSelect
          label={t('form.type')}
          value={draft.type}
          data={organisationTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
          onChange={(e) => setDraft({ ...draft, type: e.currentTarget.value as OrganisationDraft['type'] })}
        />
        <NativeSelect
          label={t('form.region')}
          value={draft.region}
          data={regions.map((value) => ({ value, label: t(`common:regions.${value}`) }))}
          onChange={(e) => setDraft({ ...draft, region: e.currentTarget.value as OrganisationDraft['region'] })}
        />
      </Group>
      <ContactsFieldset contacts={draft.contacts} onChange={(contacts) => setDraft({ ...draft, contacts })} />
      <FormActions onCancel={onClose} busy={busy} />
    </FormModal>
  );
}
