import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RagStatus } from '../../../../shared/domain/action';

const colours: Record<RagStatus, string> = { red: 'red', amber: 'yellow', green: 'green', done: 'gray' };

/** The status in words as well as colour, so it never depends on colour alone. */
export function RagBadge({ status }: { status: RagStatus }) {
  const { t } = useTranslation('actions');
  return (
    <Badge color={colours[status]} variant="light" styles={{ label: { color: 'var(--mantine-color-dark-7)', textTransform: 'none' } }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
