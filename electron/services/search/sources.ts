import type { Action, ActionSource } from '../../../shared/domain/action';
import { actionKey } from '../../../shared/domain/actions-rules';
import type { CaseRecord } from '../../../shared/domain/case';
import type { Workshop } from '../../../shared/domain/workshop';
import type { LoggedIssue, OrganisationNote } from '../../../shared/domain/escalation';
import type { CaseStudy } from '../../../shared/domain/library';
import type { Organisation } from '../../../shared/domain/organisation';
import type { SearchDoc } from '../../../shared/ipc/contracts/search';
import type { ServiceContext } from '../context';

const join = (...parts: (string | undefined | null)[]) => parts.filter(Boolean).join('\n');

export const organisationDoc = (org: Organisation): SearchDoc => ({
  kind: 'organisation',
  id: org.id,
  title: org.name,
  subtitle: org.region,
  text: join(org.region, ...org.contacts.map((c) => `${c.name} ${c.role}`)),
  route: `/organisations/${org.id}`,
});

export const actionDoc = (sourced: { source: ActionSource; action: Pick<Action, 'id'> & Partial<Action> }): SearchDoc => ({
  kind: 'action',
  id: actionKey(sourced.source, sourced.action.id),
  title: sourced.action.what ?? '',
  subtitle: sourced.source.label,
  text: join(sourced.action.owner, sourced.action.theme, ...(sourced.action.progress ?? []).map((p) => p.note)),
  route: '/actions',
  parent: `${sourced.source.kind}:${sourced.source.id}`,
});

const orgName = (ctx: ServiceContext, id: string) => ctx.index.data.organisations.find((o) => o.id === id)?.name ?? '';

export const issueDoc = (ctx: ServiceContext, issue: LoggedIssue): SearchDoc => ({
  kind: 'issue',
  id: issue.id,
  title: issue.title,
  subtitle: orgName(ctx, issue.organisationId),
  text: join(issue.description, issue.raisedBy, ...issue.options.map((o) => o.description), issue.outcome),
  route: '/actions/issues',
});

/** Refused contractual disputes stay findable: they are kept as notes on the organisation. */
export const noteDoc = (ctx: ServiceContext, note: OrganisationNote): SearchDoc => ({
  kind: 'issue',
  id: `note-${note.id}`,
  title: note.title,
  subtitle: orgName(ctx, note.organisationId),
  text: join(note.text, note.raisedBy),
  route: `/organisations/${note.organisationId}`,
});

export const caseStudyDoc = (ctx: ServiceContext, study: CaseStudy): SearchDoc => ({
  kind: 'case_study',
  id: study.id,
  title: study.title,
  subtitle: join(study.theme, study.organisationId ? orgName(ctx, study.organisationId) : '').replace('\n', ' · '),
  text: join(study.summary, study.whatWorked, study.barriers, study.contactRole),
  route: `/library/${study.id}`,
});

const caseRoute = (id: string) => `/cases/${id}`;

/** A case's own document, and one per evidence item and interview (all under the case). */
export function caseDocs(record: CaseRecord): SearchDoc[] {
  const parent = `case:${record.id}`;
  const { assessment, recommendation } = record;
  return [
    {
      kind: 'case',
      id: record.id,
      title: `${record.organisationName} — GO Award`,
      subtitle: record.assessor,
      text: [
        record.notify.leadOfficerName,
        record.actionPlan.analysisOfNeed,
        ...Object.values(assessment.criteria).flatMap((c) => [c.rationale, c.developmentPoints]),
        recommendation.developmentPoints,
        recommendation.justification,
      ].join('\n'),
      route: caseRoute(record.id),
      parent,
    },
    ...assessment.evidence.map((item) => ({
      kind: 'evidence' as const,
      id: `${record.id}:${item.id}`,
      title: item.source || 'Evidence',
      subtitle: record.organisationName,
      text: [item.note, ...item.attachments.map((a) => a.name)].join('\n'),
      route: caseRoute(record.id),
      parent,
    })),
    ...assessment.interviews.map((interview) => ({
      kind: 'evidence' as const,
      id: `${record.id}:${interview.id}`,
      title: interview.name ? `Interview: ${interview.name}` : 'Interview',
      subtitle: record.organisationName,
      text: [interview.role, interview.notes].join('\n'),
      route: caseRoute(record.id),
      parent,
    })),
  ];
}

/** A workshop's own document and one per note (its notes open the review page). */
export function workshopDocs(workshop: Workshop): SearchDoc[] {
  const parent = `workshop:${workshop.id}`;
  const route = `/workshops/${workshop.id}`;
  const theme = (id: string | null) => workshop.themes.find((t) => t.id === id)?.title ?? '';
  return [
    {
      kind: 'workshop',
      id: workshop.id,
      title: workshop.title,
      subtitle: workshop.date,
      text: [workshop.venue, workshop.facilitator, ...workshop.agenda.map((a) => a.title)].join('\n'),
      route,
      parent,
    },
    ...workshop.notes.map((note) => ({
      kind: 'workshop_note' as const,
      id: `${workshop.id}:${note.id}`,
      title: theme(note.themeId) || workshop.title,
      subtitle: workshop.title,
      text: note.text,
      route: `${route}/review`,
      parent,
    })),
  ];
}
