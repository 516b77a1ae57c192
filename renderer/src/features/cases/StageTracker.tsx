import { Group, Paper, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { caseStages, type CaseRecord, type CaseStage } from '../../../../shared/domain/case';
import { stageOf } from '../../../../shared/domain/case-rules';
import { formatDate } from './format';

const stageDate = (c: CaseRecord, stage: CaseStage): string | null =>
  ({
    notify: c.notify.date,
    sign_up: c.signUp.date,
    action_plan: c.actionPlan.receivedDate,
    assessment: c.assessment.visitDates[0] ?? null,
  })[stage];

/** The four stages with their dates; each opens its section. */
export function StageTracker({ record, onOpen }: { record: CaseRecord; onOpen: (stage: CaseStage) => void }) {
  const { t } = useTranslation('cases');
  const current = stageOf(record);
  const currentIndex = caseStages.indexOf(current);
  return (
    <nav aria-label={t('screen.stageTracker')}>
      <Group component="ol" gap="sm" grow style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {caseStages.map((stage, index) => {
          const date = stageDate(record, stage);
          const state = index < currentIndex || (date && stage !== current) ? 'done' : stage === current ? 'current' : 'later';
          return (
            <li key={stage}>
              <UnstyledButton onClick={() => onOpen(stage)} w="100%" aria-current={stage === current ? 'step' : undefined}>
                <Paper
                  withBorder
                  p="sm"
                  radius="md"
                  bg={state === 'current' ? 'blue.0' : undefined}
                  style={{ borderColor: state === 'current' ? 'var(--mantine-color-blue-8)' : undefined }}
                >
                  <Group gap="sm" wrap="nowrap">
                    <ThemeIcon radius="xl" color={state === 'done' ? 'green.8' : state === 'current' ? 'blue.8' : 'gray.6'} aria-hidden>
                      {index + 1}
                    </ThemeIcon>
                    <div>
                      <Text fw={600}>{t(`stages.${stage}`)}</Text>
                      <Text size="sm" c="dark.5">
                        {state === 'done'
                          ? t('screen.stageDone', { date: date ? formatDate(date) : '' })
                          : state === 'current'
                            ? t('screen.stageCurrent')
                            : t('screen.stageLater')}
                      </Text>
                    </div>
                  </Group>
                </Paper>
              </UnstyledButton>
            </li>
          );
        })}
      </Group>
    </nav>
  );
}
