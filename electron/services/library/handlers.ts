import { titleFromText, type CaseStudy, type Citation } from '../../../shared/domain/library';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { SearchIndex } from '../search/search-index';
import { caseStudyPort } from './port';

type LibraryHandlers = Pick<
  Handlers,
  | 'library:list'
  | 'library:get'
  | 'library:create'
  | 'library:createFrom'
  | 'library:update'
  | 'library:delete'
  | 'library:search'
  | 'library:cite'
  | 'library:uncite'
  | 'library:citations'
>;

const byTitle = (a: CaseStudy, b: CaseStudy) => a.title.localeCompare(b.title, 'en-GB');

/** The good practice library: case studies in `casebook.json`, citations by id. */
export function libraryHandlers(ctx: ServiceContext, search: Pick<SearchIndex, 'query'>): LibraryHandlers {
  ctx.recordPorts.casestudy = caseStudyPort(ctx);
  const find = (id: string) => {
    const found = ctx.index.data.caseStudies.find((s) => s.id === id);
    if (!found) throw new AppError('not_found', 'caseStudyGone');
    return found;
  };
  const checkOrganisation = (organisationId: string | null) => {
    if (organisationId && !ctx.index.data.organisations.some((o) => o.id === organisationId)) {
      throw new AppError('not_found', 'organisationGoneKeepText');
    }
  };
  const add = async (study: CaseStudy) => {
    await ctx.index.update((data) => {
      data.caseStudies.push(study);
    });
    ctx.changes.publish({ kind: 'library', id: study.id });
    return study;
  };

  return {
    'library:list': async () => [...ctx.index.data.caseStudies].sort(byTitle),
    'library:get': async ({ id }) => ({
      caseStudy: find(id),
      citations: ctx.index.data.citations.filter((c) => c.caseStudyId === id),
    }),
    'library:create': async (draft) => {
      checkOrganisation(draft.organisationId);
      const now = ctx.clock().toISOString();
      return add({ ...draft, id: ctx.newId(), origin: { kind: 'scratch' }, createdAt: now, updatedAt: now });
    },
    'library:createFrom': async ({ origin, text, title, organisationId, theme }) => {
      checkOrganisation(organisationId);
      const now = ctx.clock().toISOString();
      return add({
        id: ctx.newId(),
        title: title?.trim() || titleFromText(text),
        organisationId,
        theme,
        summary: text,
        whatWorked: '',
        barriers: '',
        contactRole: '',
        origin,
        createdAt: now,
        updatedAt: now,
      });
    },
    'library:update': async ({ id, draft }) => {
      // A study from the region may name an organisation only its sharer's workspace holds: kept as it is.
      if (draft.organisationId !== find(id).organisationId) checkOrganisation(draft.organisationId);
      const updated = await ctx.index.update((data) => {
        const index = data.caseStudies.findIndex((s) => s.id === id);
        const current = data.caseStudies[index];
        data.caseStudies[index] = { ...current, ...draft, revision: (current.revision ?? 0) + 1, updatedAt: ctx.clock().toISOString() };
        return data.caseStudies[index];
      });
      ctx.changes.publish({ kind: 'library', id });
      return updated;
    },
    'library:delete': async ({ id }) => {
      find(id);
      if (ctx.index.data.citations.some((c) => c.caseStudyId === id)) {
        throw new AppError('conflict', 'caseStudyCited');
      }
      await ctx.index.update((data) => {
        data.caseStudies = data.caseStudies.filter((s) => s.id !== id);
      });
      ctx.changes.publish({ kind: 'library', id, deleted: true });
      return { id };
    },
    'library:search': async ({ text }) => {
      if (!text.trim()) return [...ctx.index.data.caseStudies].sort(byTitle);
      const hits = await search.query(text, { kinds: ['case_study'], limit: 200 });
      return hits.flatMap((hit) => ctx.index.data.caseStudies.filter((s) => s.id === hit.id));
    },
    'library:cite': async ({ caseStudyId, citedBy, note }) => {
      find(caseStudyId);
      const existing = ctx.index.data.citations.find(
        (c) => c.caseStudyId === caseStudyId && c.citedBy.kind === citedBy.kind && c.citedBy.id === citedBy.id,
      );
      if (existing) return existing;
      const citation: Citation = { id: ctx.newId(), caseStudyId, citedBy, note, at: ctx.clock().toISOString() };
      await ctx.index.update((data) => {
        data.citations.push(citation);
      });
      return citation;
    },
    'library:uncite': async ({ id }) => {
      if (!ctx.index.data.citations.some((c) => c.id === id)) throw new AppError('not_found', 'citationGone');
      await ctx.index.update((data) => {
        data.citations = data.citations.filter((c) => c.id !== id);
      });
      return { id };
    },
    'library:citations': async ({ caseStudyId, citedBy }) =>
      ctx.index.data.citations.filter(
        (c) =>
          (!caseStudyId || c.caseStudyId === caseStudyId) && (!citedBy || (c.citedBy.kind === citedBy.kind && c.citedBy.id === citedBy.id)),
      ),
  };
}
