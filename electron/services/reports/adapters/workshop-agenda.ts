import type { Workshop } from '../../../../shared/domain/workshop';
import type { AgendaModel } from '../../../../shared/domain/report-models';
import { planSchedule } from '../../../../shared/domain/schedule';
import { localiseWorkshop } from '../../../../shared/i18n/domain/localise';
import { languageOf, metaFor, missing, type AdapterContext } from './common';
import { workshopHeader } from './workshop-common';

/** Workshop → agenda for circulation; start times run on from the workshop's start (schedule.ts). */
export function agendaFromWorkshop(record: Workshop, partnership: string, ctx: AdapterContext): AgendaModel {
  // Agenda text still as the template wrote it is printed in the document's language; the facilitator's own, as typed.
  const workshop = localiseWorkshop(record, languageOf(ctx));
  if (workshop.agenda.length === 0) throw missing('document_noAgenda');
  const plan = planSchedule(workshop.startTime, workshop.agenda, workshop.sessionMinutes);
  if (plan.end > 24 * 60) throw missing('document_pastMidnight');
  return {
    meta: metaFor('agenda', workshop.id, ctx),
    workshop: workshopHeader(workshop, partnership),
    items: workshop.agenda.map((item) => ({
      title: item.title,
      purpose: item.purpose,
      lead: item.lead,
      side: item.side,
      minutes: item.minutes,
      papers: item.papers
        .split(/[;\n]/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0),
      notes: item.notes,
    })),
    facilitatorSignature: null,
    // (The exporter's signature is added at export, with the role they hold for this workshop.)
  };
}
