import { caseStudySchema } from '../../../shared/domain/library';
import type { ServiceContext } from '../context';
import { toBody, type RecordPort } from '../sync/ports';

/**
 * Region sync's view of the library: case studies live in `casebook.json`, so a change that
 * arrived is one index update (and a `library` change, which the search index follows). Their
 * `revision` counts this workspace's edits; a study written since the last round is left alone.
 */
export function caseStudyPort(ctx: ServiceContext): RecordPort {
  const find = (id: string) => ctx.index.data.caseStudies.find((s) => s.id === id) ?? null;
  return {
    get: async (id) => {
      const study = find(id);
      return study ? toBody(study) : null;
    },
    revision: async (id) => {
      const study = find(id);
      return study ? (study.revision ?? 0) : null;
    },
    write: async (id, body, expected) => {
      const current = find(id);
      if ((current ? (current.revision ?? 0) : null) !== expected) return null;
      const now = ctx.clock().toISOString();
      const revision = (current?.revision ?? 0) + 1;
      const next = caseStudySchema.parse({
        ...body,
        id,
        revision,
        updatedAt: now,
        // Taken in from the region: marked so, and kept marked after later rounds.
        fromRegion: current ? current.fromRegion : true,
      });
      await ctx.index.update((data) => {
        const at = data.caseStudies.findIndex((s) => s.id === id);
        if (at === -1) data.caseStudies.push(next);
        else data.caseStudies[at] = next;
      });
      ctx.changes.publish({ kind: 'library', id });
      return revision;
    },
    markShared: async (id, by) => {
      const study = find(id);
      if (!study || study.sharedBy) return;
      await ctx.index.update((data) => {
        const target = data.caseStudies.find((s) => s.id === id)!;
        target.sharedBy = by;
        target.revision = (target.revision ?? 0) + 1;
      });
      ctx.changes.publish({ kind: 'library', id });
    },
  };
}
