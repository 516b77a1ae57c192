import { Alert, Anchor, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../i18n/format';
import { useRead, useWrite } from '../../lib/query';
import { notify } from '../cases/notify';
import { useSync } from './sync-store';

/**
 * Cases shared with you: the cases co-assessors shared in the region whose database this person
 * may open (the server's per-database security decides), and joining one. How many other shared
 * cases there are is said, never their names.
 */
export function SharedCasesScreen() {
  const { t } = useTranslation('sync');
  const settings = useSync((s) => s.settings);
  const joined = settings !== null;
  const { data, error, isFetching, refetch } = useRead('sync:sharedCases');
  const joinCase = useWrite('sync:joinCase');
  const [joining, setJoining] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [, navigate] = useLocation();

  const join = async (id: string, organisation: string) => {
    setFailure(null);
    setJoining(id);
    const result = await joinCase({ id });
    setJoining(null);
    if (!result.ok) return setFailure(result.error.message);
    notify(t('join.done', { organisation }));
    navigate(`/cases/${id}`);
  };

  const refresh = (
    <Button variant="default" loading={isFetching} onClick={() => void refetch()} disabled={!joined}>
      {t('join.refresh')}
    </Button>
  );

  return (
    <>
      <PageHeader title={t('join.title')} intro={t('join.intro')} actions={refresh} />
      {!joined && settings !== undefined && (
        <Text c="dark.4">
          {t('share.notJoined')}{' '}
          <Anchor component={Link} href="/settings">
            {t('join.toSettings')}
          </Anchor>
        </Text>
      )}
      {joined && error && (
        <Alert color="red" role="alert" mb="md">
          {error.message}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" mb="md">
          {failure}
        </Alert>
      )}
      {joined && data && data.cases.length === 0 && (
        <Text c="dark.4" mb="md">
          {t('join.none')}
        </Text>
      )}
      {joined && data && data.cases.length > 0 && (
        <Table striped aria-label={t('join.table')} mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('join.organisation')}</Table.Th>
              <Table.Th>{t('join.sharedBy')}</Table.Th>
              <Table.Th>{t('join.sharedAt')}</Table.Th>
              <Table.Th>{t('join.action')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.cases.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.organisationName}</Table.Td>
                <Table.Td>{c.sharedBy}</Table.Td>
                <Table.Td>{formatDateTime(c.sharedAt)}</Table.Td>
                <Table.Td>
                  {c.here ? (
                    <Anchor component={Link} href={`/cases/${c.id}`}>
                      {t('join.here', { organisation: c.organisationName })}
                    </Anchor>
                  ) : (
                    <Button
                      size="xs"
                      loading={joining === c.id}
                      aria-label={t('join.joinOne', { organisation: c.organisationName })}
                      onClick={() => void join(c.id, c.organisationName)}
                    >
                      {t('join.join')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {joined && data && data.noAccess > 0 && (
        <Text size="sm" c="dark.4">
          {t('join.noAccess', { count: data.noAccess })}
        </Text>
      )}
    </>
  );
}
