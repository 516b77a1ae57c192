import { Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionSummary } from '../../../../shared/domain/overview';
import { localiseThemeTitle } from '../../../../shared/i18n/domain/localise';
import { BarChart } from './BarChart';

/** Stage counts and maturity by theme across the organisations shown, with a data table alternative. */
export function RegionChart({ summary }: { summary: RegionSummary }) {
  const { t, i18n } = useTranslation('overview');
  const stageLabel = (stage: string) => t(`stages.${stage}`, { defaultValue: stage });
  const hasStages = summary.stageCounts.some((s) => s.stage !== 'none');
  const issues = summary.openIssues.local + summary.openIssues.regional + summary.openIssues.national;
  return (
    <Paper withBorder p="md" mt="xl">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('chart.title')}
        </Title>
        <Text>{t('chart.totals', { ...summary, issues })}</Text>
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
          {hasStages ? (
            <BarChart
              title={t('chart.stages')}
              max={Math.max(...summary.stageCounts.map((s) => s.count))}
              bars={summary.stageCounts.map((s) => ({ label: stageLabel(s.stage), value: s.count, display: String(s.count) }))}
            />
          ) : (
            <Text c="dark.4">{t('chart.noStages')}</Text>
          )}
          {summary.maturityByTheme.length > 0 ? (
            <BarChart
              title={t('chart.maturity')}
              max={4}
              bars={summary.maturityByTheme.map((m) => ({
                label: localiseThemeTitle(m.theme, i18n.language),
                value: m.average,
                display: m.average.toFixed(1),
              }))}
            />
          ) : (
            <Text c="dark.4">{t('chart.noMaturity')}</Text>
          )}
        </SimpleGrid>
        {(hasStages || summary.maturityByTheme.length > 0) && (
          <details>
            <summary>{t('chart.showTable')}</summary>
            <SimpleGrid cols={{ base: 1, lg: 2 }} mt="sm">
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('chart.stage')}</Table.Th>
                    <Table.Th scope="col">{t('chart.count')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.stageCounts.map((s) => (
                    <Table.Tr key={s.stage}>
                      <Table.Th scope="row">{stageLabel(s.stage)}</Table.Th>
                      <Table.Td>{s.count}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('chart.theme')}</Table.Th>
                    <Table.Th scope="col">{t('chart.average')}</Table.Th>
                    <Table.Th scope="col">{t('chart.rated')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {summary.maturityByTheme.map((m) => (
                    <Table.Tr key={m.theme}>
                      <Table.Th scope="row">{localiseThemeTitle(m.theme, i18n.language)}</Table.Th>
                      <Table.Td>{m.average.toFixed(1)}</Table.Td>
                      <Table.Td>{m.organisations}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </SimpleGrid>
          </details>
        )}
      </Stack>
    </Paper>
  );
}
