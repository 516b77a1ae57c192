import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../../../shared/ipc/contracts/workspace';
import { api } from '../../lib/api';

export function WorkspaceFolder() {
  const { t } = useTranslation('settings');
  const [info, setInfo] = useState<WorkspaceInfo | null>(null);

  useEffect(() => {
    void api.workspace.info().then((r) => r.ok && setInfo(r.data));
  }, []);

  const choose = async () => {
    const result = await api.workspace.choose();
    if (!result.ok) notifications.show({ message: result.error.message, color: 'red' });
    else if (result.data) {
      setInfo(result.data);
      notifications.show({ message: t('workspace.changed', { dir: result.data.dir }), color: 'green' });
    }
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="workspace-title">
      <Stack gap="md">
        <Title order={3} id="workspace-title">
          {t('workspace.title')}
        </Title>
        <Text c="dark.4">{t('workspace.intro')}</Text>
        <Text fw={600}>{t('workspace.current')}</Text>
        <Code block>{info?.dir ?? '…'}</Code>
        {info?.canChoose ? (
          <Button variant="default" w="fit-content" onClick={() => void choose()}>
            {t('workspace.choose')}
          </Button>
        ) : (
          <Text size="sm" c="dark.4">
            {t('workspace.desktopOnly')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
