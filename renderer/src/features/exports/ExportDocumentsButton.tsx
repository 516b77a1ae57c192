import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

/** "Export documents" on a case or workshop: the Documents screen showing only that record's documents. */
export function ExportDocumentsButton({ recordIds }: { recordIds: string[] }) {
  const { t } = useTranslation('exports');
  return (
    <Button variant="default" component={Link} href={`/documents/for/${recordIds.join(',')}`}>
      {t('documents.exportDocuments')}
    </Button>
  );
}
