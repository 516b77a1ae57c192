import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { CaseListItem } from '../../../../shared/domain/case-summary';
import { DeadlineText } from './DeadlineText';

/** One row per case; the authority's name is the link into the case. */
export function CasesTable({ items }: { items: CaseListItem[] }) {
  const { t } = useTranslation('cases');
  return (
    <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
      <Table.Caption className="visually-hidden">{t('table.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('table.authority')}</Table.Th>
          <Table.Th scope="col">{t('table.stage')}</Table.Th>
          <Table.Th scope="col">{t('table.deadline')}</Table.Th>
          <Table.Th scope="col">{t('table.assessor')}</Table.Th>
          <Table.Th scope="col">{t('table.recommendation')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={item.id}>
            <Table.Th scope="row">
              <Anchor component={Link} href={`/cases/${item.id}`} fw={600} c="blue.8">
                {item.organisationName}
              </Anchor>
              {item.region && (
                <Text size="xs" c="dark.4">
                  {t(`common:regions.${item.region}`)}
                </Text>
              )}
            </Table.Th>
            <Table.Td>{t(`stages.${item.stage}`)}</Table.Td>
            <Table.Td>
              <DeadlineText state={item.deadline} due={item.actionPlanDue} daysLeft={item.daysLeft} />
            </Table.Td>
            <Table.Td>{item.assessor || t('table.none')}</Table.Td>
            <Table.Td>
              {item.outcome
                ? item.recorded
                  ? t(`outcome.${item.outcome}`)
                  : t('outcome.draft', { outcome: t(`outcome.${item.outcome}`) })
                : t('outcome.none')}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
