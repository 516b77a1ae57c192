import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { PageHeader } from '../../components/PageHeader';
import { ActionTracker } from './ActionTracker';
import { IssueLog } from './IssueLog';

/** Actions & issues: two tabs, each with its own address so search results can open either. */
export function ActionsPage() {
  const { t } = useTranslation('actions');
  const [location, navigate] = useLocation();
  const tab = location.startsWith('/actions/issues') ? 'issues' : 'actions';
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Tabs value={tab} onChange={(value) => navigate(value === 'issues' ? '/actions/issues' : '/actions')} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="actions">{t('tabs.actions')}</Tabs.Tab>
          <Tabs.Tab value="issues">{t('tabs.issues')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="actions">
          <ActionTracker />
        </Tabs.Panel>
        <Tabs.Panel value="issues">
          <IssueLog />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
