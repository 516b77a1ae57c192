import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useCaseList } from './case-store';

/** Fills the workspace with three fictional authorities at different stages. */
export function DemoButton({ variant = 'default' }: { variant?: 'default' | 'filled' }) {
  const { t } = useTranslation('cases');
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    const result = await api.demo.load();
    setBusy(false);
    if (!result.ok) {
      notifications.show({ message: result.error.message, color: 'red' });
      return;
    }
    notifications.show({ message: t('demoLoaded', { cases: result.data.cases }), color: 'green' });
    await useCaseList.getState().load();
  };
  return (
    <Button variant={variant} loading={busy} onClick={() => void load()} w="fit-content">
      {t('loadDemo')}
    </Button>
  );
}
