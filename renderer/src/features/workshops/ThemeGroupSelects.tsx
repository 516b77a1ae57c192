import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain/workshop';

interface Props {
  workshop: Workshop;
  themeId?: string | null;
  groupId: string | null;
  onTheme?: (id: string | null) => void;
  onGroup: (id: string | null) => void;
}

/** The theme and table group a captured point is tagged with. */
export function ThemeGroupSelects({ workshop, themeId, groupId, onTheme, onGroup }: Props) {
  const { t } = useTranslation('workshops');
  return (
    <Group grow align="flex-start">
      {onTheme && (
        <NativeSelect
          label={t('capture.theme')}
          value={themeId ?? ''}
          data={[{ value: '', label: t('capture.noTheme') }, ...workshop.themes.map((th) => ({ value: th.id, label: th.title }))]}
          onChange={(e) => onTheme(e.currentTarget.value || null)}
        />
      )}
      <NativeSelect
        label={t('capture.group')}
        value={groupId ?? ''}
        data={[{ value: '', label: t('capture.noGroup') }, ...workshop.groups.map((g) => ({ value: g.id, label: g.name }))]}
        onChange={(e) => onGroup(e.currentTarget.value || null)}
      />
    </Group>
  );
}
