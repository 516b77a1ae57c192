import { Alert, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryPreview, SetAsideLog } from '../../../../shared/ipc/contracts/recovery';
import { formatDateTime } from '../../i18n/format';
import { call, useRead, useWrite } from '../../lib/query';

/** Set by a notice's link just before it opens Settings: the section then scrolls into view once. */
let scrollWanted = false;
export const scrollToRecover = () => {
  scrollWanted = true;
};

/**
 * Saved changes the workspace set aside (a damaged, gapped or orphaned saved-changes log), each
 * with a preview of what recovering it would change, Recover and Dismiss. Store notices about a
 * set-aside log link here (scrollToRecover).
 */
export function RecoverSection() {
  const { t } = useTranslation('settings');
  const logs = useRead('recovery:list');
  // A notice's link lands here: bring the section into view once it has its list.
  useEffect(() => {
    if (!logs.data || !scrollWanted) return;
    scrollWanted = false;
    document.getElementById('recover')?.scrollIntoView();
  }, [logs.data]);
  return (
    // scrollMarginTop: scrolled to from a notice, its title stays clear of the sticky header.
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="recover-title" id="recover" style={{ scrollMarginTop: 80 }}>
      <Stack gap="md">
        <Title order={3} id="recover-title">
          {t('recover.title')}
        </Title>
        <Text c="dark.4">{t('recover.intro')}</Text>
        {logs.data?.length === 0 && <Text>{t('recover.empty')}</Text>}
        {logs.data?.map((log) => (
          <SetAsideItem key={log.file} log={log} />
        ))}
      </Stack>
    </Paper>
  );
}

function SetAsideItem({ log }: { log: SetAsideLog }) {
  const { t } = useTranslation('settings');
  const [preview, setPreview] = useState<RecoveryPreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const recover = useWrite('recovery:recover');
  const dismiss = useWrite('recovery:dismiss');
  const title = log.name ?? t(`recover.missing.${log.kind}`);
  const headingId = `recover-${log.file.replace(/[^a-zA-Z0-9]/g, '-')}`;

  const show = async () => {
    setError(null);
    const result = await call('recovery:preview', { file: log.file });
    if (result.ok) setPreview(result.data);
    else setError(result.error.message);
  };
  const doRecover = async () => {
    if (!preview) return;
    const result = await recover({ file: log.file, expectRevision: preview.log.revision });
    if (!result.ok) {
      setError(result.error.message);
      setPreview(null);
      return;
    }
    notifications.show({
      color: 'green',
      message:
        t('recover.done', { count: result.data.applied, name: title }) +
        (result.data.notApplied ? ` ${t('recover.doneSkipped', { count: result.data.notApplied })}` : ''),
    });
  };
  const doDismiss = async () => {
    const result = await dismiss({ file: log.file });
    if (result.ok) notifications.show({ color: 'green', message: t('recover.dismissed', { file: result.data.keptAs }) });
    else setError(result.error.message);
  };

  return (
    <Paper withBorder p="md" radius="sm" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={4} id={headingId}>
          {t(`recover.kind.${log.kind}`)}: {title}
        </Title>
        <Text size="sm">
          {t('recover.setAsideOn', { date: formatDateTime(log.setAsideAt) })} {t(`recover.reason.${log.reason}`)}{' '}
          {t('recover.lines', { count: log.lines })}
          {log.damagedLines > 0 && ` ${t('recover.damagedLines', { count: log.damagedLines })}`}
        </Text>
        {preview && <PreviewText preview={preview} />}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={() => void show()} aria-label={t('recover.previewFor', { name: title })}>
            {t('recover.preview')}
          </Button>
          <Button
            onClick={() => void doRecover()}
            disabled={!preview || (preview.apply.length === 0 && preview.onto !== 'backup')}
            aria-label={t('recover.recoverFor', { name: title })}
          >
            {t('recover.recover')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => void doDismiss()} aria-label={t('recover.dismissFor', { name: title })}>
            {t('recover.dismiss')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** What recovering would change, in plain words: how many changes to which fields, and what cannot be applied and why. */
function PreviewText({ preview }: { preview: RecoveryPreview }) {
  const { t } = useTranslation('settings');
  const fields = [...new Set(preview.apply.flatMap((line) => line.paths.map((path) => fieldName(path, t))))];
  const reasons = new Map<string, number>();
  for (const line of preview.cannot) reasons.set(line.reason, (reasons.get(line.reason) ?? 0) + 1);
  return (
    <Stack gap={4} aria-live="polite">
      {preview.onto === 'nothing' && <Text size="sm">{t('recover.noRecord')}</Text>}
      {preview.onto === 'backup' && <Text size="sm">{t('recover.fromBackup')}</Text>}
      {preview.onto !== 'nothing' &&
        (preview.apply.length > 0 ? (
          <Text size="sm">{t('recover.wouldApply', { count: preview.apply.length, fields: fields.join(', ') })}</Text>
        ) : (
          <Text size="sm">{t('recover.nothingApplies')}</Text>
        ))}
      {reasons.size > 0 && (
        <List size="sm">
          {[...reasons].map(([reason, count]) => (
            <List.Item key={reason}>{t(`recover.cannot.${reason}`, { count })}</List.Item>
          ))}
        </List>
      )}
      {preview.missing > 0 && <Text size="sm">{t('recover.missingChanges', { count: preview.missing })}</Text>}
    </Stack>
  );
}

/** A changed path as a person names it: its field (action plan › analysis of need), never the stored key. */
function fieldName(path: string, t: (key: string, options?: Record<string, unknown>) => string): string {
  const parts = path.split('.').filter((part) => !/^\d+$/.test(part) && part !== 'workshop');
  const leaf = parts.at(-1) ?? '';
  const known = t(`history:fields.${leaf}`, { defaultValue: '' });
  return known || t(`recover.sections.${parts[0] ?? ''}`, { defaultValue: t('recover.sections.other') });
}
