import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function OverviewPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.overview')} />
      <EmptyState title={t('empty.overview.title')} body={t('empty.overview.body')} />
    </>
  );
}
