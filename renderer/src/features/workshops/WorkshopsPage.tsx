import { Anchor, Badge, Button, Table } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { WorkshopSummary } from '../../../../shared/domain/workshop';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { useOrganisations } from '../organisations/organisations-store';
import { CreateWorkshopModal } from './CreateWorkshopModal';
import { TemplatesSection } from './TemplatesSection';
import { strong } from './styles';
import { formatDate } from '../../i18n/format';
import { localiseTemplateName } from '../../../../shared/i18n/domain/localise';

/** Every workshop, newest first, and the way to plan a new one from a template. */
export function WorkshopsPage() {
  const { t, i18n } = useTranslation('workshops');
  const [items, setItems] = useState<WorkshopSummary[] | null>(null);
  const [creating, setCreating] = useState(false);
  const organisations = useOrganisations();
  const loadOrganisations = organisations.load;

  useEffect(() => {
    void loadOrganisations();
    void api.workshops.list().then((result) => setItems(result.ok ? result.data : []));
  }, [loadOrganisations]);

  const orgName = (id: string | null) => organisations.items.find((o) => o.id === id)?.name ?? t('noOrganisation');

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={<Button onClick={() => setCreating(true)}>{t('add')}</Button>} />
      {items?.length === 0 && <EmptyState title={t('empty.title')} body={t('empty.body')} />}
      {items && items.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
          <Table.Caption className="visually-hidden">{t('table.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.title')}</Table.Th>
              <Table.Th scope="col">{t('table.date')}</Table.Th>
              <Table.Th scope="col">{t('table.organisation')}</Table.Th>
              <Table.Th scope="col">{t('table.template')}</Table.Th>
              <Table.Th scope="col">{t('table.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((w) => (
              <Table.Tr key={w.id}>
                <Table.Th scope="row">
                  <Anchor component={Link} href={`/workshops/${w.id}`} fw={600}>
                    {w.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  {formatDate(w.date)} {w.startTime}
                </Table.Td>
                <Table.Td>{orgName(w.organisationId)}</Table.Td>
                <Table.Td>{localiseTemplateName(w.templateName, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge color={w.status === 'complete' ? strong.green : strong.grey} variant="filled">
                    {t(`status.${w.status}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <TemplatesSection />
      {creating && <CreateWorkshopModal onClose={() => setCreating(false)} />}
    </>
  );
}
