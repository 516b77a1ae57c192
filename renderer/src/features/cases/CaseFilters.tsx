import { Checkbox, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseStages } from '../../../../shared/domain/case';
import { regions } from '../../../../shared/domain/common';

export interface CaseFilter {
  text: string;
  stage: string;
  region: string;
  overdue: boolean;
}

export const noFilter: CaseFilter = { text: '', stage: '', region: '', overdue: false };

/** Search by authority or assessor, and filter by stage, region and overdue action plans. */
export function CaseFilters({ filter, onChange }: { filter: CaseFilter; onChange: (filter: CaseFilter) => void }) {
  const { t } = useTranslation('cases');
  return (
    <Group component="search" aria-label={t('filters.label')} align="flex-end" gap="md" mb="md">
      <TextInput
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        type="search"
        value={filter.text}
        onChange={(e) => onChange({ ...filter, text: e.currentTarget.value })}
        w={260}
      />
      <NativeSelect
        label={t('filters.stage')}
        value={filter.stage}
        data={[{ value: '', label: t('filters.anyStage') }, ...caseStages.map((s) => ({ value: s, label: t(`stages.${s}`) }))]}
        onChange={(e) => onChange({ ...filter, stage: e.currentTarget.value })}
      />
      <NativeSelect
        label={t('filters.region')}
        value={filter.region}
        data={[{ value: '', label: t('filters.anyRegion') }, ...regions.map((r) => ({ value: r, label: t(`common:regions.${r}`) }))]}
        onChange={(e) => onChange({ ...filter, region: e.currentTarget.value })}
      />
      <Checkbox
        label={t('filters.overdueOnly')}
        checked={filter.overdue}
        onChange={(e) => onChange({ ...filter, overdue: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
