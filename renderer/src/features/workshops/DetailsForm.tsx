import { Group, NativeSelect, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { workshopDetailsSchema, type Workshop, type WorkshopDetails } from '../../../../shared/domain/workshop';
import { useOrganisations } from '../organisations/organisations-store';
import { useAutosave } from '../../app/use-autosave';
import { openWorkshop, useWorkshop } from './workshop-store';
import { readableDescription } from './styles';
import { DateField } from '../../components/DateField';

type TextKey = 'title' | 'date' | 'venue' | 'startTime' | 'facilitator';
const detailKeys = ['title', 'organisationId', 'date', 'venue', 'startTime', 'facilitator', 'sessionMinutes'] as const;

/** The workshop's details; valid fields save as the person types, and at once on leaving a field. */
export function DetailsForm({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const organisations = useOrganisations((s) => s.items);
  const patchPlan = useWorkshop((s) => s.patchPlan);
  const [errors, setErrors] = useState<Partial<Record<keyof WorkshopDetails, string>>>({});

  // Typing saves on its own after a pause (the valid fields that changed); blur saves at once.
  const [draft, setDraft, , flush] = useAutosave<WorkshopDetails>(workshop, async (next) => {
    const keys = detailKeys.filter((key) => JSON.stringify(next[key]) !== JSON.stringify(openWorkshop()?.[key]));
    const patch = Object.fromEntries(
      keys.flatMap((key) => {
        const check = workshopDetailsSchema.shape[key].safeParse(next[key]);
        return check.success ? [[key, check.data]] : [];
      }),
    );
    return Object.keys(patch).length === 0 || (await patchPlan(patch)) === null;
  });

  /** Shows why a field is not valid yet, and saves the valid ones now. */
  const commit = (next: WorkshopDetails, key: keyof WorkshopDetails) => {
    const check = workshopDetailsSchema.shape[key].safeParse(next[key]);
    setErrors({ ...errors, [key]: check.success ? undefined : check.error.issues[0].message });
    void flush();
  };
  const change = (next: WorkshopDetails, key: keyof WorkshopDetails) => {
    setDraft(next);
    commit(next, key);
  };

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
          onChange={(e) => change({ ...draft, organisationId: e.currentTarget.value || null }, 'organisationId')}
        />
        <Group grow align="flex-start">
          <DateField
            label={t('details.date')}
            required
            value={draft.date}
            error={errors.date}
            onChange={(v) => change({ ...draft, date: v ?? '' }, 'date')}
          />
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
