import { Anchor, Badge, Group, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { syncProblemKey } from '../../../../shared/sync/problems';
import { formatDateTime } from '../../i18n/format';
import { api } from '../../lib/api';
import { syncChanged, useSync, useSyncEvents } from './sync-store';

/**
 * The header's region sync state: up to date, N changes waiting, offline since, or the error with
 * its reason. Hidden until the workspace joins a region. Clicking it syncs now.
 */
export function SyncStatus() {
  const { t, i18n } = useTranslation('sync');
  // The `sync:status` query: main pushes each round's status; the header also asks now and then.
  const status = useSync((s) => s.status, { poll: true });
  useSyncEvents();

  if (!status || status.state === 'not_configured') return null;
  const reason = status.problem ? t(`errors:${syncProblemKey[status.problem]}`) : '';
  const text =
    status.state === 'up_to_date'
      ? t('status.up_to_date')
      : status.state === 'waiting'
        ? t('status.waiting', { count: status.waiting })
        : status.state === 'syncing'
          ? status.progress
            ? t('status.progress', { done: status.progress.done, total: status.progress.total })
            : t('status.syncing')
          : status.state === 'offline'
            ? t('status.offline', { time: status.offlineSince ? formatDateTime(status.offlineSince) : '' })
            : t('status.error', { reason });
  const color = status.state === 'up_to_date' ? 'green' : status.state === 'error' ? 'red' : status.state === 'offline' ? 'gray' : 'yellow';
  const syncNow = async () => {
    const result = await api.sync.syncNow();
    if (result.ok) await syncChanged({ status: result.data, received: false });
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <UnstyledButton
        onClick={() => void syncNow()}
        aria-label={`${text}. ${t('status.syncNow')}`}
        title={i18n.language === 'en-GB' && status.message ? status.message : t('status.syncNow')}
      >
        <Badge
          role="status"
          aria-live="polite"
          size="lg"
          variant="light"
          color={color}
          maw={360}
          styles={{ label: { color: 'var(--mantine-color-dark-7)', textTransform: 'none' } }}
        >
          {text}
        </Badge>
      </UnstyledButton>
      {status.pending > 0 && (
        <Anchor component={Link} href="/region/merge" size="sm" c="red.8" fw={600}>
          {t('status.merges', { count: status.pending })}
        </Anchor>
      )}
    </Group>
  );
}
