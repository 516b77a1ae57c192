import type { Handlers } from '../../../shared/ipc/contract';
import type { ScheduleBaseline, Workshop } from '../../../shared/domain/workshop';
import { previousWorkshop } from '../../../shared/domain/workshop-ratings';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { captureHandlers } from './capture';
import { WorkshopStore } from './store';
import { workshopPort } from '../sync/ports';
import { findTemplate, templateHandlers } from './templates';
import { logWorkshopIssues, workshopLinks } from './links';
import { trackerHandlers } from './tracker';

type WorkshopHandlers = Pick<Handlers, Extract<keyof Handlers, `workshops:${string}`>>;

const byDate = (a: { date: string; startTime: string }, b: { date: string; startTime: string }) =>
  b.date.localeCompare(a.date) || b.startTime.localeCompare(a.startTime);

export type WorkshopService = ReturnType<typeof workshopService>;

/**
 * Workshops: every `workshops:*` channel, what workshops tell the tracker and the overview, and
 * the issue log they feed (`raiseIssue`, the issue log's own handler).
 */
export function workshopService(ctx: ServiceContext, raiseIssue: Handlers['issues:raise']) {
  const store = new WorkshopStore(ctx, (workshop) => logWorkshopIssues(workshop, raiseIssue));
  ctx.recordPorts.workshop = workshopPort(store);
  const handlers = workshopHandlers(ctx, store);
  return {
    handlers,
    ...workshopLinks(ctx, handlers),
    setAside: store.setAside,
    get: (id: string) => store.get(id),
    /**
     * The agenda as it was just circulated (exported, signed) becomes the plan the live schedule
     * is measured against; once the workshop has started live, the baseline it kept stays.
     */
    keepCirculatedPlan: (id: string, plan: Omit<ScheduleBaseline, 'keptAt'>) =>
      store.change(id, (w) => {
        if (w.live && w.live.status !== 'idle') return null;
        w.baseline = { ...plan, keptAt: ctx.clock().toISOString() };
        return {
          kind: 'workshop.baseline',
          summary: 'Kept the circulated agenda as the plan the live schedule is compared with.',
          details: { baseline: w.baseline },
        };
      }),
    /** At open: repairs each workshop's journal tail and rebuilds the list; the ids found. */
    reconcile: () => store.reconcile(),
    /** At close: changes acknowledged through a workshop's log reach its file. */
    close: () => store.folder.rewriteAll(),
  };
}

function workshopHandlers(ctx: ServiceContext, store: WorkshopStore): WorkshopHandlers {
  const assertOrganisation = (organisationId: string | null | undefined) => {
    if (organisationId && !ctx.index.data.organisations.some((o) => o.id === organisationId)) {
      throw new AppError('not_found', 'organisationGoneChooseOrAdd');
    }
  };
  return {
    ...templateHandlers(ctx),
    ...captureHandlers(ctx, store),
    ...trackerHandlers(ctx, store),
    'workshops:list': async () => [...ctx.index.data.workshops].sort(byDate),
    'workshops:get': async ({ id }) => store.get(id),
    'workshops:create': async ({ templateId, details }) => {
      const template = findTemplate(ctx, templateId);
      assertOrganisation(details.organisationId);
      const now = ctx.clock().toISOString();
      const workshop: Workshop = {
        ...details,
        id: ctx.newId(),
        templateId: template.id,
        templateVersion: template.version,
        templateName: template.name,
        themes: structuredClone(template.themes),
        closingQuestion: template.closingQuestion,
        attendees: [],
        groups: [],
        agenda: template.agenda.map((item) => ({ ...item, id: ctx.newId(), papers: '', outcome: '' })),
        notes: [],
        ratings: [],
        topTips: [],
        parkingLot: [],
        actions: [],
        issues: [],
        live: null,
        baseline: null,
        room: { themeId: null, noteId: null, chime: true },
        status: 'planned',
        completedAt: null,
        createdAt: now,
        updatedAt: now,
        revision: 0,
      };
      return store.create(workshop, {
        kind: 'workshop.created',
        summary: `Created workshop “${workshop.title}” from the template “${template.name}” (version ${template.version}).`,
        details: { templateId: template.id, templateVersion: template.version },
      });
    },
    'workshops:updatePlan': async ({ id, patch }) => {
      assertOrganisation(patch.organisationId);
      return store.change(id, (w) => {
        const fields = Object.keys(patch).filter(
          (key) => JSON.stringify(patch[key as keyof typeof patch]) !== JSON.stringify(w[key as keyof Workshop]),
        );
        Object.assign(w, patch);
        if (fields.length === 0) return null;
        return { kind: 'workshop.plan.updated', summary: `Changed ${fields.join(', ')}.`, details: { fields, patch } };
      });
    },
    'workshops:saveLive': async ({ id, live }) =>
      store.change(id, (w) => {
        w.live = live;
        // The first start keeps the plan as it stood, so trims made later are measured against it.
        if (live && live.status !== 'idle' && !w.baseline) {
          w.baseline = {
            startTime: w.startTime,
            items: w.agenda.map((a) => ({ id: a.id, minutes: a.minutes })),
            keptAt: ctx.clock().toISOString(),
          };
        }
        return {
          kind: 'workshop.live',
          summary: live ? `Live timer: ${live.status}, item ${live.index + 1}.` : 'Live timer reset.',
          details: { live },
        };
      }),
    'workshops:updateRoom': async ({ id, patch }) =>
      store.change(id, (w) => {
        if (patch.themeId && !w.themes.some((t) => t.id === patch.themeId)) {
          throw new AppError('invalid_input', 'themeNotInWorkshop');
        }
        if (patch.noteId) {
          const note = w.notes.find((n) => n.id === patch.noteId);
          if (!note) throw new AppError('not_found', 'noteDeletedCannotShow');
          if (note.confidential) throw new AppError('conflict', 'noteConfidential');
        }
        Object.assign(w.room, patch);
        // Which theme is on the screen changes often and says nothing about the workshop; the
        // choice to project a note, or to silence the chime, is worth a line in the history.
        if (patch.noteId !== undefined) {
          return {
            kind: 'workshop.room.note',
            summary: patch.noteId ? 'Showed a note on the projector.' : 'Took the note off the projector.',
            details: { noteId: patch.noteId },
          };
        }
        if (patch.chime !== undefined)
          return {
            kind: 'workshop.room.chime',
            summary: patch.chime ? 'Turned the live-mode chime on.' : 'Turned the live-mode chime off.',
          };
        return null;
      }),
    'workshops:openAudience': async ({ id }) => {
      await store.get(id); // a clear "not found" before any window opens
      return { opened: ctx.shell.openAudience ? await ctx.shell.openAudience(id) : false };
    },
    'workshops:setStatus': async ({ id, status }) =>
      store.change(id, (w) => {
        w.status = status;
        w.completedAt = status === 'complete' ? ctx.clock().toISOString() : null;
        return { kind: 'workshop.status', summary: status === 'complete' ? 'Marked the workshop complete.' : 'Reopened the workshop.' };
      }),
    'workshops:delete': async ({ id }) => {
      const workshop = await store.get(id);
      await store.remove(id, workshop.title);
      return { id };
    },
    'workshops:previous': async ({ id }) => {
      const current = await store.get(id);
      const earlier = previousWorkshop(ctx.index.data.workshops, current);
      if (!earlier) return null;
      const before = await store.get(earlier.id);
      return { id: before.id, title: before.title, date: before.date, ratings: before.ratings };
    },
  };
}
