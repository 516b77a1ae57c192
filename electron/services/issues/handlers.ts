import { checkEscalation, escalate, screenIssue, type LoggedIssue, type OrganisationNote } from '../../../shared/domain/escalation';
import { checkNewOption, firstRepeat } from '../../../shared/domain/issue-options';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import { actorName } from '../actions/actor';
import type { ServiceContext } from '../context';

type IssueHandlers = Pick<
  Handlers,
  | 'issues:list'
  | 'issues:raise'
  | 'issues:update'
  | 'issues:recordOption'
  | 'issues:setOptionExhausted'
  | 'issues:escalate'
  | 'issues:resolve'
  | 'issues:reopen'
>;

const newestFirst = (a: { raisedOn: string; createdAt?: string; at?: string }, b: { raisedOn: string; createdAt?: string; at?: string }) =>
  b.raisedOn.localeCompare(a.raisedOn) || (b.createdAt ?? b.at ?? '').localeCompare(a.createdAt ?? a.at ?? '');

/** The issue-resolution log (seed 000), kept in `casebook.json`. */
export function issueHandlers(ctx: ServiceContext): IssueHandlers {
  const find = (id: string): LoggedIssue => {
    const issue = ctx.index.data.issues.find((i) => i.id === id);
    if (!issue) throw new AppError('not_found', 'issueGone');
    return issue;
  };

  /** Replaces one issue durably and keeps the search index in step. */
  const change = async (id: string, apply: (issue: LoggedIssue, now: string) => LoggedIssue): Promise<LoggedIssue> => {
    const now = ctx.clock().toISOString();
    const next = apply(structuredClone(find(id)), now);
    next.updatedAt = now;
    await ctx.index.update((data) => {
      data.issues[data.issues.findIndex((i) => i.id === id)] = next;
    });
    ctx.changes.publish({ kind: 'issue', id: next.id });
    return next;
  };

  return {
    'issues:list': async ({ organisationId }) => {
      const mine = <T extends { organisationId: string }>(list: T[]) =>
        organisationId ? list.filter((x) => x.organisationId === organisationId) : list;
      return {
        issues: [...mine(ctx.index.data.issues)].sort(newestFirst),
        notes: [...mine(ctx.index.data.organisationNotes)].sort(newestFirst),
      };
    },

    'issues:raise': async ({ organisationId, origin, individualContractualDispute, optionsTried, ...draft }) => {
      if (!ctx.index.data.organisations.some((o) => o.id === organisationId)) {
        throw new AppError('not_found', 'organisationGoneKeepText');
      }
      // The same workshop issue is logged once, however often the workshop is saved.
      if (origin?.kind === 'workshop' && origin.key) {
        const logged = ctx.index.data.issues.find(
          (i) => i.origin.kind === 'workshop' && i.origin.id === origin.id && i.origin.key === origin.key,
        );
        if (logged) return { outcome: 'logged', issue: logged };
      }
      const tried = (optionsTried ?? []).map((o) => o.trim()).filter(Boolean);
      const repeat = firstRepeat(tried);
      if (repeat) throw new AppError('invalid_input', 'optionRepeated', { option: repeat });
      const now = ctx.clock().toISOString();
      const screened = screenIssue({ individualContractualDispute });
      if (!screened.accepted) {
        const note: OrganisationNote = {
          id: ctx.newId(),
          organisationId,
          kind: 'refused_contractual_dispute',
          title: draft.title,
          text: draft.description,
          reason: screened.message,
          raisedBy: draft.raisedBy,
          raisedOn: draft.raisedOn,
          at: now,
          by: actorName(ctx),
        };
        await ctx.index.update((data) => {
          data.organisationNotes.push(note);
        });
        ctx.changes.publish({ kind: 'issue', id: note.id });
        return { outcome: 'refused', reason: screened.reason, message: screened.message, note };
      }
      const issue: LoggedIssue = {
        ...draft,
        id: ctx.newId(),
        organisationId,
        level: 'local',
        options: tried.map((description) => ({
          id: ctx.newId(),
          level: 'local' as const,
          description,
          recordedAt: now,
          recordedBy: actorName(ctx),
          exhausted: false,
        })),
        escalations: [],
        outcome: '',
        resolvedOn: null,
        origin: origin ?? { kind: 'log' },
        createdAt: now,
        updatedAt: now,
      };
      await ctx.index.update((data) => {
        data.issues.push(issue);
      });
      ctx.changes.publish({ kind: 'issue', id: issue.id });
      return { outcome: 'logged', issue };
    },

    'issues:update': async ({ id, patch }) => change(id, (issue) => ({ ...issue, ...patch })),

    'issues:recordOption': async ({ id, description }) =>
      change(id, (issue, now) => {
        if (issue.resolvedOn) throw new AppError('conflict', 'issueResolvedReopen');
        const check = checkNewOption(issue.options, description, issue.level);
        if (!check.ok) throw AppError.from(check.error);
        issue.options.push({
          id: ctx.newId(),
          level: issue.level,
          description: check.description,
          recordedAt: now,
          recordedBy: actorName(ctx),
          exhausted: false,
        });
        return issue;
      }),

    'issues:setOptionExhausted': async ({ id, optionId, exhausted }) =>
      change(id, (issue) => {
        const option = issue.options.find((o) => o.id === optionId);
        if (!option) throw new AppError('not_found', 'optionGone');
        if (option.level !== issue.level) {
          throw new AppError('conflict', 'optionOtherLevel', { level: option.level });
        }
        option.exhausted = exhausted;
        return issue;
      }),

    'issues:escalate': async ({ id }) =>
      change(id, (issue, now) => {
        const check = checkEscalation(issue);
        if (!check.allowed) throw AppError.from(check.error);
        return escalate(issue, actorName(ctx), now);
      }),

    'issues:resolve': async ({ id, outcome, resolvedOn }) =>
      change(id, (issue) => {
        if (!outcome.trim()) throw new AppError('invalid_input', 'outcomeFirst');
        return { ...issue, outcome, resolvedOn };
      }),

    'issues:reopen': async ({ id }) => change(id, (issue) => ({ ...issue, resolvedOn: null })),
  };
}
