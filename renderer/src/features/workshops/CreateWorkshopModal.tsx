import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { workshopDetailsSchema, type WorkshopDetails } from '../../../../shared/domain/workshop';
import type { WorkshopTemplate } from '../../../../shared/domain/workshop-template';
import { localiseTemplate } from '../../../../shared/i18n/domain/localise';
import { api } from '../../lib/api';
import { useOrganisations } from '../organisations/organisations-store';
import { readableDescription } from './styles';
import { DateField } from '../../components/DateField';
import { FormModal } from '../../components/FormModal';

const today = () => new Date().toISOString().slice(0, 10);

/** Choose a template and fill in the essentials; the workshop opens on its plan. */
export function CreateWorkshopModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('workshops');
  const [, navigate] = useLocation();
  const organisations = useOrganisations((s) => s.items);
  const [templates, setTemplates] = useState<WorkshopTemplate[]>([]);
  const [templateId, setTemplateId] = useState('what-good-looks-like');
  const [details, setDetails] = useState<WorkshopDetails>({
    title: '',
    organisationId: null,
    date: today(),
    venue: '',
    startTime: '10:00',
    sessionMinutes: null,
    facilitator: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void api.workshops.templates().then((r) => r.ok && setTemplates(r.data));
  }, []);

  // Built-in templates read in the interface language (the user's own as they wrote them).
  const shown = templates.map((tpl) => localiseTemplate(tpl, i18n.language));
  const template = shown.find((tpl) => tpl.id === templateId);
  const set = <K extends keyof WorkshopDetails>(key: K, value: WorkshopDetails[K]) => {
    setErrors({ ...errors, [key]: '' });
    setDetails({ ...details, [key]: value });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = workshopDetailsSchema.safeParse(details);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    setBusy(true);
    const result = await api.workshops.create({ templateId, details: parsed.data });
    setBusy(false);
    if (!result.ok) return setSaveError(result.error.message);
    notifications.show({
      message: t('create.created', { title: result.data.title }),
      color: 'green',
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
    navigate(`/workshops/${result.data.id}`);
  };

  return (
    <FormModal title={t('create.title')} onClose={onClose} onSubmit={submit} error={saveError}>
      <NativeSelect
        label={t('create.template')}
        value={templateId}
        data={shown.map((tpl) => ({ value: tpl.id, label: tpl.name }))}
        onChange={(e) => setTemplateId(e.currentTarget.value)}
        styles={readableDescription}
        description={template ? t('create.templateHint', { themes: template.themes.length, items: template.agenda.length }) : undefined}
      />
      {template && <Text size="sm">{template.description}</Text>}
      <TextInput
        label={t('details.title')}
        required
        data-autofocus
        value={details.title}
        error={errors.title}
        onChange={(e) => set('title', e.currentTarget.value)}
      />
      <NativeSelect
        label={t('details.organisation')}
        value={details.organisationId ?? ''}
        data={[{ value: '', label: t('noOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
        onChange={(e) => set('organisationId', e.currentTarget.value || null)}
      />
      <Group grow>
        <DateField label={t('details.date')} required value={details.date} error={errors.date} onChange={(v) => set('date', v ?? '')} />
        <TextInput
          label={t('details.startTime')}
          description={t('details.startTimeHint')}
          styles={readableDescription}
          required
          value={details.startTime}
          error={errors.startTime}
          onChange={(e) => set('startTime', e.currentTarget.value)}
        />
      </Group>
      <Group grow>
        <TextInput label={t('details.venue')} value={details.venue} onChange={(e) => set('venue', e.currentTarget.value)} />
        <TextInput
          label={t('details.facilitator')}
          value={details.facilitator}
          onChange={(e) => set('facilitator', e.currentTarget.value)}
        />
      </Group>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common:actions.cancel')}
        </Button>
        <Button type="submit" loading={busy}>
          {t('create.submit')}
        </Button>
      </Group>
    </FormModal>
  );
}
