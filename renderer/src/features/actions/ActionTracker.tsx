import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterActions,
  localIsoDate,
  sortByDueDate,
  type ActionFilters as Filters,
  type SourcedAction,
} from '../../../../shared/domain/actions-rules';
import { ConfirmModal } from '../../components/ConfirmModal';
import { EmptyState } from '../../components/EmptyState';
import { useOrganisations } from '../organisations/organisations-store';
import { ActionDetailModal } from './ActionDetailModal';
import { ActionFilters } from './ActionFilters';
import { ActionFormModal } from './ActionFormModal';
import { ActionsTable } from './ActionsTable';
import { refOf, useActions } from './actions-store';

type Dialog = { kind: 'create' } | { kind: 'open'; key: string } | { kind: 'delete'; item: SourcedAction } | null;
const keyOf = (s: SourcedAction) => `${s.source.kind}:${s.source.id}:${s.action.id}`;

/** Every action in one list: filter, sort by due date, open to update at its source. */
export function ActionTracker() {
  const { t } = useTranslation('actions');
  const { items, loaded, load, create, update, remove } = useActions();
  const organisations = useOrganisations();
  const [filters, setFilters] = useState<Filters>({});
  const [direction, setDirection] = useState<'asc' | 'desc'>('asc');
  const [dialog, setDialog] = useState<Dialog>(null);
  const today = localIsoDate(new Date());

  useEffect(() => {
    void load();
    void organisations.load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on entry
  }, [load]);

  const shown = useMemo(() => sortByDueDate(filterActions(items, filters, today), direction), [items, filters, today, direction]);
  const open = dialog?.kind === 'open' ? items.find((i) => keyOf(i) === dialog.key) : undefined;

  return (
    <>
      <Group justify="flex-end" mb="md">
        <Button onClick={() => setDialog({ kind: 'create' })}>{t('add')}</Button>
      </Group>
      {loaded && items.length === 0 && <EmptyState title={t('empty.title')} body={t('empty.body')} />}
      {items.length > 0 && (
        <>
          <ActionFilters
            filters={filters}
            direction={direction}
            organisations={organisations.items}
            shown={shown.length}
            onChange={setFilters}
            onDirection={setDirection}
          />
          {shown.length === 0 ? (
            <Text c="dark.4">{t('noMatch')}</Text>
          ) : (
            <ActionsTable items={shown} today={today} onOpen={(item) => setDialog({ kind: 'open', key: keyOf(item) })} />
          )}
        </>
      )}
      {dialog?.kind === 'create' && (
        <ActionFormModal
          organisations={organisations.items}
          onSubmit={async (draft) => {
            const error = await create(draft);
            if (!error) notifications.show({ message: t('created'), color: 'green' });
            return error;
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {open && (
        <ActionDetailModal
          item={open}
          onSave={async (change) => {
            const error = await update(refOf(open), change);
            if (!error) notifications.show({ message: t('updated'), color: 'green' });
            return error;
          }}
          onDelete={open.source.kind === 'standalone' ? () => setDialog({ kind: 'delete', item: open }) : undefined}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmModal
          title={t('confirmDelete.title')}
          body={t('confirmDelete.body')}
          confirmLabel={t('confirmDelete.confirm')}
          onClose={() => setDialog(null)}
          onConfirm={async () => {
            const item = dialog.item;
            setDialog(null);
            const error = await remove(refOf(item));
            notifications.show(error ? { message: error.message, color: 'red' } : { message: t('deleted'), color: 'green' });
          }}
        />
      )}
    </>
  );
}
