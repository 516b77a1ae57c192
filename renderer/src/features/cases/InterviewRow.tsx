import { Paper, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../../../shared/domain/case';
import { ConfidentialBadge } from '../../components/Confidential';
import { formatDateTime } from './format';

/** One line of the interview log: time, who, group, linked criteria, the start of the notes. */
export function InterviewRow({ interview, selected, onOpen }: { interview: Interview; selected: boolean; onOpen: () => void }) {
  const { t } = useTranslation('cases');
  return (
    <UnstyledButton onClick={onOpen} w="100%" aria-pressed={selected}>
      <Paper withBorder p="xs" radius="sm" bg={selected ? 'blue.0' : undefined}>
        <Text fw={600} size="sm" truncate="end">
          {formatDateTime(interview.at)} · {interview.name || t('interviews.unnamed')}
          {interview.group ? ` · ${t(`interviews.groups.${interview.group}`)}` : ''}{' '}
          <ConfidentialBadge confidential={interview.confidential} />
        </Text>
        <Text size="xs" c="dark.5" truncate="end">
          {[interview.criteria.join(', '), interview.notes].filter(Boolean).join(' · ')}
        </Text>
      </Paper>
    </UnstyledButton>
  );
}
