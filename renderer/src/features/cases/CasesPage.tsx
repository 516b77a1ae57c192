import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function CasesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.cases')} />
      <EmptyState title={t('empty.cases.title')} body={t('empty.cases.body')} />
    </>
  );
}
