import { Checkbox, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Interview } from '../../../../shared/domain/case';
import { tickQuestion, type VisitQuestion } from '../../../../shared/domain/visit-questions';
import { api } from '../../lib/api';
import { add, change } from './case-store';
import { useVisit } from './visit-store';

/**
 * Ticks a question off against the interview note being typed (the answer is in that note). With
 * no note open, ticking starts one already linked, so the answer is typed straight into it.
 */
async function tick(caseId: string, open: Interview | null, question: VisitQuestion, ticked: boolean) {
  if (open) {
    await change(api.cases.updateInterview({ caseId, interviewId: open.id, patch: tickQuestion(open, question.key, ticked) }));
    return;
  }
  if (!ticked) return;
  const id = await add(api.cases.addInterview({ caseId, draft: tickQuestion({ answers: [], criteria: [] }, question.key, true) }));
  if (id) useVisit.getState().set({ interviewId: id });
}

/** The questions beside a criterion (or the action plan's): each ticks off against the open note. */
export function VisitQuestions({
  caseId,
  heading,
  questions,
  open,
  headingId,
}: {
  caseId: string;
  heading: string;
  questions: VisitQuestion[];
  open: Interview | null;
  headingId: string;
}) {
  const { t } = useTranslation('cases');
  if (questions.length === 0) return null;
  return (
    <Stack gap={6} component="section" aria-labelledby={headingId}>
      <Title order={4} size="h5" id={headingId}>
        {heading}
      </Title>
      <Text size="xs" c="dark.5">
        {open ? t('questions.tickHint', { name: open.name || t('interviews.unnamed') }) : t('questions.tickStarts')}
      </Text>
      {questions.map((q, i) => (
        <Checkbox
          key={q.key}
          id={i === 0 ? `${headingId}-first` : undefined}
          checked={open ? (open.answers ?? []).includes(q.key) : false}
          onChange={(e) => void tick(caseId, open, q, e.currentTarget.checked)}
          label={
            q.source === 'prompt' ? q.text : t(`questions.sources.${q.source}`, { text: q.text, id: q.requirementId ?? q.criterionId })
          }
          description={q.answeredBy.length > 0 ? t('questions.answeredIn', { count: q.answeredBy.length }) : undefined}
          styles={{ description: { color: 'var(--mantine-color-dark-5)' } }}
        />
      ))}
    </Stack>
  );
}
