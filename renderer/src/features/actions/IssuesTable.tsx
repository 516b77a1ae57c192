import { Button, Table, Text } from '@mantine/core';
import { TextBadge } from './TextBadge';
import { useTranslation } from 'react-i18next';
import type { LoggedIssue } from '../../../../shared/domain/escalation';
import { formatDate } from './format';

const levelColours = { local: 'blue', regional: 'orange', national: 'red' } as const;

interface Props {
  issues: LoggedIssue[];
  organisationName?: (id: string) => string;
  onOpen: (issue: LoggedIssue) => void;
}

/** The log: level, when raised, options tried at the current level, open or resolved. */
export function IssuesTable({ issues, organisationName, onOpen }: Props) {
  const { t } = useTranslation('actions');
  return (
    <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
      <Table.Caption className="visually-hidden">{t('issues.table.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('issues.table.title')}</Table.Th>
          {organisationName && <Table.Th scope="col">{t('issues.table.organisation')}</Table.Th>}
          <Table.Th scope="col">{t('issues.table.level')}</Table.Th>
          <Table.Th scope="col">{t('issues.table.raised')}</Table.Th>
          <Table.Th scope="col">{t('issues.table.options')}</Table.Th>
          <Table.Th scope="col">{t('issues.table.state')}</Table.Th>
          <Table.Th scope="col">
            <span className="visually-hidden">{t('issues.table.open')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.map((issue) => {
          const here = issue.options.filter((o) => o.level === issue.level);
          return (
            <Table.Tr key={issue.id}>
              <Table.Th scope="row" fw={600}>
                {issue.title}
              </Table.Th>
              {organisationName && <Table.Td>{organisationName(issue.organisationId)}</Table.Td>}
              <Table.Td>
                <TextBadge color={levelColours[issue.level]}>{t(`issues.level.${issue.level}`)}</TextBadge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDate(issue.raisedOn)}</Text>
                {issue.raisedBy && (
                  <Text size="xs" c="dark.4">
                    {issue.raisedBy}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {here.length === 0
                    ? t('issues.noOptions')
                    : t('issues.optionsCount', { count: here.length, exhausted: here.filter((o) => o.exhausted).length })}
                </Text>
              </Table.Td>
              <Table.Td>{issue.resolvedOn ? t('issues.resolved', { date: formatDate(issue.resolvedOn) }) : t('issues.open')}</Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="default"
                  aria-label={t('issues.openIssue', { title: issue.title })}
                  onClick={() => onOpen(issue)}
                >
                  {t('issues.table.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
