import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../../../shared/domain/case';
import { eligibility } from '../../../../shared/domain/case-rules';
import type { Framework } from '../../../../shared/frameworks';

/**
 * The running eligibility for the full award, beside the criteria while judgements are set:
 * which criteria and action-plan requirements stand in the way. A live region, so a screen
 * reader hears it change; the same rule as the Recommendation tab (shared/domain/case-rules).
 */
export function VisitEligibility({ record, framework }: { record: CaseRecord; framework: Framework }) {
  const { t } = useTranslation('cases');
  const elig = eligibility(record, framework);
  return (
    <Paper
      withBorder
      p={6}
      radius="sm"
      bg={elig.eligible ? 'green.0' : 'yellow.0'}
      role="status"
      aria-live="polite"
      aria-atomic="true"
      data-testid="visit-eligibility"
    >
      <Text fw={700} size="sm">
        {t('visit.eligibilityTitle')}
      </Text>
      <Text size="xs" c="dark.8">
        {elig.eligible ? t('visit.eligibleNow') : t('visit.notEligibleNow')}
      </Text>
      {!elig.eligible && (
        <List size="xs" spacing={0} c="dark.8" listStyleType="none" style={{ display: 'flex', flexWrap: 'wrap', columnGap: 8 }}>
          {elig.missing.map((m) => (
            <List.Item key={m.id}>
              {m.kind === 'criterion'
                ? t('visit.inTheWayCriterion', { id: m.id, judgement: t(`criterion.judgements.${m.judgement}`).toLowerCase() })
                : t('visit.inTheWayRequirement', { id: m.id, status: t(`actionPlan.statuses.${m.status}`).toLowerCase() })}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
