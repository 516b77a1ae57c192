import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function WorkshopsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.workshops')} />
      <EmptyState title={t('empty.workshops.title')} body={t('empty.workshops.body')} />
    </>
  );
}
