import { Badge, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { retryAll, useSaveStatus } from './save-status';

/**
 * Always visible: "Saved" only when every field and call is on disk; "Saving…" while anything
 * waits; "Not saved — why" with a retry while any field's or call's last save failed.
 */
export function SaveStatus() {
  const { t } = useTranslation();
  const { unsaved, calls, failures, closing } = useSaveStatus();
  const failed = Object.values(failures);
  const newest = failed.at(-1);
  if (newest) {
    const reason = failed.length > 1 ? t('save.andMore', { reason: newest.message }) : newest.message;
    return (
      <Group gap="xs" role="status" aria-live="polite" wrap="nowrap">
        <Text c="red.8" fw={600} size="sm" maw={520} truncate="end" title={reason}>
          {t('save.notSaved', { reason })}
        </Text>
        {failed.some((f) => f.retry) && (
          <Button size="compact-sm" color="red" variant="outline" onClick={() => void retryAll()}>
            {t('save.retry')}
          </Button>
        )}
      </Group>
    );
  }
  const pending = calls > 0 || Object.keys(unsaved).length > 0;
  return (
    <Badge
      role="status"
      aria-live="polite"
      size="lg"
      variant="light"
      color={pending ? 'yellow' : 'green'}
      styles={{ label: { color: 'var(--mantine-color-dark-7)', textTransform: 'none' } }}
    >
      {pending ? (closing ? t('save.savingBeforeClose') : t('save.saving')) : t('save.saved')}
    </Badge>
  );
}
