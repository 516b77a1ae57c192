import { isConfidentialIssue } from '../../../../shared/domain/confidential';
import type { StandaloneAction } from '../../../../shared/domain/actions-rules';
import type { CaseRecord } from '../../../../shared/domain/case';
import type { LoggedIssue } from '../../../../shared/domain/escalation';
import type { ReportIssue } from '../../../../shared/domain/report-models';
import type { Workshop } from '../../../../shared/domain/workshop';
import type { ActionIssueLogModel } from '../../../../shared/domain/report-models';
import { docText } from '../../../../shared/i18n/documents';
import { formatDate } from '../format';
import { languageOf, metaFor, missing, placeholderSignature, type AdapterContext } from './common';
import type { Statement } from '../../../../shared/domain/statements';
import { issueAsLogged, logStatements, recordedIssue } from '../statements/workshop';
import { reportAction } from './workshop-common';

const dueOrder = (a: { dueDate: string | null }, b: { dueDate: string | null }) =>
  (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31');

/** An issue from the issue-resolution log, at the level it has reached. */
export const reportLoggedIssue = (issue: LoggedIssue): ReportIssue => issueAsLogged(issue);

/** The organisation's issues as recorded (sorted by date raised, each with its sources) and what is held back. */
function logIssues(organisation: { id: string }, ownWorkshops: readonly Workshop[], log: LogRecords) {
  const logged = log.loggedIssues.filter((i) => i.organisationId === organisation.id);
  const inLog = new Set(logged.flatMap((i) => (i.origin.kind === 'workshop' && i.origin.key ? [i.origin.key] : [])));
  const issues = [
    ...logged.map((i) => ({ issue: reportLoggedIssue(i), sources: [`casebook.json#issues[id=${i.id}]`] })),
    // Contractual disputes are kept as notes for union casework, never as partnership issues.
    ...ownWorkshops.flatMap((w) => w.issues.filter((i) => !isConfidentialIssue(i) && !inLog.has(i.id)).map((i) => recordedIssue(w, i, []))),
  ].sort((a, b) => a.issue.raisedOn.localeCompare(b.issue.raisedOn));
  const held = ownWorkshops.flatMap((w) => w.issues.filter(isConfidentialIssue));
  const withheld = {
    casework: held.filter((i) => i.individualContractualDispute).length,
    confidential: held.filter((i) => !i.individualContractualDispute).length,
  };
  return { issues, withheld };
}

/** What the log states: each issue's level, status and options as printed, in the same order, and what is held back. */
export function actionIssueLogStatements(
  organisation: { id: string; name: string },
  cases: readonly CaseRecord[],
  workshops: readonly Workshop[],
  log: LogRecords,
): Statement[] {
  const ownWorkshops = workshops.filter((w) => w.organisationId === organisation.id);
  const { issues, withheld } = logIssues(organisation, ownWorkshops, log);
  const actions =
    cases.filter((c) => c.organisationId === organisation.id).reduce((n, c) => n + c.actionPlan.actions.length, 0) +
    ownWorkshops.reduce((n, w) => n + w.actions.length, 0) +
    log.standaloneActions.filter((a) => a.organisationId === organisation.id).length;
  return logStatements(organisation, issues, actions, withheld);
}

/** What the tracker and the issue log hold for the organisation beyond its cases and workshops. */
export interface LogRecords {
  standaloneActions: readonly StandaloneAction[];
  loggedIssues: readonly LoggedIssue[];
}

/**
 * An organisation's actions (its cases' action plans, its workshops and the tracker's own) and
 * its issues as the issue log holds them (level, options tried); workshop issues not yet in the
 * log are listed as raised. Open actions first by due date, done ones after.
 */
export function actionIssueLogFor(
  organisation: { id: string; name: string },
  cases: readonly CaseRecord[],
  workshops: readonly Workshop[],
  ctx: AdapterContext,
  log: LogRecords = { standaloneActions: [], loggedIssues: [] },
): ActionIssueLogModel {
  const language = languageOf(ctx);
  const ownCases = cases.filter((c) => c.organisationId === organisation.id);
  const ownWorkshops = workshops.filter((w) => w.organisationId === organisation.id);
  const actions = [
    ...ownCases.flatMap((c) => c.actionPlan.actions.map((a) => reportAction(a, docText(language, 'actionIssueLog.fromActionPlan')))),
    ...ownWorkshops.flatMap((w) => w.actions.map((a) => reportAction(a, `${w.title}, ${formatDate(w.date, language)}`))),
    ...log.standaloneActions
      .filter((a) => a.organisationId === organisation.id)
      .map((a) => reportAction(a, docText(language, 'actionIssueLog.fromTracker'))),
  ];
  const { issues, withheld } = logIssues(organisation, ownWorkshops, log);
  if (actions.length === 0 && issues.length === 0) {
    throw missing('noActionsOrIssues', { name: organisation.name });
  }
  const open = actions.filter((a) => a.status !== 'done').sort(dueOrder);
  const done = actions.filter((a) => a.status === 'done').sort(dueOrder);
  return {
    meta: metaFor('action-issue-log', organisation.id, ctx),
    title: docText(language, 'actionIssueLog.heading'),
    organisation: organisation.name,
    asOf: ctx.now.slice(0, 10),
    actions: [...open, ...done],
    issues: issues.map((i) => i.issue),
    withheld,
    signature: placeholderSignature(ctx),
  };
}
