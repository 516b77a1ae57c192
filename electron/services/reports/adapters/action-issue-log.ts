import type { CaseRecord } from '../../../../shared/domain/case';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { ActionIssueLogModel } from '../../../../shared/domain/report-models';
import { formatDate } from '../format';
import { metaFor, missing, placeholderSignature, type AdapterContext } from './common';
import { reportAction, reportIssue } from './workshop-common';

const dueOrder = (a: { dueDate: string | null }, b: { dueDate: string | null }) =>
  (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31');

/**
 * An organisation's actions (from its cases' action plans and its workshops) and the issues
 * raised at its workshops, as at today. Open actions first by due date, done ones after.
 */
export function actionIssueLogFor(
  organisation: { id: string; name: string },
  cases: readonly CaseRecord[],
  workshops: readonly Workshop[],
  ctx: AdapterContext,
): ActionIssueLogModel {
  const ownCases = cases.filter((c) => c.organisationId === organisation.id);
  const ownWorkshops = workshops.filter((w) => w.organisationId === organisation.id);
  const actions = [
    ...ownCases.flatMap((c) => c.actionPlan.actions.map((a) => reportAction(a, 'GO Award action plan'))),
    ...ownWorkshops.flatMap((w) => w.actions.map((a) => reportAction(a, `${w.title}, ${formatDate(w.date)}`))),
  ];
  const issues = ownWorkshops.flatMap((w) => w.issues.map(reportIssue));
  if (actions.length === 0 && issues.length === 0) {
    throw missing(`${organisation.name} has no actions or issues yet. Add actions to a case’s action plan or a workshop first.`);
  }
  const open = actions.filter((a) => a.status !== 'done').sort(dueOrder);
  const done = actions.filter((a) => a.status === 'done').sort(dueOrder);
  return {
    meta: metaFor('action-issue-log', organisation.id, ctx),
    title: 'Action and issue log',
    organisation: organisation.name,
    asOf: ctx.now.slice(0, 10),
    actions: [...open, ...done],
    issues: issues.sort((a, b) => a.raisedOn.localeCompare(b.raisedOn)),
    signature: placeholderSignature(ctx),
  };
}
