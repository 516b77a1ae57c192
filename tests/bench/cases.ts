import { caseSchema, evidenceKinds, judgements, type CaseRecord } from '../../shared/domain/case';
import { blankCase } from '../../shared/domain/case-rules';
import { currentFramework } from '../../shared/frameworks';
import { pick, sentence } from './random';

const SOURCES = [
  'HR business partner',
  'Workforce plan 2025',
  'Union learning rep, depot',
  'Learner, catering',
  'Steering group minutes',
  'Learning centre figures',
];

/**
 * A GO Award case at the assessment stage with `evidenceCount` evidence items of about
 * `noteWords` words each, validated by the real case schema (so the services accept it).
 */
export function generateCase(
  random: () => number,
  input: { id: string; organisationId: string; organisationName: string; evidenceCount: number; noteWords: number },
): CaseRecord {
  const now = new Date(Date.UTC(2026, 0, 1, 9)).toISOString();
  const record = blankCase({ ...input, assessor: 'Bench Assessor', framework: currentFramework, now });
  record.signUp.date = '2025-11-03';
  record.actionPlan.receivedDate = '2026-06-30';
  record.actionPlan.analysisOfNeed = sentence(random, 40);
  const criterionIds = currentFramework.criteria.map((c) => c.id);
  for (const id of criterionIds) {
    record.assessment.criteria[id] = { judgement: pick(random, judgements), rationale: sentence(random, 50), developmentPoints: '' };
  }
  record.assessment.visitDates = ['2026-11-03', '2026-11-04'];
  record.assessment.evidence = Array.from({ length: input.evidenceCount }, (_, i) => ({
    id: `ev-${i}`,
    kind: pick(random, evidenceKinds),
    source: pick(random, SOURCES),
    date: '2026-11-03',
    note: sentence(random, input.noteWords),
    criteria: [pick(random, criterionIds)],
    attachments: [],
    createdAt: now,
  }));
  return caseSchema.parse(record);
}
