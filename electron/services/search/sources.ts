import type { Action, ActionSource } from '../../../shared/domain/action';
import { actionKey, type SourcedAction } from '../../../shared/domain/actions-rules';
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

/** Feeds the index with what this feature owns; cases and workshops add their own sources. */
export async function registerBuiltInSources(ctx: ServiceContext): Promise<void> {
  await ctx.search.addSource({ kind: 'organisation', all: async () => ctx.index.data.organisations.map(organisationDoc) });
  await ctx.search.addSource({
    kind: 'action',
    all: async () => (await Promise.all(ctx.actionProviders.map((p) => p.list()))).flat().map((s: SourcedAction) => actionDoc(s)),
  });
  await ctx.search.addSource({
    kind: 'issue',
    all: async () => [
      ...ctx.index.data.issues.map((i) => issueDoc(ctx, i)),
      ...ctx.index.data.organisationNotes.map((n) => noteDoc(ctx, n)),
    ],
  });
  await ctx.search.addSource({ kind: 'case_study', all: async () => ctx.index.data.caseStudies.map((s) => caseStudyDoc(ctx, s)) });
}
