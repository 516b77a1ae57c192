import { Badge, Kbd, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseAssessment } from '../../../../shared/domain/case';
import type { Framework } from '../../../../shared/frameworks';
import type { VisitQuestion } from '../../../../shared/domain/visit-questions';
import { judgementColour } from './judgement-colours';

interface Props {
  framework: Framework;
  assessment: CaseAssessment;
  questions: VisitQuestion[];
  current: string;
  onOpen: (criterionId: string) => void;
}

/** All six criteria at a glance: judgement, evidence and interview counts, questions answered. */
export function VisitCriteriaRail({ framework, assessment, questions, current, onOpen }: Props) {
  const { t } = useTranslation('cases');
  return (
    <Stack gap={6} component="nav" aria-label={t('visit.criteria')} style={{ overflow: 'clip' }}>
      {framework.criteria.map((c, i) => {
        const judgement = assessment.criteria[c.id]?.judgement ?? 'not_assessed';
        const evidence = assessment.evidence.filter((e) => e.criteria.includes(c.id)).length;
        const interviews = assessment.interviews.filter((x) => x.criteria.includes(c.id)).length;
        const own = questions.filter((q) => q.criterionId === c.id);
        const answered = own.filter((q) => q.answeredBy.length > 0).length;
        const selected = c.id === current;
        return (
          <UnstyledButton
            key={c.id}
            onClick={() => onOpen(c.id)}
            aria-current={selected ? 'true' : undefined}
            aria-keyshortcuts={`Alt+${i + 1}`}
            p={6}
            style={{
              borderRadius: 'var(--mantine-radius-sm)',
              border: `${selected ? 2 : 1}px solid var(--mantine-color-${selected ? 'blue-8' : 'gray-4'})`,
              background: selected ? 'var(--mantine-color-blue-0)' : undefined,
            }}
          >
            <Text fw={700} size="sm" truncate="end" title={c.title}>
              <Kbd size="xs">{i + 1}</Kbd> {c.id} {c.title}
            </Text>
            <Badge
              color={judgementColour[judgement]}
              variant="light"
              size="sm"
              mt={2}
              styles={{ label: { color: 'var(--mantine-color-dark-8)', textTransform: 'none' } }}
            >
              {t(`criterion.judgements.${judgement}`)}
            </Badge>
            <Text size="xs" c="dark.5">
              {[
                t('visit.railEvidence', { count: evidence }),
                t('visit.railInterviews', { count: interviews }),
                t('visit.railAsked', { answered, count: own.length }),
              ].join(' · ')}
            </Text>
          </UnstyledButton>
        );
      })}
    </Stack>
  );
}
