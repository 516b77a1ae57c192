import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionalOverviewData } from '../../../../shared/ipc/contracts/sync';
import { formatDay } from '../../i18n/format';

/** The regional overview's part from the region: shared workshops, their actions, escalated issues. */
export function RegionalPanel({ region }: { region: RegionalOverviewData }) {
  const { t } = useTranslation('sync');
  const day = (iso: string | null) => (iso ? formatDay(iso) : '—');
  const empty = <Text c="dark.4">{t('overview.none')}</Text>;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="from-region-title" mt="lg">
      <Stack gap="md">
        <Title order={2} size="h3" id="from-region-title">
          {t('overview.title')}
        </Title>
        <Text c="dark.4">{t('overview.intro')}</Text>
        <Title order={3} size="h4">
          {t('overview.workshops')}
        </Title>
        {region.workshops.length === 0 ? (
          empty
        ) : (
          <Table striped aria-label={t('overview.workshops')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.title_col')}</Table.Th>
                <Table.Th>{t('overview.date')}</Table.Th>
                <Table.Th>{t('overview.facilitator')}</Table.Th>
                <Table.Th>{t('overview.sharedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {region.workshops.map((w) => (
                <Table.Tr key={w.id}>
                  <Table.Td>{w.title}</Table.Td>
                  <Table.Td>{day(w.date)}</Table.Td>
                  <Table.Td>{w.facilitator}</Table.Td>
                  <Table.Td>{w.sharedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Title order={3} size="h4">
          {t('overview.actions')}
        </Title>
        {region.actions.length === 0 ? (
          empty
        ) : (
          <Table striped aria-label={t('overview.actions')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.title_col')}</Table.Th>
                <Table.Th>{t('overview.owner')}</Table.Th>
                <Table.Th>{t('overview.due')}</Table.Th>
                <Table.Th>{t('overview.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {region.actions.map((a, i) => (
                <Table.Tr key={`${a.workshopId}-${i}`}>
                  <Table.Td>{a.title}</Table.Td>
                  <Table.Td>{a.owner}</Table.Td>
                  <Table.Td>{day(a.due)}</Table.Td>
                  <Table.Td>{t(`overview.statuses.${a.status}`, { defaultValue: a.status })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Title order={3} size="h4">
          {t('overview.issues')}
        </Title>
        {region.issues.length === 0 ? (
          empty
        ) : (
          <Table striped aria-label={t('overview.issues')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('overview.title_col')}</Table.Th>
                <Table.Th>{t('overview.organisation')}</Table.Th>
                <Table.Th>{t('overview.level')}</Table.Th>
                <Table.Th>{t('overview.raisedOn')}</Table.Th>
                <Table.Th>{t('overview.sharedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {region.issues.map((issue) => (
                <Table.Tr key={`${issue.source}-${issue.id}`}>
                  <Table.Td>{issue.title}</Table.Td>
                  <Table.Td>{issue.organisation}</Table.Td>
                  <Table.Td>{t(`overview.levels.${issue.level}`, { defaultValue: issue.level })}</Table.Td>
                  <Table.Td>{day(issue.raisedOn)}</Table.Td>
                  <Table.Td>{issue.sharedBy}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
