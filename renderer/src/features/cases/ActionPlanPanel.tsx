import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { actionPlanDeadline } from '../../../../shared/domain/case-rules';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { change, useCase, useFramework } from './case-store';
import { DeadlineText } from './DeadlineText';
import { formatDate, todayIso } from './format';
import { PlanActions } from './PlanActions';
import { RequirementRow } from './RequirementRow';

/** Stage 3: when it came in, what it contains, the 9 requirements and the plan's actions. */
export function ActionPlanPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const plan = useCase((s) => s.record?.actionPlan);
  const record = useCase((s) => s.record);
  const framework = useFramework();
  if (!plan || !record) return null;
  const deadline = actionPlanDeadline(record, framework, todayIso());
  const save = (patch: Parameters<typeof api.cases.updateActionPlan>[0]['patch']) => change(api.cases.updateActionPlan({ caseId, patch }));
  const met = Object.values(plan.requirements).filter((r) => r.status === 'met').length;
  return (
    <Stack gap="md" maw={1000}>
      <Group justify="space-between">
        <Title order={3}>{t('actionPlan.heading')}</Title>
        {deadline.due && (
          <Stack gap={2} align="flex-end">
            <Text fw={600}>{t('actionPlan.due', { date: formatDate(deadline.due) })}</Text>
            <DeadlineText state={deadline.state} due={deadline.due} daysLeft={deadline.daysLeft} />
          </Stack>
        )}
      </Group>
      <AutosaveField
        label={t('actionPlan.receivedDate')}
        type="date"
        value={plan.receivedDate ?? ''}
        save={(v) => save({ receivedDate: v || null })}
      />
      <AutosaveField
        label={t('actionPlan.analysisOfNeed')}
        multiline
        value={plan.analysisOfNeed}
        save={(v) => save({ analysisOfNeed: v })}
      />
      <Group grow align="flex-start">
        <AutosaveField
          label={t('actionPlan.steeringGroup')}
          multiline
          minRows={2}
          value={plan.steeringGroup}
          save={(v) => save({ steeringGroup: v })}
        />
        <AutosaveField
          label={t('actionPlan.unionRepresentation')}
          multiline
          minRows={2}
          value={plan.unionRepresentation}
          save={(v) => save({ unionRepresentation: v })}
        />
      </Group>
      <Group justify="space-between" mt="sm">
        <Title order={4}>{t('actionPlan.requirements')}</Title>
        <Text fw={600} role="status">
          {t('actionPlan.metCount', { count: met })}
        </Text>
      </Group>
      <Text c="dark.5" size="sm">
        {t('actionPlan.requirementsIntro')}
      </Text>
      <Stack component="ol" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {framework.requirements.map((r) => (
          <RequirementRow key={r.id} caseId={caseId} requirement={r} check={plan.requirements[r.id]} />
        ))}
      </Stack>
      <PlanActions caseId={caseId} actions={plan.actions} />
    </Stack>
  );
}
