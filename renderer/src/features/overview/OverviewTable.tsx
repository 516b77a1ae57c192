import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { OverviewRow, OverviewSortKey } from '../../../../shared/domain/overview';
import { formatDate } from '../actions/format';

/** Deadline labels the case provider sends in English, shown in the reader's language; anything else as sent. */
const deadlineLabelKeys: Record<string, string> = { 'Action plan due': 'actionPlanDue' };

interface Props {
  rows: OverviewRow[];
  /** YYYY-MM-DD, from main: a deadline before it is overdue. */
  today: string;
  sort: { key: OverviewSortKey; direction: 'asc' | 'desc' };
  onSort: (key: OverviewSortKey) => void;
}

/** One row per organisation; column headers sort (buttons, so the keyboard can use them). */
export function OverviewTable({ rows, today, sort, onSort }: Props) {
  const { t } = useTranslation('overview');
  const header = (key: OverviewSortKey | null, label: string) => {
    if (!key) return <Table.Th scope="col">{label}</Table.Th>;
    const active = sort.key === key;
    return (
      <Table.Th scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <UnstyledButton onClick={() => onSort(key)} fw={700} fz="sm" aria-label={t('table.sortBy', { column: label })}>
          {label} {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
        </UnstyledButton>
      </Table.Th>
    );
  };
  return (
    <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
      <Table.Caption className="visually-hidden">{t('table.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          {header('name', t('table.name'))}
          {header('region', t('table.region'))}
          {header(null, t('table.stage'))}
          {header('nextDeadline', t('table.deadline'))}
          {header('openActions', t('table.openActions'))}
          {header('overdueActions', t('table.overdueActions'))}
          {header('openIssues', t('table.openIssues'))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const issues = row.openIssues.local + row.openIssues.regional + row.openIssues.national;
          return (
            <Table.Tr key={row.organisationId}>
              <Table.Th scope="row">
                <Anchor component={Link} href={`/organisations/${row.organisationId}`} fw={600}>
                  {row.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`common:regions.${row.region}`)}</Table.Td>
              <Table.Td>{row.stage ? t(`stages.${row.stage}`, { defaultValue: row.stage }) : t('none')}</Table.Td>
              <Table.Td>
                {row.nextDeadline ? (
                  <>
                    <Text size="sm">{formatDate(row.nextDeadline)}</Text>
                    {row.nextDeadline < today && (
                      <Text size="xs" fw={700} c="red.9">
                        {t('overdue')}
                      </Text>
                    )}
                    {row.deadlineLabel && (
                      <Text size="xs" c="dark.4">
                        {deadlineLabelKeys[row.deadlineLabel]
                          ? t(`deadlineLabels.${deadlineLabelKeys[row.deadlineLabel]}`)
                          : row.deadlineLabel}
                      </Text>
                    )}
                  </>
                ) : (
                  t('none')
                )}
              </Table.Td>
              <Table.Td>{row.openActions}</Table.Td>
              <Table.Td>
                <Text size="sm" c={row.overdueActions > 0 ? 'red.9' : undefined} fw={row.overdueActions > 0 ? 700 : undefined}>
                  {row.overdueActions}
                </Text>
              </Table.Td>
              <Table.Td>{issues === 0 ? t('noIssues') : t('issuesByLevel', row.openIssues)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
