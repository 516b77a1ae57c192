import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgendaModel } from '../../../../shared/domain/report-models';
import { formatClock, planSchedule } from '../../../../shared/domain/schedule';
import { formatDate, purposeLabels, sideLabels } from '../format';
import { colours, field, frame, rule, signatureBlock, tableLayout, tableThen } from '../layout';

/** Each item's start time, running on from the meeting's start (the planner's own schedule maths). */
export function schedule(model: AgendaModel): { start: string; end: string }[] {
  const plan = planSchedule(model.workshop.startTime, model.items.map((item, i) => ({ id: String(i), minutes: item.minutes })));
  return plan.items.map((slot) => ({ start: formatClock(slot.start), end: formatClock(slot.end) }));
}

/** The agenda for circulation before a meeting, with a running schedule. */
export function agendaDefinition(model: AgendaModel): TDocumentDefinitions {
  const { workshop } = model;
  const title = `Agenda — ${workshop.title}`;
  const base = frame({ meta: model.meta, title, subject: `Agenda: ${workshop.partnership}`, keywords: 'agenda, social partnership', orientation: 'portrait' });
  const times = schedule(model);
  const finish = times.length ? times[times.length - 1].end : workshop.startTime;
  const rows: TableCell[][] = model.items.map((item, i) => [
    { text: times[i].start, bold: true, style: 'cell' },
    {
      stack: [
        { text: `${i + 1}. ${item.title}`, bold: true, style: 'cell' },
        ...(item.notes ? [{ text: item.notes, style: 'cell', color: colours.muted }] : []),
        ...(item.papers.length ? [{ text: `Papers: ${item.papers.join(', ')}`, style: 'small' }] : []),
      ],
    },
    { text: purposeLabels[item.purpose], style: 'cell' },
    { text: [item.lead, item.lead ? '\n' : '', { text: sideLabels[item.side], color: colours.muted }], style: 'cell' },
    { text: `${item.minutes} min`, style: 'cell', alignment: 'right' },
  ]);
  const table: ContentTable = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [38, '*', 78, 92, 42],
      body: [['Time', 'Item', 'Purpose', 'Lead', 'Length'].map((h) => ({ text: h, style: 'tableHeader' })), ...rows],
    },
    layout: tableLayout,
  };
  const content: Content[] = [
    { text: 'AGENDA', style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: workshop.title, style: 'title' },
    { text: workshop.partnership, style: 'subtitle' },
    {
      columns: [
        field('Date', formatDate(workshop.date)),
        field('Time', `${workshop.startTime} – ${finish}`),
        field('Venue', workshop.venue),
        field('Chair / facilitator', workshop.facilitator),
      ],
    },
    rule(),
    // The closing time and any signature stay on the page of the last item.
    ...tableThen(table, [
      { text: `Close by ${finish}.`, margin: [0, 8, 0, 0], color: colours.muted },
      ...(model.facilitatorSignature ? [{ stack: [{ text: 'Circulated by', style: 'h3', margin: [0, 18, 0, 6] }, signatureBlock(model.facilitatorSignature)] } satisfies Content] : []),
    ]),
  ];
  return { ...base, content };
}
