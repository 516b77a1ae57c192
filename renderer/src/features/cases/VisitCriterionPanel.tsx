import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseAssessment, Interview } from '../../../../shared/domain/case';
import type { VisitQuestion } from '../../../../shared/domain/visit-questions';
import type { Framework } from '../../../../shared/frameworks';
import { CriterionCard } from './CriterionCard';
import { VisitQuestions } from './VisitQuestions';
import { useVisit } from './visit-store';

interface Props {
  caseId: string;
  criterion: Framework['criteria'][number];
  assessment: CaseAssessment;
  questions: VisitQuestion[];
  openNote: Interview | null;
}

/** The open criterion in site-visit mode: its judgement and notes, then the questions to ask for it. */
export function VisitCriterionPanel({ caseId, criterion, assessment, questions, openNote }: Props) {
  const { t } = useTranslation('cases');
  const set = useVisit((s) => s.set);
  return (
    <Stack gap="md">
      <CriterionCard
        caseId={caseId}
        criterion={criterion}
        assessment={assessment.criteria[criterion.id]}
        evidenceCount={assessment.evidence.filter((e) => e.criteria.includes(criterion.id)).length}
        interviewCount={assessment.interviews.filter((i) => i.criteria.includes(criterion.id)).length}
        current
        onFocus={() => set({ currentCriterion: criterion.id })}
        large
      />
      <VisitQuestions
        caseId={caseId}
        headingId="questions-criterion"
        heading={t('questions.forCriterion', { id: criterion.id })}
        questions={questions.filter((q) => q.criterionId === criterion.id)}
        open={openNote}
      />
      <VisitQuestions
        caseId={caseId}
        headingId="questions-plan"
        heading={t('questions.fromPlan')}
        questions={questions.filter((q) => q.criterionId === null)}
        open={openNote}
      />
    </Stack>
  );
}
