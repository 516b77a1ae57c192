import type { SourcedAction } from '../../../shared/domain/actions-rules';
import type { CaseRecord } from '../../../shared/domain/case';
import type { Workshop } from '../../../shared/domain/workshop';
import { AppError } from '../../../shared/result';
import type { ActionProvider } from '../actions/provider';
import type { ServiceContext } from '../context';
import { actionDoc, caseDocs, caseStudyDoc, issueDoc, noteDoc, organisationDoc, workshopDocs } from './sources';
import type { SearchedKind } from './upkeep';

/** What search reads records through: the stores' own readers, never their handlers. */
export interface SearchReaders {
  ctx: ServiceContext;
  /** One case as stored now (throws not_found when it is gone). */
  getCase(id: string): Promise<CaseRecord>;
  /** Every case, read from disk without opening (a whole workspace kept open would hold it all in memory). */
  allCases(): Promise<CaseRecord[]>;
  getWorkshop(id: string): Promise<Workshop>;
  actionProviders: readonly ActionProvider[];
}

/** A record that is gone has no documents. */
async function orNone<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') return null;
    throw error;
  }
}

/** Every kind of record the workspace search covers, with how to read its documents. */
export function searchedKinds(readers: SearchReaders): SearchedKind[] {
  const { ctx } = readers;
  const data = () => ctx.index.data;
  const actions = async () => (await Promise.all(readers.actionProviders.map((p) => p.list()))).flat();
  const actionId = (sourced: SourcedAction) => actionDoc(sourced).id;
  return [
    {
      kind: 'organisation',
      all: async () => data().organisations.map((o) => ({ id: o.id, docs: [organisationDoc(o)] })),
      docs: async (id) =>
        data()
          .organisations.filter((o) => o.id === id)
          .map(organisationDoc),
    },
    {
      kind: 'action',
      all: async () => (await actions()).map((s) => ({ id: actionId(s), docs: [actionDoc(s)] })),
      // The id is the action's key (kind:source:action); only that provider's actions are read.
      docs: async (id) => {
        const provider = readers.actionProviders.find((p) => id.startsWith(`${p.kind}:`));
        return (await (provider?.list() ?? [])).filter((s) => actionId(s) === id).map(actionDoc);
      },
    },
    {
      kind: 'issue',
      all: async () => [
        ...data().issues.map((i) => ({ id: i.id, docs: [issueDoc(ctx, i)] })),
        ...data().organisationNotes.map((n) => ({ id: n.id, docs: [noteDoc(ctx, n)] })),
      ],
      // Refused contractual disputes are kept as notes on the organisation, and stay findable.
      docs: async (id) => [
        ...data()
          .issues.filter((i) => i.id === id)
          .map((i) => issueDoc(ctx, i)),
        ...data()
          .organisationNotes.filter((n) => n.id === id)
          .map((n) => noteDoc(ctx, n)),
      ],
    },
    {
      kind: 'library',
      all: async () => data().caseStudies.map((s) => ({ id: s.id, docs: [caseStudyDoc(ctx, s)] })),
      docs: async (id) =>
        data()
          .caseStudies.filter((s) => s.id === id)
          .map((s) => caseStudyDoc(ctx, s)),
    },
    {
      kind: 'case',
      all: async () => (await readers.allCases()).map((record) => ({ id: record.id, docs: caseDocs(record) })),
      docs: async (id) => {
        const record = await orNone(readers.getCase(id));
        return record ? caseDocs(record) : [];
      },
    },
    {
      kind: 'workshop',
      all: async () =>
        (await Promise.all(data().workshops.map((w) => readers.getWorkshop(w.id)))).map((w) => ({ id: w.id, docs: workshopDocs(w) })),
      docs: async (id) => {
        const workshop = await orNone(readers.getWorkshop(id));
        return workshop ? workshopDocs(workshop) : [];
      },
    },
  ];
}
