import { Button, Group, Loader, Modal, Radio, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceBackup, WorkspaceStatus } from '../../../../shared/ipc/contracts/workspace-open';
import { formatDateTime } from '../../i18n/format';
import { api } from '../../lib/api';

interface Props {
  onRestored: (status: WorkspaceStatus) => void;
  onClose: () => void;
}

/** Lists the workspace file's backups, newest first, and puts the chosen one back. */
export function RestoreBackupModal({ onRestored, onClose }: Props) {
  const { t } = useTranslation('opening');
  const { t: common } = useTranslation();
  const [backups, setBackups] = useState<WorkspaceBackup[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void api.workspace.backups().then((result) => {
      const list = result.ok ? result.data : [];
      setBackups(list);
      setChosen(list.find((b) => b.usable)?.id ?? null);
    });
  }, []);

  const restore = async () => {
    if (!chosen) return;
    setBusy(true);
    setFailure(null);
    const result = await api.workspace.restoreBackup({ id: chosen });
    setBusy(false);
    if (result.ok) onRestored(result.data);
    else setFailure(t('backups.failed', { reason: result.error.message }));
  };

  return (
    <Modal opened onClose={onClose} title={t('backups.title')} size="lg" closeButtonProps={{ 'aria-label': common('actions.close') }}>
      <Stack>
        <Text>{t('backups.intro')}</Text>
        {backups === null && <Loader size="sm" aria-label={t('backups.title')} />}
        {backups?.length === 0 && <Text fw={600}>{t('backups.none')}</Text>}
        {backups && backups.length > 0 && (
          <Radio.Group label={t('backups.legend')} value={chosen} onChange={setChosen}>
            <Stack gap="xs" mt="xs">
              {backups.map((b) => (
                <Radio
                  key={b.id}
                  value={b.id}
                  disabled={!b.usable}
                  label={b.usable ? formatDateTime(b.takenAt) : t('backups.unusable', { date: formatDateTime(b.takenAt) })}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        {failure && (
          <Text c="red.8" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {common('actions.cancel')}
          </Button>
          <Button onClick={() => void restore()} disabled={!chosen} loading={busy}>
            {t('backups.restore')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
