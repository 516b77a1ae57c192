import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOverdue, type SourcedAction } from '../../../../shared/domain/actions-rules';
import { formatDate } from './format';
import { localiseThemeTitle } from '../../../../shared/i18n/domain/localise';
import { RagBadge } from './RagBadge';

interface Props {
  items: SourcedAction[];
  today: string;
  onOpen: (item: SourcedAction) => void;
  /** Hides the source column where every row has the same source (an organisation's page). */
  showSource?: boolean;
}

/** Actions with owner, due date (overdue derived), status and the latest update. */
export function ActionsTable({ items, today, onOpen, showSource = true }: Props) {
  const { t, i18n } = useTranslation('actions');
  return (
    <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
      <Table.Caption className="visually-hidden">{t('table.caption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('table.what')}</Table.Th>
          {showSource && <Table.Th scope="col">{t('table.source')}</Table.Th>}
          <Table.Th scope="col">{t('table.owner')}</Table.Th>
          <Table.Th scope="col">{t('table.due')}</Table.Th>
          <Table.Th scope="col">{t('table.status')}</Table.Th>
          <Table.Th scope="col">{t('table.updates')}</Table.Th>
          <Table.Th scope="col">
            <span className="visually-hidden">{t('table.open')}</span>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => {
          const { action, source } = item;
          const latest = action.progress.at(-1);
          return (
            <Table.Tr key={`${source.kind}:${source.id}:${action.id}`}>
              <Table.Th scope="row" fw={600}>
                {action.what}
              </Table.Th>
              {showSource && (
                <Table.Td>
                  <Text size="sm">{source.label}</Text>
                  <Text size="xs" c="dark.4">
                    {[t(`sourceKind.${source.kind}`), action.theme && localiseThemeTitle(action.theme, i18n.language)]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm">{action.owner}</Text>
                  <Text size="xs" c="dark.4">
                    {t(`side.${action.side}`)}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <Stack gap={4} align="flex-start">
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {action.dueDate ? formatDate(action.dueDate) : t('noDueDate')}
                  </Text>
                  {isOverdue(action, today) && (
                    <Badge color="red.9" variant="filled" style={{ overflow: 'visible' }} styles={{ label: { overflow: 'visible' } }}>
                      {t('overdue')}
                    </Badge>
                  )}
                </Stack>
              </Table.Td>
              <Table.Td>
                <RagBadge status={action.status} />
              </Table.Td>
              <Table.Td maw={260}>
                <Text size="sm" lineClamp={2}>
                  {latest ? latest.note || t('form.statusChange', { status: t(`status.${latest.status ?? action.status}`) }) : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button size="xs" variant="default" aria-label={t('openAction', { what: action.what })} onClick={() => onOpen(item)}>
                  {t('table.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
