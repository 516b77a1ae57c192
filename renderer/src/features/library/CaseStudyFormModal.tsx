import { Group, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseStudyDraftSchema, type CaseStudyDraft } from '../../../../shared/domain/library';
import type { Organisation } from '../../../../shared/domain/organisation';
import type { AppErrorShape } from '../../../../shared/result';
import { readableDescription } from '../actions/readable';
import { FormActions } from '../../components/FormActions';
import { FormModal } from '../../components/FormModal';

interface Props {
  title: string;
  initial: CaseStudyDraft;
  organisations: Organisation[];
  onSubmit: (draft: CaseStudyDraft) => Promise<AppErrorShape | null>;
  onClose: () => void;
}

/** Create or edit a case study; a failed save keeps everything typed. */
export function CaseStudyFormModal({ title, initial, organisations, onSubmit, onClose }: Props) {
  const { t } = useTranslation('library');
  const [draft, setDraft] = useState<CaseStudyDraft>(initial);
  const [titleError, setTitleError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<CaseStudyDraft>) => setDraft({ ...draft, ...patch });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.title.trim()) return setTitleError(t('form.titleRequired'));
    const parsed = caseStudyDraftSchema.safeParse(draft);
    if (!parsed.success) return setSaveError(parsed.error.issues[0].message);
    setBusy(true);
    const error = await onSubmit(parsed.data);
    setBusy(false);
    if (error) setSaveError(error.message);
    else onClose();
  };

  return (
    <FormModal title={title} size="xl" onClose={onClose} onSubmit={submit} error={saveError}>
      <TextInput
        label={t('fields.title')}
        required
        data-autofocus
        value={draft.title}
        error={titleError}
        onChange={(e) => {
          setTitleError(null);
          set({ title: e.currentTarget.value });
        }}
      />
      <Group grow>
        <NativeSelect
          label={t('fields.organisation')}
          value={draft.organisationId ?? ''}
          data={[{ value: '', label: t('fields.noOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(e) => set({ organisationId: e.currentTarget.value || null })}
        />
        <TextInput label={t('fields.theme')} value={draft.theme} onChange={(e) => set({ theme: e.currentTarget.value })} />
      </Group>
      <Textarea
        label={t('fields.summary')}
        autosize
        minRows={3}
        value={draft.summary}
        onChange={(e) => set({ summary: e.currentTarget.value })}
      />
      <Textarea
        label={t('fields.whatWorked')}
        autosize
        minRows={3}
        value={draft.whatWorked}
        onChange={(e) => set({ whatWorked: e.currentTarget.value })}
      />
      <Textarea
        label={t('fields.barriers')}
        autosize
        minRows={2}
        value={draft.barriers}
        onChange={(e) => set({ barriers: e.currentTarget.value })}
      />
      <TextInput
        label={t('fields.contactRole')}
        description={t('fields.contactRoleHint')}
        styles={readableDescription}
        value={draft.contactRole}
        onChange={(e) => set({ contactRole: e.currentTarget.value })}
      />
      <FormActions onCancel={onClose} busy={busy} />
    </FormModal>
  );
}
