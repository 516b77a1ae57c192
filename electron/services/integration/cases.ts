import type { CaseRecord } from '../../../shared/domain/case';
import { channels, contract, type Handlers } from '../../../shared/ipc/contract';
import type { SearchDoc } from '../../../shared/ipc/contracts/search';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { CaseStore } from '../cases/case-store';
import { afterSuccess } from './wrap';

const route = (id: string) => `/cases/${id}`;

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
      route: route(record.id),
      parent,
    },
    ...assessment.evidence.map((item) => ({
      kind: 'evidence' as const,
      id: `${record.id}:${item.id}`,
      title: item.source || 'Evidence',
      subtitle: record.organisationName,
      text: [item.note, ...item.attachments.map((a) => a.name)].join('\n'),
      route: route(record.id),
      parent,
    })),
    ...assessment.interviews.map((interview) => ({
      kind: 'evidence' as const,
      id: `${record.id}:${interview.id}`,
      title: interview.name ? `Interview: ${interview.name}` : 'Interview',
      subtitle: record.organisationName,
      text: [interview.role, interview.notes].join('\n'),
      route: route(record.id),
      parent,
    })),
  ];
}

/**
 * Joins cases to the rest: action-plan actions appear in the tracker (edited at the source),
 * the award stage and action-plan deadline feed the regional overview, and evidence and
 * interview notes are searchable. The index is refreshed after every case change, touching
 * only the documents whose text changed, so autosave while typing stays cheap.
 */
export function connectCases(ctx: ServiceContext, handlers: Handlers): void {
  const indexed = new Map<string, Map<string, SearchDoc>>();
  /** Only reads stored files (never opens, caches or writes them). */
  const reader = new CaseStore(ctx);

  // Compared field by field rather than as one concatenated fingerprint: on a 1 MB case that
  // string was built twice for every document on every keystroke and dominated autosave.
  const same = (a: SearchDoc, b: SearchDoc) => a.title === b.title && a.subtitle === b.subtitle && a.text === b.text;

  const reindex = (record: CaseRecord) => {
    const before = indexed.get(record.id) ?? new Map<string, SearchDoc>();
    const after = new Map<string, SearchDoc>();
    for (const doc of caseDocs(record)) {
      const previous = before.get(doc.id);
      if (previous && same(previous, doc)) {
        after.set(doc.id, previous);
      } else {
        after.set(doc.id, doc);
        ctx.search.upsert(doc);
      }
    }
    for (const [id] of before) if (!after.has(id)) ctx.search.remove(id === record.id ? 'case' : 'evidence', id);
    indexed.set(record.id, after);
  };

  const forget = (id: string) => {
    ctx.search.removeByParent(`case:${id}`);
    indexed.delete(id);
  };

  ctx.actionProviders.push({
    kind: 'case',
    list: async () =>
      (await handlers['cases:listActions']()).flatMap((entry) =>
        entry.actions.map((action) => ({
          source: { kind: 'case' as const, id: entry.caseId, label: entry.label, organisationId: entry.organisationId },
          action,
        })),
      ),
    update: (caseId, actionId, patch) => handlers['cases:updateAction']({ caseId, actionId, patch }),
  });

  ctx.overviewProviders.push({
    kind: 'case',
    stages: async () =>
      ctx.index.data.caseSummaries.map((c) => ({
        organisationId: c.organisationId,
        stage: c.outcome === 'full_award' && c.recorded ? 'awarded' : c.stage,
        nextDeadline: c.actionPlanReceived ? null : c.actionPlanDue,
        deadlineLabel: c.actionPlanReceived || !c.actionPlanDue ? '' : 'Action plan due',
      })),
    records: async (organisationId) =>
      ctx.index.data.caseSummaries
        .filter((c) => c.organisationId === organisationId)
        .map((c) => ({ kind: 'case' as const, id: c.id, label: `${c.organisationName} — GO Award`, route: route(c.id), date: c.signUpDate, status: c.stage })),
  });

  void ctx.search.addSource({
    kind: 'case',
    all: async () => {
      // Read from disk without opening (every case kept open after indexing would hold the whole
      // workspace in memory); a file that does not validate goes through cases:get, which recovers it.
      const records = await Promise.all(
        ctx.index.data.caseSummaries.map((c) => reader.folder.readStored(c.id).catch(() => handlers['cases:get']({ id: c.id }))),
      );
      return records.flatMap((record) => {
        const docs = caseDocs(record);
        indexed.set(record.id, new Map(docs.map((doc) => [doc.id, doc])));
        return docs;
      });
    },
  });

  const caseMutations = channels.filter((c) => c.startsWith('cases:') && contract[c].mutation);
  for (const channel of caseMutations) {
    afterSuccess(handlers, channel, async (input: unknown, output: unknown) => {
      const id = caseIdOf(input, output);
      if (!id) return;
      try {
        reindex(await handlers['cases:get']({ id }));
      } catch (error) {
        if (error instanceof AppError && error.code === 'not_found') forget(id);
        else throw error;
      }
    });
  }
}

function caseIdOf(input: unknown, output: unknown): string | null {
  const out = output as Partial<CaseRecord> | null;
  if (out && typeof out === 'object' && 'schemaVersion' in out && typeof out.id === 'string') return out.id;
  const given = input as { caseId?: unknown; id?: unknown } | undefined;
  if (typeof given?.caseId === 'string') return given.caseId;
  return typeof given?.id === 'string' ? given.id : null;
}
