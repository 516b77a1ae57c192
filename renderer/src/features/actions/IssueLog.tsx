import { Button, Checkbox, Group, NativeSelect } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { useOrganisations } from '../organisations/organisations-store';
import { IssueDetailModal } from './IssueDetailModal';
import { IssuesTable } from './IssuesTable';
import { RaiseIssueModal } from './RaiseIssueModal';
import { RefusedNotes } from './RefusedNotes';
import { useIssues } from './issues-store';

/** The issue-resolution log (seed 000) and the notes kept from refused disputes. */
export function IssueLog() {
  const { t } = useTranslation('actions');
  const { issues, notes, loaded, load, raise, change } = useIssues();
  const organisations = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const [dialog, setDialog] = useState<{ kind: 'raise' } | { kind: 'open'; id: string } | null>(null);

  useEffect(() => {
    void load();
    void organisations.load();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- load once on entry
  }, [load]);

  const nameOf = (id: string) => organisations.items.find((o) => o.id === id)?.name ?? t('unknownOrganisation');
  const shown = issues.filter((i) => (!organisationId || i.organisationId === organisationId) && (showResolved || !i.resolvedOn));
  const open = dialog?.kind === 'open' ? issues.find((i) => i.id === dialog.id) : undefined;

  return (
    <>
      <Group justify="space-between" align="flex-end" mb="md">
        <Group align="flex-end">
          <NativeSelect
            label={t('issues.filters.organisation')}
            value={organisationId}
            data={[{ value: '', label: t('filters.anyOrganisation') }, ...organisations.items.map((o) => ({ value: o.id, label: o.name }))]}
            onChange={(e) => setOrganisationId(e.currentTarget.value)}
            w={240}
          />
          <Checkbox
            label={t('issues.filters.showResolved')}
            checked={showResolved}
            onChange={(e) => setShowResolved(e.currentTarget.checked)}
            mb={8}
          />
        </Group>
        <Button onClick={() => setDialog({ kind: 'raise' })}>{t('issues.raise')}</Button>
      </Group>
      {loaded && issues.length === 0 && <EmptyState title={t('issues.empty.title')} body={t('issues.empty.body')} />}
      {shown.length > 0 && (
        <IssuesTable issues={shown} organisationName={nameOf} onOpen={(issue) => setDialog({ kind: 'open', id: issue.id })} />
      )}
      <RefusedNotes notes={organisationId ? notes.filter((n) => n.organisationId === organisationId) : notes} organisationName={nameOf} />
      {dialog?.kind === 'raise' && (
        <RaiseIssueModal
          organisations={organisations.items}
          onSubmit={raise}
          onLogged={() => notifications.show({ message: t('issues.logged'), color: 'green' })}
          onClose={() => setDialog(null)}
        />
      )}
      {open && (
        <IssueDetailModal
          key={open.id}
          issue={open}
          organisationName={nameOf(open.organisationId)}
          change={change}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
