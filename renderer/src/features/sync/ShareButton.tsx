import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime } from '../../i18n/format';
import { api } from '../../lib/api';
import { notify } from '../cases/notify';
import { refreshSync, setSyncSettings, useSync } from './sync-store';

/**
 * The explicit choice to share one case, workshop or case study with the region (nothing is uploaded before
 * it); once shared, when it last synced. Shown only when the workspace has joined a region.
 */
export function ShareButton({ kind, id }: { kind: 'case' | 'workshop' | 'casestudy'; id: string }) {
  const { t } = useTranslation('sync');
  const settings = useSync((s) => s.settings);
  const status = useSync((s) => s.status);

  if (!settings) return null;
  const shared = (kind === 'case' ? settings.cases : kind === 'workshop' ? settings.workshops : settings.caseStudies).includes(id);
  if (shared) {
    const at = status?.lastSyncedAt[`${kind}:${id}`];
    return (
      <Text size="sm" c="dark.4" role="status">
        {at ? t('share.lastSynced', { time: formatDateTime(at) }) : t('share.notSyncedYet')}
      </Text>
    );
  }
  const share = async () => {
    const result = await api.sync.share({ kind, id });
    if (!result.ok) return notify(result.error.message, 'error');
    setSyncSettings(result.data);
    notify(t('share.done'));
    await refreshSync();
  };
  return (
    <Button variant="default" onClick={() => void share()}>
      {t('share.button')}
    </Button>
  );
}

/** On the Cases list, once the workspace has joined a region: the cases co-assessors shared. */
export function SharedCasesLink() {
  const { t } = useTranslation('sync');
  const settings = useSync((s) => s.settings);
  if (!settings) return null;
  return (
    <Button variant="default" component={Link} href="/region/cases">
      {t('join.open')}
    </Button>
  );
}
