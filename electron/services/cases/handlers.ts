import { blankCase, deadlineOn } from '../../../shared/domain/case-rules';
import type { CaseListItem } from '../../../shared/domain/case-summary';
import type { CaseRecord } from '../../../shared/domain/case';
import type { Handlers } from '../../../shared/ipc/contract';
import { currentFramework } from '../../../shared/frameworks';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { assessmentHandlers } from './assessment-handlers';
import { Attachments } from './attachments';
import { CaseStore } from './case-store';
import { casePort } from '../sync/ports';
import { stageHandlers } from './stage-handlers';
import { transferHandlers } from './transfer-handlers';
import { visitHandlers } from './visit-handlers';
import type { SigningKeys } from '../signing/keys';
import { caseLinks } from './links';

type CoreHandlers = Pick<Handlers, 'cases:list' | 'cases:get' | 'cases:create' | 'cases:delete' | 'cases:history' | 'cases:verifyJournal'>;
export type CaseHandlers = Pick<Handlers, Extract<keyof Handlers, `cases:${string}`>>;
export type CaseService = ReturnType<typeof caseService>;

/** Today as YYYY-MM-DD on the user's own calendar. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const byName = new Intl.Collator('en-GB');

/**
 * Cases: every `cases:*` channel (the case list, each stage, the visit, history and case files),
 * what cases tell the action tracker and the overview, and the open/close upkeep of their files.
 */
export function caseService(ctx: ServiceContext, keys: SigningKeys) {
  const store = new CaseStore(ctx);
  const attachments = new Attachments(ctx.workspaceDir);
  ctx.recordPorts.case = casePort(store);

  const core: CoreHandlers = {
    'cases:list': async () => {
      const today = localDate(ctx.clock());
      // One lookup table and one collator: with 1,000 cases a find() per row and a localeCompare
      // per comparison cost tens of milliseconds at every open.
      const organisations = new Map(ctx.index.data.organisations.map((o) => [o.id, o]));
      return ctx.index.data.caseSummaries
        .map((s): CaseListItem => {
          const organisation = organisations.get(s.organisationId);
          const deadline = deadlineOn(s.actionPlanDue, s.actionPlanReceived, today);
          return {
            ...s,
            organisationName: organisation?.name ?? s.organisationName,
            region: organisation?.region ?? null,
            deadline: deadline.state,
            daysLeft: deadline.daysLeft,
          };
        })
        .sort((a, b) => byName.compare(a.organisationName, b.organisationName));
    },

    'cases:get': async ({ id }) => store.get(id),

    'cases:create': async ({ organisationId, assessor }) => {
      const organisation = ctx.index.data.organisations.find((o) => o.id === organisationId);
      if (!organisation) throw new AppError('not_found', 'organisationGoneAddFirst');
      const record = blankCase({
        id: ctx.newId(),
        organisationId,
        organisationName: organisation.name,
        assessor: assessor ?? ctx.index.data.profile.name,
        framework: currentFramework,
        now: ctx.clock().toISOString(),
      });
      return store.create(record, {
        kind: 'case.created',
        summary: `Case opened for ${organisation.name} (${currentFramework.name}, version ${currentFramework.version})`,
        details: { framework: record.framework, organisation: organisation.name },
      });
    },

    'cases:delete': async ({ id }) => {
      await store.remove(id);
      return { id };
    },

    'cases:history': async ({ id }) => ctx.journals.read(id),
    'cases:verifyJournal': async ({ id }) => ctx.journals.verify(id),
  };

  const handlers = {
    ...core,
    ...stageHandlers(ctx, store),
    ...assessmentHandlers(ctx, store, attachments),
    ...transferHandlers(ctx, store, attachments, keys),
    ...visitHandlers(ctx, store, localDate),
  } satisfies CaseHandlers;
  return {
    handlers,
    ...caseLinks(ctx, handlers),
    /**
     * Every case for the first search build, read without opening (a file that does not validate
     * goes through get, which recovers it; a case deleted meanwhile is left out). One at a time:
     * read all at once, their parses ran back to back in one turn of the event loop (0.8 s over
     * 1,000 cases) and saves waited behind them.
     */
    all: async () => {
      const records: CaseRecord[] = [];
      for (const id of ctx.index.data.caseSummaries.map((c) => c.id)) {
        const record = await store.folder.readStored(id).catch(() => store.get(id).catch(() => null));
        if (record) records.push(record);
      }
      return records;
    },
    setAside: store.setAside,
    get: (id: string) => store.get(id),
    /** At open: repairs each case's journal tail and rebuilds the case list; the ids found. */
    reconcile: () => store.reconcile(),
    /** At close: changes acknowledged through a case's log reach its file. */
    close: () => store.folder.rewriteAll(),
  };
}
