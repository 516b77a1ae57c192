import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeadlineState } from '../../../../shared/domain/case-rules';
import { formatDate } from './format';

const colours: Partial<Record<DeadlineState, string>> = { due_soon: 'yellow', overdue: 'red', received_late: 'orange' };

/** "Action plan due 3 Dec 2026", with a Due soon / Overdue badge that does not rely on colour alone. */
export function DeadlineText({ state, due, daysLeft }: { state: DeadlineState; due: string | null; daysLeft: number | null }) {
  const { t } = useTranslation('cases');
  const badge = state === 'due_soon' || state === 'overdue' || state === 'received_late' ? state : null;
  return (
    <Group gap={6} wrap="nowrap">
      {badge && (
        <Badge
          color={colours[badge]}
          variant="light"
          style={{ flexShrink: 0 }}
          styles={{ label: { color: 'var(--mantine-color-dark-8)' } }}
        >
          {t(`deadlineBadge.${badge}`)}
        </Badge>
      )}
      <Text size="sm">{t(`deadline.${state}`, { date: due ? formatDate(due) : '', count: Math.abs(daysLeft ?? 0) })}</Text>
    </Group>
  );
}
