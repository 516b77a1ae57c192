import { Anchor, Button, Group, Table } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Organisation } from '../../../../shared/domain/organisation';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { OrganisationFormModal } from './OrganisationFormModal';
import { useOrganisations } from './organisations-store';

type Dialog = { kind: 'create' } | { kind: 'edit'; org: Organisation } | { kind: 'delete'; org: Organisation } | null;

const blankDraft = { name: '', type: 'local_authority', region: 'North East', contacts: [] } as const;

export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  const { items, loaded, load, create, update, remove } = useOrganisations();
  const [dialog, setDialog] = useState<Dialog>(null);

  useEffect(() => {
    void load();
  }, [load]);

  const addButton = <Button onClick={() => setDialog({ kind: 'create' })}>{t('add')}</Button>;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={addButton} />
      {loaded && items.length === 0 && <EmptyState title={t('empty.title')} body={t('empty.body')} />}
      {items.length > 0 && (
        <Table striped highlightOnHover verticalSpacing="sm" captionSide="top">
          <Table.Caption className="visually-hidden">{t('table.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('table.name')}</Table.Th>
              <Table.Th scope="col">{t('table.type')}</Table.Th>
              <Table.Th scope="col">{t('table.region')}</Table.Th>
              <Table.Th scope="col">{t('table.contacts')}</Table.Th>
              <Table.Th scope="col">{t('table.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((org) => (
              <Table.Tr key={org.id}>
                <Table.Th scope="row" fw={600}>
                  <Anchor component={Link} href={`/organisations/${org.id}`} fw={600}>
                    {org.name}
                  </Anchor>
                </Table.Th>
                <Table.Td>{t(`types.${org.type}`)}</Table.Td>
                <Table.Td>{t(`common:regions.${org.region}`)}</Table.Td>
                <Table.Td>{t('contactCount', { count: org.contacts.length })}</Table.Td>
                <Table.Td>
                  <Group gap="xs">
                    <Button
                      size="xs"
                      variant="default"
                      aria-label={t('edit', { name: org.name })}
                      onClick={() => setDialog({ kind: 'edit', org })}
                    >
                      {t('common:actions.edit')}
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('delete', { name: org.name })}
                      onClick={() => setDialog({ kind: 'delete', org })}
                    >
                      {t('common:actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {dialog?.kind === 'create' && (
        <OrganisationFormModal
          title={t('form.createTitle')}
          initial={{ ...blankDraft, contacts: [] }}
          onSubmit={async (draft) => {
            const error = await create(draft);
            if (!error) notifications.show({ message: t('created', { name: draft.name }), color: 'green' });
            return error;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'edit' && (
        <OrganisationFormModal
          title={t('form.editTitle', { name: dialog.org.name })}
          initial={dialog.org}
          onSubmit={(draft) => update(dialog.org.id, draft)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('confirmDelete.title', { name: dialog.org.name })}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const { name, id } = dialog.org;
            setDialog(null);
            const error = await remove(id);
            notifications.show(error ? { message: error.message, color: 'red' } : { message: t('deleted', { name }), color: 'green' });
          }}
        />
      )}
    </>
  );
}
