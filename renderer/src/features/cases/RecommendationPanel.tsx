import { Alert, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { outcomes } from '../../../../shared/domain/case';
import { disagreesWithEligibility, eligibility } from '../../../../shared/domain/case-rules';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { applyCase, change, useCase, useFramework } from './case-store';
import { formatDateTime, oneOf } from './format';
import { notify } from './notify';

const JUSTIFICATION_ID = 'recommendation-justification';

/** Eligibility (derived), what is missing, and the assessor's recommendation with the justification rule. */
export function RecommendationPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('cases');
  const record = useCase((s) => s.record);
  const [refusal, setRefusal] = useState<string | null>(null);
  const framework = useFramework();
  if (!record) return null;
  const rec = record.recommendation;
  const elig = eligibility(record, framework);
  const disagrees = disagreesWithEligibility(rec.outcome, elig.eligible);
  const recorded = rec.recordedAt !== null;
  const save = (patch: Parameters<typeof api.cases.updateRecommendation>[0]['patch']) =>
    change(api.cases.updateRecommendation({ caseId, patch }));

  const record_ = async () => {
    const result = await api.cases.recordRecommendation({ caseId });
    if (applyCase(result)) {
      setRefusal(null);
      notify(t('recommendation.recordedToast'));
    } else if (!result.ok) {
      // A rule refused it (nothing was lost): say why beside the button, not as a failed save.
      setRefusal(result.error.message);
      document.getElementById(JUSTIFICATION_ID)?.focus();
    }
  };

  return (
    <Stack gap="md" maw={860}>
      <Title order={3}>{t('recommendation.heading')}</Title>
      <Alert color={elig.eligible ? 'green' : 'yellow'} role="status" styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}>
        <Text fw={600}>{elig.eligible ? t('recommendation.eligible') : t('recommendation.notEligible')}</Text>
        {!elig.eligible && (
          <List size="sm" mt={4}>
            {elig.missing.map((m) =>
              m.kind === 'criterion' ? (
                <List.Item key={m.id}>
                  {t('recommendation.missingCriterion', {
                    id: m.id,
                    title: framework.criteria.find((c) => c.id === m.id)?.title,
                    judgement: t(`criterion.judgements.${m.judgement}`).toLowerCase(),
                  })}
                </List.Item>
              ) : (
                <List.Item key={m.id}>
                  {t('recommendation.missingRequirement', {
                    id: m.id,
                    text: framework.requirements.find((r) => r.id === m.id)?.text,
                    status: t(`actionPlan.statuses.${m.status}`).toLowerCase(),
                  })}
                  {m.partlyMet && t('recommendation.partlyMetCounts')}
                </List.Item>
              ),
            )}
          </List>
        )}
      </Alert>
      <Group grow align="flex-start">
        <SavedSelect
          label={t('recommendation.outcome')}
          value={rec.outcome ?? ''}
          disabled={recorded}
          data={['', ...outcomes].map((o) => ({ value: o, label: t(`recommendation.outcomes.${o}`) }))}
          save={(v) => save({ outcome: oneOf(outcomes, v) })}
        />
        <AutosaveField
          label={t('recommendation.reassessmentDate')}
          type="date"
          value={rec.reassessmentDate ?? ''}
          save={(v) => save({ reassessmentDate: v || null })}
        />
      </Group>
      <AutosaveField
        label={t('recommendation.developmentPoints')}
        multiline
        value={rec.developmentPoints}
        save={(v) => save({ developmentPoints: v })}
      />
      {(disagrees || rec.justification) && (
        <>
          {disagrees && !rec.justification.trim() && (
            <Alert color="red" role="alert" styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}>
              {t('recommendation.justificationNeeded')}
            </Alert>
          )}
          <AutosaveField
            id={JUSTIFICATION_ID}
            label={t('recommendation.justification')}
            multiline
            value={rec.justification}
            save={(v) => save({ justification: v })}
          />
        </>
      )}
      <Group>
        {recorded ? (
          <>
            <Text fw={600}>{t('recommendation.recorded', { date: formatDateTime(rec.recordedAt ?? '') })}</Text>
            <Button variant="default" onClick={() => void change(api.cases.reopenRecommendation({ caseId }))}>
              {t('recommendation.reopen')}
            </Button>
          </>
        ) : (
          <Button onClick={() => void record_()}>{t('recommendation.record')}</Button>
        )}
      </Group>
      {refusal && !recorded && (
        <Alert
          color="orange"
          role="alert"
          title={t('recommendation.notRecorded')}
          styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}
        >
          {refusal}
        </Alert>
      )}
    </Stack>
  );
}
