import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { reloadCaseList } from './case-store';
import { notify } from './notify';

/** Fills the workspace with four fictional authorities at different stages and two workshops. */
export function DemoButton({ variant = 'default' }: { variant?: 'default' | 'filled' }) {
  const { t } = useTranslation('cases');
  const [busy, setBusy] = useState(false);
  const load = async () => {
    setBusy(true);
    const result = await api.demo.load();
    setBusy(false);
    if (!result.ok) {
      notify(result.error.code === 'conflict' ? t('demoAlreadyLoaded') : result.error.message, 'error');
      return;
    }
    notify(t('demoLoaded', { cases: result.data.cases }));
    await reloadCaseList();
  };
  return (
    <Button variant={variant} loading={busy} onClick={() => void load()} w="fit-content">
      {t('loadDemo')}
    </Button>
  );
}
