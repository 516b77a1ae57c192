import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ActionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.actions')} />
      <EmptyState title={t('empty.actions.title')} body={t('empty.actions.body')} />
    </>
  );
}
