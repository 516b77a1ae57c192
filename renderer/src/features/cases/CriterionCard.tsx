import { Badge, Checkbox, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SavedSelect } from './SavedSelect';
import { judgements, type CriterionAssessment } from '../../../../shared/domain/case';
import type { Framework } from '../../../../shared/frameworks';
import { api } from '../../lib/api';
import { AutosaveField } from './AutosaveField';
import { change } from './case-store';
import { oneOf } from './format';
import { judgementColour } from './judgement-colours';

type Criterion = Framework['criteria'][number];

interface Props {
  caseId: string;
  criterion: Criterion;
  assessment: CriterionAssessment;
  evidenceCount: number;
  interviewCount: number;
  current?: boolean;
  large?: boolean;
  onFocus?: () => void;
}

/** One criterion: judgement, rationale and development points; the rationale takes the focus on Alt+n. */
export const CriterionCard = forwardRef<HTMLTextAreaElement & HTMLInputElement, Props>(function CriterionCard(
  { caseId, criterion, assessment, evidenceCount, interviewCount, current, large, onFocus },
  rationaleRef,
) {
  const { t } = useTranslation('cases');
  const save = (patch: Parameters<typeof api.cases.updateCriterion>[0]['patch']) =>
    change(api.cases.updateCriterion({ caseId, criterionId: criterion.id, patch }));
  const size = large ? 'md' : 'sm';
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby={`criterion-${criterion.id}`}
      onFocusCapture={onFocus}
      style={current ? { borderColor: 'var(--mantine-color-blue-8)', borderWidth: 2 } : undefined}
    >
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={4} id={`criterion-${criterion.id}`} size={large ? 'h4' : 'h5'}>
            {criterion.id} {criterion.title}
          </Title>
          <Badge
            color={judgementColour[assessment.judgement]}
            variant="light"
            size="lg"
            style={{ flexShrink: 0 }}
            styles={{ label: { color: 'var(--mantine-color-dark-8)', textTransform: 'none' } }}
          >
            {t(`criterion.judgements.${assessment.judgement}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dark.5">
          {criterion.result}
        </Text>
        <Group align="flex-start" grow>
          <SavedSelect
            id={`judgement-${criterion.id}`}
            label={t('criterion.judgement', { id: criterion.id })}
            size={size}
            value={assessment.judgement}
            data={judgements.map((j) => ({ value: j, label: t(`criterion.judgements.${j}`) }))}
            save={(v) => save({ judgement: oneOf(judgements, v) ?? 'not_assessed' })}
          />
          <Text size="sm" c="dark.5" pt={28}>
            {t('criterion.evidenceCount', { count: evidenceCount })} · {t('criterion.interviewCount', { count: interviewCount })}
          </Text>
        </Group>
        <AutosaveField
          ref={rationaleRef}
          id={`rationale-${criterion.id}`}
          label={t('criterion.rationale', { id: criterion.id })}
          multiline
          minRows={large ? 3 : 2}
          size={size}
          value={assessment.rationale}
          save={(v) => save({ rationale: v })}
        />
        <AutosaveField
          label={t('criterion.developmentPoints', { id: criterion.id })}
          multiline
          minRows={1}
          size={size}
          value={assessment.developmentPoints}
          save={(v) => save({ developmentPoints: v })}
        />
        {!large && (
          <Group align="flex-end" wrap="nowrap">
            <div style={{ flex: 1 }}>
              <AutosaveField
                label={t('criterion.note', { id: criterion.id })}
                size={size}
                value={assessment.note ?? ''}
                save={(v) => save({ note: v })}
              />
            </div>
            <Checkbox
              mb={8}
              label={t('criterion.askAtVisit')}
              aria-label={t('criterion.askAtVisitOf', { id: criterion.id })}
              checked={assessment.askAtVisit ?? false}
              onChange={(e) => void save({ askAtVisit: e.currentTarget.checked })}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
});
