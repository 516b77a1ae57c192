import { Alert, Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { localIsoDate } from '../../../../shared/domain/actions-rules';
import type { OrganisationPageData } from '../../../../shared/ipc/contracts/overview';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { ActionDetailModal } from '../actions/ActionDetailModal';
import { ActionsTable } from '../actions/ActionsTable';
import { refOf } from '../actions/actions-store';
import { formatDate } from '../actions/format';
import { IssueDetailModal } from '../actions/IssueDetailModal';
import { IssuesTable } from '../actions/IssuesTable';
import { RefusedNotes } from '../actions/RefusedNotes';
import { TextBadge } from '../actions/TextBadge';

/** One organisation: its cases, workshops, actions (as stored at their sources), issues and case studies. */
export function OrganisationPage() {
  const params = useParams<{ id: string }>();
  const { t } = useTranslation('overview');
  const [data, setData] = useState<OrganisationPageData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [openIssueId, setOpenIssueId] = useState<string | null>(null);
  const today = localIsoDate(new Date());

  const load = useCallback(async () => {
    const result = await api.overview.organisation({ id: params.id });
    if (result.ok) setData(result.data);
    else setError(result.error.message);
  }, [params.id]);

  useEffect(() => {
    void load();
  }, [load]);

  if (error) {
    return (
      <Alert color="red" role="alert" title={t('notFound')}>
        <Anchor component={Link} href="/overview">
          {t('org.back')}
        </Anchor>
      </Alert>
    );
  }
  if (!data) return null;
  const { organisation, row } = data;
  const open = data.actions.find((a) => `${a.source.kind}:${a.source.id}:${a.action.id}` === openKey);
  const openIssue = data.issues.find((i) => i.id === openIssueId);
  const issues = row.openIssues.local + row.openIssues.regional + row.openIssues.national;

  return (
    <>
      <Anchor component={Link} href="/overview" size="sm">
        ← {t('org.back')}
      </Anchor>
      <PageHeader
        title={organisation.name}
        intro={[t(`organisations:types.${organisation.type}`), t(`common:regions.${organisation.region}`)].join(' · ')}
      />
      <Group gap="sm" mb="lg">
        <TextBadge size="lg">{t('org.summary', row)}</TextBadge>
        <TextBadge size="lg" color="orange">
          {issues === 0 ? `${t('table.openIssues')}: ${t('noIssues')}` : `${t('table.openIssues')}: ${t('issuesByLevel', row.openIssues)}`}
        </TextBadge>
      </Group>
      <Stack gap="xl">
        <section aria-labelledby="org-records">
          <Title order={3} id="org-records" mb="sm">
            {t('org.records')}
          </Title>
          {data.records.length === 0 ? (
            <Text c="dark.4">{t('org.noRecords')}</Text>
          ) : (
            <List>
              {data.records.map((r) => (
                <List.Item key={`${r.kind}:${r.id}`}>
                  <Anchor component={Link} href={r.route}>
                    {r.label}
                  </Anchor>
                  {[r.status, r.date && formatDate(r.date)].filter(Boolean).map((x) => ` · ${x}`)}
                </List.Item>
              ))}
            </List>
          )}
        </section>
        <section aria-labelledby="org-actions">
          <Title order={3} id="org-actions" mb="sm">
            {t('org.actions')}
          </Title>
          {data.actions.length === 0 ? (
            <Text c="dark.4">{t('org.noActions')}</Text>
          ) : (
            <ActionsTable
              items={data.actions}
              today={today}
              showSource={data.actions.some((a) => a.source.kind !== 'standalone')}
              onOpen={(a) => setOpenKey(`${a.source.kind}:${a.source.id}:${a.action.id}`)}
            />
          )}
        </section>
        <section aria-labelledby="org-issues">
          <Title order={3} id="org-issues" mb="sm">
            {t('org.issues')}
          </Title>
          {data.issues.length === 0 ? (
            <Text c="dark.4">{t('org.noIssues')}</Text>
          ) : (
            <IssuesTable issues={data.issues} onOpen={(issue) => setOpenIssueId(issue.id)} />
          )}
          <RefusedNotes notes={data.notes} heading="h4" />
        </section>
        <section aria-labelledby="org-library">
          <Title order={3} id="org-library" mb="sm">
            {t('org.caseStudies')}
          </Title>
          {data.caseStudies.length === 0 ? (
            <Text c="dark.4">{t('org.noCaseStudies')}</Text>
          ) : (
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              {data.caseStudies.map((s) => (
                <Paper key={s.id} withBorder p="md">
                  <Anchor component={Link} href={`/library/${s.id}`} fw={600}>
                    {s.title}
                  </Anchor>
                  <Text size="sm" lineClamp={3}>
                    {s.summary}
                  </Text>
                </Paper>
              ))}
            </SimpleGrid>
          )}
        </section>
      </Stack>
      {open && (
        <ActionDetailModal
          item={open}
          onSave={async (change) => {
            const result = await api.actions.update({ ...refOf(open), change });
            if (!result.ok) return result.error;
            notifications.show({ message: t('actions:updated'), color: 'green' });
            await load();
            return null;
          }}
          onClose={() => setOpenKey(null)}
        />
      )}
      {openIssue && (
        <IssueDetailModal
          key={openIssue.id}
          issue={openIssue}
          organisationName={organisation.name}
          change={async (run) => {
            const result = await run();
            if (!result.ok) return result.error;
            await load();
            return null;
          }}
          onClose={() => setOpenIssueId(null)}
        />
      )}
    </>
  );
}
