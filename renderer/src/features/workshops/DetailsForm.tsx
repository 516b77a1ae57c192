import { Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopDetailsSchema, type Workshop, type WorkshopDetails } from '../../../../shared/domain/workshop';
import { useOrganisations } from '../organisations/organisations-store';
import { useAutosave } from './use-autosave';
import { useWorkshop } from './workshop-store';
import { readableDescription } from './styles';
import { DateField } from '../../components/DateField';

type TextKey = 'title' | 'date' | 'venue' | 'startTime' | 'facilitator';

/** The workshop's details; each field saves when it loses focus, once it is valid. */
export function DetailsForm({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const organisations = useOrganisations((s) => s.items);
  const patchPlan = useWorkshop((s) => s.patchPlan);
  const [draft, setDraft] = useState<WorkshopDetails>(workshop);
  const [errors, setErrors] = useState<Partial<Record<keyof WorkshopDetails, string>>>({});

  const commit = (next: WorkshopDetails, key: keyof WorkshopDetails) => {
    const check = workshopDetailsSchema.shape[key].safeParse(next[key]);
    if (!check.success) return setErrors({ ...errors, [key]: check.error.issues[0].message });
    setErrors({ ...errors, [key]: undefined });
    if (JSON.stringify(next[key]) !== JSON.stringify(workshop[key])) void patchPlan({ [key]: check.data });
  };

  // Typing saves on its own after a pause; blur saves at once.
  useAutosave(draft, (next) => {
    const keys = (['title', 'date', 'venue', 'startTime', 'facilitator', 'sessionMinutes'] as const).filter(
      (key) => JSON.stringify(next[key]) !== JSON.stringify(useWorkshop.getState().workshop?.[key]),
    );
    const patch = Object.fromEntries(keys.flatMap((key) => {
      const check = workshopDetailsSchema.shape[key].safeParse(next[key]);
      return check.success ? [[key, check.data]] : [];
    }));
    if (Object.keys(patch).length > 0) void patchPlan(patch);
  });

  const text = (key: TextKey, extra: { type?: string; description?: string; required?: boolean } = {}) => (
    <TextInput
      label={t(`details.${key}`)}
      {...extra}
      styles={readableDescription}
      value={draft[key]}
      error={errors[key]}
      onChange={(e) => setDraft({ ...draft, [key]: e.currentTarget.value })}
      onBlur={() => commit(draft, key)}
    />
  );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="details-heading">
      <Stack gap="sm">
        <Title order={3} id="details-heading" size="h4">
          {t('details.heading')}
        </Title>
        {text('title', { required: true })}
        <NativeSelect
          label={t('details.organisation')}
          value={draft.organisationId ?? ''}
          data={[{ value: '', label: t('noOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(e) => {
            const next = { ...draft, organisationId: e.currentTarget.value || null };
            setDraft(next);
            commit(next, 'organisationId');
          }}
        />
        <Group grow align="flex-start">
          <DateField label={t('details.date')} required value={draft.date} error={errors.date} onChange={(v) => { const next = { ...draft, date: v ?? '' }; setDraft(next); commit(next, 'date'); }} />
          {text('startTime', { description: t('details.startTimeHint'), required: true })}
          <TextInput
            label={t('details.sessionMinutes')}
            inputMode="numeric"
            value={draft.sessionMinutes ?? ''}
            error={errors.sessionMinutes}
            onChange={(e) => {
              const raw = e.currentTarget.value.replace(/\D/g, '');
              setDraft({ ...draft, sessionMinutes: raw ? Number(raw) : null });
            }}
            onBlur={() => commit(draft, 'sessionMinutes')}
          />
        </Group>
        <Group grow>
          {text('venue')}
          {text('facilitator')}
        </Group>
      </Stack>
    </Paper>
  );
}
