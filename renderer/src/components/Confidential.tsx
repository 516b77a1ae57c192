import { Badge, Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown next to anything marked confidential: it stays in the record but never leaves it. */
export function ConfidentialBadge({ confidential }: { confidential?: boolean }) {
  const { t } = useTranslation('common');
  if (!confidential) return null;
  return (
    <Badge size="xs" color="grape" variant="light" title={t('confidential.hint')}>
      {t('confidential.badge')}
    </Badge>
  );
}

/** The confidential mark as a keyboard-reachable checkbox on a capture form. */
export function ConfidentialCheckbox({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation('common');
  // The label says what the mark does; the longer hint is a tooltip (dimmed description text fails contrast).
  return (
    <Checkbox
      size="xs"
      label={t('confidential.mark')}
      title={t('confidential.hint')}
      checked={checked}
      onChange={(e) => onChange(e.currentTarget.checked)}
    />
  );
}
