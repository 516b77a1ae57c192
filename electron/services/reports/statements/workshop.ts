import { isConfidential, isConfidentialIssue } from '../../../../shared/domain/confidential';
import type { LoggedIssue } from '../../../../shared/domain/escalation';
import type { ReportIssue } from '../../../../shared/domain/report-models';
import type { Statement } from '../../../../shared/domain/statements';
import type { Workshop, WorkshopIssue } from '../../../../shared/domain/workshop';
import { indexSource, recorded, undecided, withheld, workshopSource } from './statement';

/** An issue as the issue log holds it: its level, status and every option tried at each level. */
export function issueAsLogged(issue: LoggedIssue): ReportIssue {
  return {
    title: issue.title,
    description: issue.description,
    level: issue.level,
    status: issue.resolvedOn ? 'resolved' : issue.escalations.length > 0 ? 'escalated' : 'open',
    raisedOn: issue.raisedOn,
    raisedBy: issue.raisedBy,
    optionsTried: issue.options.map((o) => ({ level: o.level, description: o.description })),
  };
}

/** The log's entry for an issue raised in this workshop, if it reached the log. */
export const loggedEntryFor = (
  workshop: Pick<Workshop, 'id'>,
  issue: Pick<WorkshopIssue, 'id'>,
  logged: readonly LoggedIssue[],
): LoggedIssue | undefined =>
  logged.find(
    (l) => l.origin.kind === 'workshop' && l.origin.key === issue.id && (l.origin.id === undefined || l.origin.id === workshop.id),
  );

/**
 * A workshop issue as recorded: as the issue log holds it once it is there (escalated, resolved,
 * with options at each level), else as raised in the room (local, open, its options tried locally).
 */
export function recordedIssue(
  workshop: Workshop,
  issue: WorkshopIssue,
  logged: readonly LoggedIssue[],
): { issue: ReportIssue; sources: string[] } {
  const entry = loggedEntryFor(workshop, issue, logged);
  if (entry) return { issue: issueAsLogged(entry), sources: [indexSource(`issues[id=${entry.id}]`)] };
  return {
    issue: {
      title: issue.title,
      description: issue.description,
      level: 'local',
      status: 'open',
      raisedOn: issue.raisedOn,
      raisedBy: issue.raisedBy,
      optionsTried: issue.optionsTried.map((description) => ({ level: 'local' as const, description })),
    },
    sources: [workshopSource(workshop.id, `issues[id=${issue.id}]`)],
  };
}

const issueStatements = (prefix: string, issue: ReportIssue, sources: string[]): Statement[] => [
  recorded(`${prefix}.level`, issue.level, sources),
  recorded(`${prefix}.status`, issue.status, sources),
  recorded(
    `${prefix}.optionsTried`,
    issue.optionsTried.map((o) => ({ level: o.level, description: o.description })),
    sources,
  ),
];

/** The facilitator the workshop records (undecided when the field is empty). */
export const facilitatorStatement = (workshop: Workshop): Statement =>
  workshop.facilitator.trim()
    ? recorded('facilitator', workshop.facilitator.trim(), [workshopSource(workshop.id, 'facilitator')])
    : undecided('facilitator', [workshopSource(workshop.id, 'facilitator')]);

/** Feedback report: facilitator, attendance, ratings, parking lot, issues as logged, and what is withheld. */
export function feedbackStatements(workshop: Workshop, logged: readonly LoggedIssue[]): Statement[] {
  const src = (path: string) => workshopSource(workshop.id, path);
  const published = workshop.issues.filter((i) => !isConfidentialIssue(i));
  const casework = workshop.issues.filter((i) => i.individualContractualDispute).length;
  const confidential =
    workshop.notes.filter(isConfidential).length +
    workshop.topTips.filter(isConfidential).length +
    workshop.parkingLot.filter(isConfidential).length +
    workshop.issues.filter((i) => !i.individualContractualDispute && isConfidentialIssue(i)).length;
  return [
    recorded('workshop.title', workshop.title, [src('title')]),
    recorded('workshop.date', workshop.date, [src('date')]),
    facilitatorStatement(workshop),
    recorded('attendance.total', workshop.attendees.length, [src('attendees')]),
    ...workshop.themes.map((t) =>
      recorded(
        `theme.${t.id}.ratings`,
        workshop.ratings.filter((r) => r.themeId === t.id).map((r) => r.value),
        [src(`ratings[themeId=${t.id}]`)],
      ),
    ),
    recorded(
      'parkingLot',
      workshop.parkingLot.filter((p) => !isConfidential(p)).map((p) => p.text),
      [src('parkingLot')],
    ),
    recorded('actions.count', workshop.actions.length, [src('actions')]),
    recorded('issues.count', published.length, [src('issues')]),
    ...published.flatMap((i, n) => {
      const { issue, sources } = recordedIssue(workshop, i, logged);
      return issueStatements(`issue.${n}`, issue, sources);
    }),
    ...(casework > 0 ? [withheld('withheld.casework', casework, [src('issues')])] : []),
    ...(confidential > 0
      ? [withheld('withheld.confidential', confidential, [src('notes'), src('topTips'), src('parkingLot'), src('issues')])]
      : []),
  ];
}

/** Agenda: its items and the facilitator. */
export function agendaStatements(workshop: Workshop): Statement[] {
  const src = (path: string) => workshopSource(workshop.id, path);
  return [
    recorded('workshop.title', workshop.title, [src('title')]),
    recorded('workshop.date', workshop.date, [src('date')]),
    facilitatorStatement(workshop),
    recorded(
      'agenda.items',
      workshop.agenda.map((a) => ({ title: a.title, minutes: a.minutes, purpose: a.purpose })),
      [src('agenda')],
    ),
  ];
}

/** Action and issue log: every issue's level and status as printed, and what is withheld. */
export function logStatements(
  organisation: { id: string; name: string },
  issues: readonly { issue: ReportIssue; sources: string[] }[],
  actions: number,
  held: { casework: number; confidential: number },
): Statement[] {
  return [
    recorded('organisation.name', organisation.name, [indexSource(`organisations[id=${organisation.id}].name`)]),
    recorded('actions.count', actions, [indexSource('standaloneActions'), 'cases/*.json#actionPlan.actions', 'workshops/*.json#actions']),
    recorded('issues.count', issues.length, [indexSource('issues'), 'workshops/*.json#issues']),
    ...issues.flatMap(({ issue, sources }, n) => issueStatements(`issue.${n}`, issue, sources)),
    ...(held.casework > 0 ? [withheld('withheld.casework', held.casework, ['workshops/*.json#issues'])] : []),
    ...(held.confidential > 0 ? [withheld('withheld.confidential', held.confidential, ['workshops/*.json#issues'])] : []),
  ];
}
