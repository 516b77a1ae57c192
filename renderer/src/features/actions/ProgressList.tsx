import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressUpdate } from '../../../../shared/domain/action';
import { formatDateTime } from './format';

/** An action's dated progress updates, newest first, each with who made it. */
export function ProgressList({ progress }: { progress: ProgressUpdate[] }) {
  const { t } = useTranslation('actions');
  if (progress.length === 0) return <Text c="dark.4">{t('form.noProgress')}</Text>;
  return (
    <List spacing="xs" listStyleType="none" pl={0}>
      {[...progress].reverse().map((update, index) => (
        <List.Item key={`${update.at}-${index}`}>
          <Text size="sm" c="dark.4">
            {t('form.by', { date: formatDateTime(update.at), by: update.by })}
          </Text>
          {update.status && <Text fw={600}>{t('form.statusChange', { status: t(`status.${update.status}`) })}</Text>}
          {update.note && <Text style={{ whiteSpace: 'pre-wrap' }}>{update.note}</Text>}
        </List.Item>
      ))}
    </List>
  );
}
