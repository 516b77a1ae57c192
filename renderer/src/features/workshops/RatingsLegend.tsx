import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maturityLevels } from '../../../../shared/domain/workshop-ratings';

/** The 0–4 scale, and on the live grid the keys that drive it. */
export function RatingsLegend({ editable }: { editable: boolean }) {
  const { t } = useTranslation('workshops');
  return (
    <Text size="sm" mt={4}>
      {maturityLevels.map((v) => t(`capture.ratingScale.${v}`)).join(' · ')}
      {editable && (
        <>
          <br />
          {t('room.grid.keys')}
        </>
      )}
    </Text>
  );
}
