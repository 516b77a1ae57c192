import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AgendaModel } from '../../../../shared/domain/report-models';
import { formatClock, planSchedule } from '../../../../shared/domain/schedule';
import { asVersions, docLang, type DocLang, type Version } from '../lang';
import { colours, field, frame, rule, signatureBlock, tableLayout, tableThen } from '../layout';

/** Each item's start time, running on from the meeting's start (the planner's own schedule maths). */
export function schedule(model: AgendaModel): { start: string; end: string }[] {
  const plan = planSchedule(
    model.workshop.startTime,
    model.items.map((item, i) => ({ id: String(i), minutes: item.minutes })),
  );
  return plan.items.map((slot) => ({ start: formatClock(slot.start), end: formatClock(slot.end) }));
}

/** The agenda for circulation before a meeting, with a running schedule; template text in each language of the export. */
export function agendaDefinition(input: AgendaModel | Version<AgendaModel>[], lang: DocLang = docLang('en')): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  const { workshop } = model;
  const both = (pick: (m: AgendaModel) => string, separator?: string) =>
    lang.join(
      versions.map((v) => pick(v.model)),
      separator,
    );
  const title = both((m) => m.workshop.title);
  const base = frame({
    meta: model.meta,
    title: lang.t('agenda.title', { workshop: title }),
    subject: lang.t('agenda.partnership', { partnership: workshop.partnership }),
    keywords: 'agenda, social partnership',
    orientation: 'portrait',
    lang,
  });
  const times = schedule(model);
  const finish = times.length ? times[times.length - 1].end : workshop.startTime;
  const rows: TableCell[][] = model.items.map((item, i) => {
    const notes = both((m) => m.items[i].notes, '\n');
    return [
      { text: times[i].start, bold: true, style: 'cell' },
      {
        stack: [
          { text: `${i + 1}. ${both((m) => m.items[i].title)}`, bold: true, style: 'cell' },
          ...(notes ? [{ text: notes, style: 'cell', color: colours.muted }] : []),
          ...(item.papers.length ? [{ text: lang.t('agenda.papers', { papers: item.papers.join(', ') }), style: 'small' }] : []),
        ],
      },
      { text: lang.t(`labels.purpose.${item.purpose}`, undefined, '\n'), style: 'cell' },
      {
        text: [item.lead, item.lead ? '\n' : '', { text: lang.t(`labels.side.${item.side}`, undefined, '\n'), color: colours.muted }],
        style: 'cell',
      },
      { text: lang.t('agenda.minutes', { minutes: item.minutes }, '\n'), style: 'cell', alignment: 'right' },
    ];
  });
  const columns = ['time', 'item', 'purpose', 'lead', 'length'] as const;
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [lang.bilingual ? 44 : 38, '*', 78, 92, 42],
      body: [columns.map((c) => ({ text: lang.t(`agenda.columns.${c}`, undefined, '\n'), style: 'tableHeader' })), ...rows],
    },
    layout: tableLayout,
  };
  const content: Content[] = [
    { text: lang.t('agenda.kicker', undefined, ' / '), style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: title, style: 'title' },
    { text: workshop.partnership, style: 'subtitle' },
    {
      columns: [
        field(lang.t('agenda.date'), lang.date(workshop.date)),
        field(lang.t('agenda.time'), `${workshop.startTime} – ${finish}`),
        field(lang.t('agenda.venue'), workshop.venue),
        field(lang.t('agenda.chair'), workshop.facilitator),
      ],
    },
    rule(),
    // The closing time and any signature stay on the page of the last item.
    ...tableThen(table, [
      { text: lang.t('agenda.closeBy', { time: finish }), margin: [0, 8, 0, 0], color: colours.muted },
      ...(model.facilitatorSignature
        ? [
            {
              stack: [
                { text: lang.t('common.circulatedBy'), style: 'h3', margin: [0, 18, 0, 6] },
                signatureBlock({ ...model.facilitatorSignature, role: both((m) => m.facilitatorSignature?.role ?? '') }, 200, 54, lang),
              ],
            } satisfies Content,
          ]
        : []),
    ]),
  ];
  return { ...base, content };
}
