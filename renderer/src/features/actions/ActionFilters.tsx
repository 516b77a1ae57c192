import { Button, Checkbox, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ragStatuses } from '../../../../shared/domain/action';
import type { ActionFilters as Filters } from '../../../../shared/domain/actions-rules';
import type { Organisation } from '../../../../shared/domain/organisation';

interface Props {
  filters: Filters;
  direction: 'asc' | 'desc';
  organisations: Organisation[];
  shown: number;
  onChange: (filters: Filters) => void;
  onDirection: (direction: 'asc' | 'desc') => void;
}

/** Owner, organisation, status, overdue and due-this-month filters, and the due-date sort. */
export function ActionFilters({ filters, direction, organisations, shown, onChange, onDirection }: Props) {
  const { t } = useTranslation('actions');
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <legend className="visually-hidden">{t('filters.legend')}</legend>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput label={t('filters.owner')} value={filters.owner ?? ''} onChange={(e) => set({ owner: e.currentTarget.value })} w={180} />
        <NativeSelect
          label={t('filters.organisation')}
          value={filters.organisationId ?? ''}
          data={[{ value: '', label: t('filters.anyOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
          onChange={(e) => set({ organisationId: e.currentTarget.value || undefined })}
          w={220}
        />
        <NativeSelect
          label={t('filters.status')}
          value={filters.status ?? ''}
          data={[
            { value: '', label: t('filters.anyStatus') },
            { value: 'open', label: t('status.open') },
            ...ragStatuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
          onChange={(e) => set({ status: (e.currentTarget.value || undefined) as Filters['status'] })}
          w={150}
        />
        <NativeSelect
          label={t('filters.sort')}
          value={direction}
          data={[
            { value: 'asc', label: t('filters.soonest') },
            { value: 'desc', label: t('filters.latest') },
          ]}
          onChange={(e) => onDirection(e.currentTarget.value === 'desc' ? 'desc' : 'asc')}
          w={160}
        />
        <Checkbox
          label={t('filters.overdue')}
          checked={Boolean(filters.overdue)}
          onChange={(e) => set({ overdue: e.currentTarget.checked })}
          mb={8}
        />
        <Checkbox
          label={t('filters.dueThisMonth')}
          checked={Boolean(filters.dueThisMonth)}
          onChange={(e) => set({ dueThisMonth: e.currentTarget.checked })}
          mb={8}
        />
        <Button variant="subtle" onClick={() => onChange({})}>
          {t('filters.clear')}
        </Button>
      </Group>
      <Text size="sm" c="dark.4" role="status" aria-live="polite" mb="xs">
        {t('filters.count', { count: shown })}
      </Text>
    </fieldset>
  );
}
