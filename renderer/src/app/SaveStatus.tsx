import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSaveStatus } from './save-status';

/** Always visible: "Saved", "Saving…", or "Not saved — why" with a retry. */
export function SaveStatus() {
  const { t } = useTranslation();
  const { pending, error, retry } = useSaveStatus();
  if (error) {
    return (
      <Group gap="xs" role="status" aria-live="polite" wrap="nowrap">
        <Text c="red.8" fw={600} size="sm" maw={520} truncate="end" title={error}>
          {t('save.notSaved', { reason: error })}
        </Text>
        {retry && (
          <Button size="compact-sm" color="red" variant="outline" onClick={() => void retry()}>
            {t('save.retry')}
          </Button>
        )}
      </Group>
    );
  }
  return (
    <Badge
      role="status"
      aria-live="polite"
      size="lg"
      variant="light"
      color={pending > 0 ? 'yellow' : 'green'}
      styles={{ label: { color: 'var(--mantine-color-dark-7)', textTransform: 'none' } }}
    >
      {pending > 0 ? t('save.saving') : t('save.saved')}
    </Badge>
  );
}
