import { Paper, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../../shared/domain/case';
import { formatDate } from './format';

/** One line of the evidence list: kind, source, criteria, date, attachments. */
export function EvidenceRow({ item, selected, onOpen }: { item: EvidenceItem; selected: boolean; onOpen: () => void }) {
  const { t } = useTranslation('cases');
  return (
    <UnstyledButton onClick={onOpen} w="100%" aria-pressed={selected}>
      <Paper withBorder p="xs" radius="sm" bg={selected ? 'blue.0' : undefined}>
        <Text fw={600} size="sm" truncate="end">
          {t('evidence.item', { kind: t(`evidence.kinds.${item.kind}`), source: item.source || t('evidence.untitled') })}
        </Text>
        <Text size="xs" c="dark.5" truncate="end">
          {[
            item.criteria.join(', '),
            item.date ? formatDate(item.date) : null,
            item.attachments.length ? `📎 ${item.attachments.length}` : null,
            item.note,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
