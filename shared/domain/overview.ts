import { z } from 'zod';
import type { SourcedAction } from './actions-rules';
import { isOverdue } from './actions-rules';
import { idSchema, isoDate, regionSchema, shortText } from './common';
import type { LoggedIssue } from './escalation';
import { organisationTypeSchema, type Organisation } from './organisation';
import { issueLevels, type IssueLevel } from './partnership-issue';

/** An organisation's award stage and next deadline, as a case provider reports it. */
export const stageReportSchema = z.object({
  organisationId: idSchema,
  /** A stage key such as `notify`, `sign_up`, `action_plan`, `assessment`, `awarded`. */
  stage: shortText,
  nextDeadline: isoDate.nullable(),
  /** What the deadline is for, e.g. "Action plan due". */
  deadlineLabel: shortText.default(''),
});
export type StageReport = z.infer<typeof stageReportSchema>;

/** One maturity rating (0 not in place … 4 exemplary) of a theme, from a workshop. */
export const maturityReportSchema = z.object({
  organisationId: idSchema,
  theme: shortText,
  rating: z.number().min(0).max(4),
  ratedOn: isoDate,
});
export type MaturityReport = z.infer<typeof maturityReportSchema>;

export const issueCountsSchema = z.object({ local: z.number(), regional: z.number(), national: z.number() });

/** One row of the regional overview ("the mapping exercise"). */
export const overviewRowSchema = z.object({
  organisationId: idSchema,
  name: z.string(),
  region: regionSchema,
  /** The organisation's type (local authority, NHS trust…): the map's sector filter. */
  sector: organisationTypeSchema,
  stage: shortText.nullable(),
  nextDeadline: isoDate.nullable(),
  deadlineLabel: z.string(),
  /** Latest rating per theme, themes in name order. */
  maturity: z.array(z.object({ theme: z.string(), rating: z.number(), ratedOn: isoDate })),
  openActions: z.number(),
  overdueActions: z.number(),
  openIssues: issueCountsSchema,
});
export type OverviewRow = z.infer<typeof overviewRowSchema>;

export interface OverviewInputs {
  organisations: Organisation[];
  actions: SourcedAction[];
  issues: LoggedIssue[];
  stages: StageReport[];
  maturity: MaturityReport[];
  today: string;
}

/** Where every organisation stands: counts are derived from the records, nothing is stored. */
export function aggregateOverview({ organisations, actions, issues, stages, maturity, today }: OverviewInputs): OverviewRow[] {
  return organisations.map((org) => {
    const own = actions.filter((a) => a.source.organisationId === org.id).map((a) => a.action);
    const open = own.filter((a) => a.status !== 'done');
    const openIssues = { local: 0, regional: 0, national: 0 };
    for (const issue of issues) {
      if (issue.organisationId === org.id && issue.resolvedOn === null) openIssues[issue.level] += 1;
    }
    // Of several stage reports (several cases), the one with the soonest deadline matters most.
    const stage = stages
      .filter((s) => s.organisationId === org.id)
      .sort((a, b) => (a.nextDeadline ?? '9999').localeCompare(b.nextDeadline ?? '9999'))[0];
    return {
      organisationId: org.id,
      name: org.name,
      region: org.region,
      sector: org.type,
      stage: stage?.stage ?? null,
      nextDeadline: stage?.nextDeadline ?? null,
      deadlineLabel: stage?.deadlineLabel ?? '',
      maturity: latestPerTheme(maturity.filter((m) => m.organisationId === org.id)),
      openActions: open.length,
      overdueActions: open.filter((a) => isOverdue(a, today)).length,
      openIssues,
    };
  });
}

function latestPerTheme(reports: MaturityReport[]) {
  const latest = new Map<string, MaturityReport>();
  for (const report of reports) {
    const seen = latest.get(report.theme);
    if (!seen || report.ratedOn > seen.ratedOn) latest.set(report.theme, report);
  }
  return [...latest.values()]
    .sort((a, b) => a.theme.localeCompare(b.theme, 'en-GB'))
    .map(({ theme, rating, ratedOn }) => ({ theme, rating, ratedOn }));
}

export interface RegionSummary {
  organisations: number;
  /** Organisations per award stage; `none` for those without a case. */
  stageCounts: { stage: string; count: number }[];
  /** Mean of each organisation's latest rating of a theme, one decimal. */
  maturityByTheme: { theme: string; average: number; organisations: number }[];
  openActions: number;
  overdueActions: number;
  openIssues: Record<IssueLevel, number>;
}

/** Totals for the chart and its data table, over the rows shown (e.g. one region). */
export function summariseRegion(rows: OverviewRow[]): RegionSummary {
  const stages = new Map<string, number>();
  const themes = new Map<string, number[]>();
  const openIssues = { local: 0, regional: 0, national: 0 };
  let openActions = 0;
  let overdueActions = 0;
  for (const row of rows) {
    const stage = row.stage ?? 'none';
    stages.set(stage, (stages.get(stage) ?? 0) + 1);
    for (const m of row.maturity) themes.set(m.theme, [...(themes.get(m.theme) ?? []), m.rating]);
    for (const level of issueLevels) openIssues[level] += row.openIssues[level];
    openActions += row.openActions;
    overdueActions += row.overdueActions;
  }
  return {
    organisations: rows.length,
    stageCounts: [...stages.entries()].map(([stage, count]) => ({ stage, count })),
    maturityByTheme: [...themes.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
      .map(([theme, ratings]) => ({
        theme,
        average: Math.round((ratings.reduce((s, r) => s + r, 0) / ratings.length) * 10) / 10,
        organisations: ratings.length,
      })),
    openActions,
    overdueActions,
    openIssues,
  };
}

export type OverviewSortKey = 'name' | 'region' | 'nextDeadline' | 'openActions' | 'overdueActions' | 'openIssues';

/** Sorts overview rows; empty deadlines go last whichever way. */
export function sortOverview(rows: OverviewRow[], key: OverviewSortKey, direction: 'asc' | 'desc'): OverviewRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  const total = (r: OverviewRow) => r.openIssues.local + r.openIssues.regional + r.openIssues.national;
  return [...rows].sort((a, b) => {
    let diff: number;
    if (key === 'name') diff = a.name.localeCompare(b.name, 'en-GB');
    else if (key === 'region') diff = a.region.localeCompare(b.region, 'en-GB');
    else if (key === 'nextDeadline') {
      if (a.nextDeadline === b.nextDeadline) diff = 0;
      else if (a.nextDeadline === null) return 1;
      else if (b.nextDeadline === null) return -1;
      else diff = a.nextDeadline < b.nextDeadline ? -1 : 1;
    } else if (key === 'openIssues') diff = total(a) - total(b);
    else diff = a[key] - b[key];
    return diff !== 0 ? diff * sign : a.name.localeCompare(b.name, 'en-GB');
  });
}
