import { Grid, Group, Stack, Switch, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { change, useCase, useFramework } from './case-store';
import { CriterionCard } from './CriterionCard';
import { EvidencePanel } from './EvidencePanel';
import { InterviewLog } from './InterviewLog';
import { VisitDatesField } from './VisitDatesField';

/** Stage 4: visit dates, assessors, community recognition, the 6 criteria, evidence and interviews. */
export function AssessmentPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const assessment = useCase((s) => s.record?.assessment);
  const framework = useFramework();
  if (!assessment) return null;
  const save = (patch: Parameters<typeof api.cases.updateAssessment>[0]['patch']) => change(api.cases.updateAssessment({ caseId, patch }));
  const lines = (v: string) =>
    v
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
  const community = assessment.communityRecognised === null ? '' : assessment.communityRecognised ? 'yes' : 'no';
  return (
    <Stack gap="lg">
      <Title order={3}>{t('assessment.heading')}</Title>
      <Group grow align="flex-start">
        <VisitDatesField dates={assessment.visitDates} save={(visitDates) => save({ visitDates })} />
        <AutosaveField
          label={t('assessment.assessors')}
          multiline
          minRows={2}
          value={assessment.assessors.join('\n')}
          save={(v) => save({ assessors: lines(v) })}
        />
      </Group>
      <Group grow align="flex-start">
        <SavedSelect
          label={t('assessment.communityRecognised')}
          value={community}
          data={(['', 'yes', 'no'] as const).map((v) => ({ value: v, label: t(`assessment.yesNo.${v}`) }))}
          save={(v) => save({ communityRecognised: v === '' ? null : v === 'yes' })}
        />
        <AutosaveField
          label={t('assessment.communityNote')}
          multiline
          minRows={1}
          value={assessment.communityNote}
          save={(v) => save({ communityNote: v })}
        />
      </Group>
      <Switch
        label={t('reportPrivacy.namePeople')}
        description={t('reportPrivacy.namePeopleHint')}
        checked={assessment.namePeopleInReport}
        onChange={(e) => void save({ namePeopleInReport: e.currentTarget.checked })}
      />
      <Title order={3} size="h4">
        {t('assessment.criteria')}
      </Title>
      <Grid>
        {framework.criteria.map((c) => (
          <Grid.Col key={c.id} span={{ base: 12, lg: 6 }}>
            <CriterionCard
              caseId={caseId}
              criterion={c}
              assessment={assessment.criteria[c.id]}
              evidenceCount={assessment.evidence.filter((e) => e.criteria.includes(c.id)).length}
              interviewCount={assessment.interviews.filter((i) => i.criteria.includes(c.id)).length}
            />
          </Grid.Col>
        ))}
      </Grid>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <EvidencePanel caseId={caseId} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <InterviewLog caseId={caseId} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
