import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LockHolder as Holder } from '../../../../shared/ipc/contracts/workspace-open';
import { formatDateTime } from '../../i18n/format';

/** Who holds the workspace lock: the computer, its process and since when. */
export function LockHolder({ holder }: { holder: Holder }) {
  const { t } = useTranslation('opening');
  const rows: [string, string][] = [
    [t('holder.computer'), holder.sameComputer ? t('holder.thisComputer', { host: holder.host }) : holder.host],
    [t('holder.process'), String(holder.pid)],
    [t('holder.since'), formatDateTime(holder.since)],
  ];
  if (holder.lastActive) rows.push([t('holder.lastActive'), formatDateTime(holder.lastActive)]);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="lock-holder-title">
      <Title order={2} size="h4" id="lock-holder-title" mb="xs">
        {t('holder.heading')}
      </Title>
      <Table variant="vertical" withTableBorder={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={160}>{label}</Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
