import { Alert, Button, Code, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceStatus } from '../../../../shared/ipc/contracts/workspace-open';
import type { Result } from '../../../../shared/result';
import { ConfirmModal } from '../../components/ConfirmModal';
import { api } from '../../lib/api';
import { LockHolder } from './LockHolder';
import { RestoreBackupModal } from './RestoreBackupModal';

type Failed = Extract<WorkspaceStatus, { state: 'failed' }>;
type Action = 'retry' | 'anyway' | 'other';

interface Props {
  status: Failed;
  onStatus: (status: WorkspaceStatus) => void;
}

/**
 * The whole window when the workspace could not open: why, in plain words (and who holds it,
 * for a lock), with Try again, Open anyway (a lock held elsewhere, after a warning), Choose
 * another folder and Restore a backup. Nothing here writes to the workspace until asked.
 */
export function WorkspaceUnavailable({ status, onStatus }: Props) {
  const { t } = useTranslation('opening');
  const heading = useRef<HTMLHeadingElement>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [stillFailing, setStillFailing] = useState(false);
  const [warning, setWarning] = useState(false);
  const [restoring, setRestoring] = useState(false);

  // Keyboard and screen-reader users start at the explanation, not somewhere in the page.
  useEffect(() => heading.current?.focus(), []);

  const run = async (action: Action, call: () => Promise<Result<WorkspaceStatus>>) => {
    setBusy(action);
    setStillFailing(false);
    const result = await call();
    setBusy(null);
    if (!result.ok) return setStillFailing(true);
    if (result.data.state === 'failed') setStillFailing(true);
    onStatus(result.data);
  };

  const host = status.holder?.host ?? '';
  return (
    <Container size={720} py="xl" component="main">
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <Title order={1} size="h2" ref={heading} tabIndex={-1}>
            {t('title')}
          </Title>
          <Text size="lg">{t(`reasons.${status.reason}`)}</Text>
          <Text>
            {/* A holder on this computer is another window or a Casebook still closing, not "that computer". */}
            {t(status.reason === 'locked' && status.holder?.sameComputer ? 'advice.lockedHere' : `advice.${status.reason}`)}{' '}
            {t('nothingChanged')}
          </Text>
          <div>
            <Text fw={600}>{t('folder')}</Text>
            <Code block>{status.dir}</Code>
          </div>
          {status.holder && <LockHolder holder={status.holder} />}
          {stillFailing && (
            <Alert color="orange" role="alert">
              {t('stillFailing')}
            </Alert>
          )}
          <Group>
            <Button loading={busy === 'retry'} disabled={busy !== null} onClick={() => void run('retry', () => api.workspace.retry())}>
              {t('tryAgain')}
            </Button>
            {status.canChoose && (
              <Button
                variant="default"
                loading={busy === 'other'}
                disabled={busy !== null}
                onClick={() => void run('other', () => api.workspace.openOther())}
              >
                {t('chooseFolder')}
              </Button>
            )}
            {status.reason !== 'locked' && (
              <Button variant="default" disabled={busy !== null} onClick={() => setRestoring(true)}>
                {t('restore')}
              </Button>
            )}
            {status.canOpenAnyway && (
              <Button variant="outline" color="red.8" disabled={busy !== null} onClick={() => setWarning(true)}>
                {t('openAnyway')}
              </Button>
            )}
          </Group>
          {!status.canChoose && (
            <Text size="sm" c="dark.4">
              {t('noFolderPicker')}
            </Text>
          )}
          {/* The system's own words (file, error code) are English and technical: there if wanted, closed, after the ways out. */}
          <details>
            <Text component="summary" size="sm" c="dark.6" style={{ cursor: 'pointer' }}>
              {t('details')}
            </Text>
            <Text size="sm" c="dark.6" mt={4} lang="en">
              {status.message}
            </Text>
          </details>
        </Stack>
      </Paper>
      {warning && (
        <ConfirmModal
          title={t('warning.title')}
          body={t('warning.body', { host })}
          confirmLabel={t('warning.confirm')}
          onClose={() => setWarning(false)}
          onConfirm={() => {
            setWarning(false);
            void run('anyway', () => api.workspace.openAnyway());
          }}
        />
      )}
      {restoring && (
        <RestoreBackupModal
          onClose={() => setRestoring(false)}
          onRestored={(next) => {
            setRestoring(false);
            onStatus(next);
          }}
        />
      )}
    </Container>
  );
}
