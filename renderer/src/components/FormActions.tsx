import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The Cancel and Save pair at the foot of every form; Save submits the form. */
export function FormActions({
  onCancel,
  busy = false,
  justify = 'flex-end',
}: {
  onCancel: () => void;
  busy?: boolean;
  justify?: 'flex-end' | 'flex-start';
}) {
  const { t } = useTranslation();
  return (
    <Group justify={justify}>
      <Button variant="default" onClick={onCancel}>
        {t('common:actions.cancel')}
      </Button>
      <Button type="submit" loading={busy}>
        {t('common:actions.save')}
      </Button>
    </Group>
  );
}
