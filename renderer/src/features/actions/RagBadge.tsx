import { useTranslation } from 'react-i18next';
import type { RagStatus } from '../../../../shared/domain/action';
import { TextBadge } from './TextBadge';

const colours: Record<RagStatus, string> = { red: 'red', amber: 'yellow', green: 'green', done: 'gray' };

/** The status in words as well as colour, so it never depends on colour alone. */
export function RagBadge({ status }: { status: RagStatus }) {
  const { t } = useTranslation('actions');
  return <TextBadge color={colours[status]}>{t(`status.${status}`)}</TextBadge>;
}
