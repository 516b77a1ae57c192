import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function LibraryPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.library')} />
      <EmptyState title={t('empty.library.title')} body={t('empty.library.body')} />
    </>
  );
}
