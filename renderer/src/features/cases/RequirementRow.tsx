import { Checkbox, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { requirementStatuses, type RequirementCheck } from '../../../../shared/domain/case';
import type { Framework } from '../../../../shared/frameworks';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { change } from './case-store';
import { oneOf } from './format';

type Requirement = Framework['requirements'][number];

/** One of the 9 things the action plan must do: its status, a note (a question for the visit if flagged) and evidence. */
export function RequirementRow({ caseId, requirement, check }: { caseId: string; requirement: Requirement; check: RequirementCheck }) {
  const { t } = useTranslation('cases');
  const save = (patch: Parameters<typeof api.cases.updateRequirement>[0]['patch']) =>
    change(api.cases.updateRequirement({ caseId, requirementId: requirement.id, patch }));
  return (
    <Paper withBorder p="sm" radius="md" component="li">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <Text fw={700} w={32}>
          {requirement.id}
        </Text>
        <div style={{ flex: 1 }}>
          <Text fw={600} mb={6}>
            {requirement.text}
          </Text>
          <Group grow align="flex-start">
            <SavedSelect
              label={t('actionPlan.status', { id: requirement.id })}
              value={check.status}
              data={requirementStatuses.map((s) => ({ value: s, label: t(`actionPlan.statuses.${s}`) }))}
              save={(v) => save({ status: oneOf(requirementStatuses, v) ?? 'not_checked' })}
            />
            <div>
              <AutosaveField label={t('actionPlan.note', { id: requirement.id })} value={check.note} save={(v) => save({ note: v })} />
              <Checkbox
                mt={6}
                label={t('actionPlan.askAtVisit')}
                aria-label={t('actionPlan.askAtVisitOf', { id: requirement.id })}
                checked={check.askAtVisit ?? false}
                onChange={(e) => void save({ askAtVisit: e.currentTarget.checked })}
              />
            </div>
            <AutosaveField
              label={t('actionPlan.evidence', { id: requirement.id })}
              value={check.evidence}
              save={(v) => save({ evidence: v })}
            />
          </Group>
        </div>
      </Group>
    </Paper>
  );
}
