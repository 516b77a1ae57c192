import { Alert, Anchor, Button, Group, Stack, Tabs } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { caseStages, type CaseStage } from '../../../../shared/domain/case';
import { stageOf } from '../../../../shared/domain/case-rules';
import { PageHeader } from '../../components/PageHeader';
import { ExportDocumentsButton } from '../exports/ExportDocumentsButton';
import { ShareButton } from '../sync/ShareButton';
import { api } from '../../lib/api';
import { ActionPlanPanel } from './ActionPlanPanel';
import { AssessmentPanel } from './AssessmentPanel';
import { AutosaveField } from './AutosaveField';
import { change, loadCase, useCase } from './case-store';
import { HistoryPanel } from './HistoryPanel';
import { NotifyPanel } from './NotifyPanel';
import { RecommendationPanel } from './RecommendationPanel';
import { SignUpPanel } from './SignUpPanel';
import { StageTracker } from './StageTracker';
import { notify } from './notify';

type Section = CaseStage | 'recommendation' | 'history';
const sections: readonly Section[] = [...caseStages, 'recommendation', 'history'];

/** One case: the stage tracker, a tab per stage, the recommendation and the history. */
export function CaseScreen() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams<{ id: string }>();
  const record = useCase((s) => (s.record?.id === id ? s.record : null));
  const error = useCase((s) => s.error);
  const [section, setSection] = useState<Section | null>(null);

  useEffect(() => {
    setSection(null);
    void loadCase(id);
  }, [id]);

  // Open on the current stage once, then stay put: a saved date must not move the person away.
  const loadedStage = record ? stageOf(record) : null;
  useEffect(() => {
    if (loadedStage) setSection((current) => current ?? loadedStage);
  }, [loadedStage]);

  if (!record) {
    return error ? (
      <Alert color="red" role="alert" title={t('screen.notFound')}>
        {error}
      </Alert>
    ) : null;
  }
  const active = section ?? stageOf(record);

  const exportCase = async () => {
    const result = await api.cases.export({ id });
    if (!result.ok) notify(result.error.message, 'error');
    else if (result.data) notify(t('screen.exported', { path: result.data.path }));
  };

  const actions = (
    <>
      <Button variant="default" onClick={() => void exportCase()}>
        {t('screen.export')}
      </Button>
      <ExportDocumentsButton recordIds={[id, record.organisationId]} />
      <ShareButton kind="case" id={id} />
      <Button component={Link} href={`/cases/${id}/visit`}>
        {t('screen.siteVisit')}
      </Button>
    </>
  );

  return (
    <Stack gap="md">
      <Anchor component={Link} href="/cases" size="sm" c="blue.8">
        ← {t('screen.back')}
      </Anchor>
      <PageHeader title={record.organisationName} actions={actions} />
      <Group align="flex-end">
        <AutosaveField
          label={t('screen.assessor')}
          value={record.assessor}
          save={(v) => change(api.cases.updateAssessor({ caseId: id, assessor: v }))}
        />
      </Group>
      <StageTracker record={record} onOpen={setSection} />
      <Tabs value={active} onChange={(v) => setSection(sections.find((x) => x === v) ?? null)} keepMounted={false}>
        <Tabs.List aria-label={t('screen.tabs')}>
          <Tabs.Tab value="notify">{t('stages.notify')}</Tabs.Tab>
          <Tabs.Tab value="sign_up">{t('stages.sign_up')}</Tabs.Tab>
          <Tabs.Tab value="action_plan">{t('stages.action_plan')}</Tabs.Tab>
          <Tabs.Tab value="assessment">{t('stages.assessment')}</Tabs.Tab>
          <Tabs.Tab value="recommendation">{t('screen.recommendation')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('screen.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="notify" pt="md">
          <NotifyPanel caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="sign_up" pt="md">
          <SignUpPanel caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="action_plan" pt="md">
          <ActionPlanPanel caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="assessment" pt="md">
          <AssessmentPanel caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="recommendation" pt="md">
          <RecommendationPanel caseId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel caseId={id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
