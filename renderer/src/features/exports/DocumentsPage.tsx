import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { parseMapDocumentId } from '../../../../shared/domain/heat-map';
import type { Exportable } from '../../../../shared/ipc/contracts/exports';
import { PageHeader } from '../../components/PageHeader';
import { ExportModal } from './ExportModal';
import { useExports } from './exports-store';
import { IdentityPanel } from './IdentityPanel';
import { documentSubject, documentTitle } from './document-label';

/** Every document Casebook can export, and the signing identity that signs them. */
export function DocumentsPage() {
  const { t } = useTranslation('exports');
  const { documents: all, load } = useExports();
  // `/documents/for/<id>,<id>`: the case or workshop screens link here for their own documents.
  const { ids } = useParams<{ ids?: string }>();
  const only = ids ? ids.split(',') : null;
  // The overview links to the map it shows (any region and sector): offered even when not listed.
  const maps: Exportable[] = (only ?? [])
    .filter((id) => parseMapDocumentId(id) && !all.some((d) => d.id === id))
    .map((id) => ({ kind: 'regional-map', id, title: 'Regional map', subject: '', date: null }));
  const documents = only ? [...all.filter((d) => only.includes(d.id)), ...maps] : all;
  const [exporting, setExporting] = useState<Exportable | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader title={t('documents.title')} intro={t('documents.intro')} />
      <Stack gap="lg" maw={980}>
        <IdentityPanel />
        <section aria-labelledby="documents-heading">
          <Title order={3} id="documents-heading" mb="xs">
            {t('documents.listHeading')}
          </Title>
          {only && (
            <Group gap="sm" mb="sm">
              <Text size="sm">{documents.length > 0 ? t('documents.filtered') : t('documents.noneForRecord')}</Text>
              <Anchor component={Link} href="/documents" size="sm" c="blue.8">
                {t('documents.showAll')}
              </Anchor>
            </Group>
          )}
          {documents.some((d) => d.id === 'sample') && (
            <Text size="sm" c="dark.4" mb="sm">
              {t('documents.samplesNote')}
            </Text>
          )}
          <Table striped verticalSpacing="sm" captionSide="top">
            <Table.Caption className="visually-hidden">{t('documents.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('documents.document')}</Table.Th>
                <Table.Th scope="col">{t('documents.about')}</Table.Th>
                <Table.Th scope="col">{t('documents.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((doc) => (
                <Table.Tr key={`${doc.kind}:${doc.id}`}>
                  <Table.Th scope="row" fw={600}>
                    {documentTitle(doc)}
                  </Table.Th>
                  <Table.Td>{documentSubject(doc)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      aria-label={t('documents.previewAndSignLabel', { title: documentTitle(doc), subject: documentSubject(doc) })}
                      onClick={() => setExporting(doc)}
                    >
                      {t('documents.previewAndSign')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      </Stack>
      {exporting && <ExportModal document={exporting} onClose={() => setExporting(null)} />}
    </>
  );
}
