import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { WorkshopFeedbackModel } from '../../../../shared/domain/report-models';
import { formatDate } from '../format';
import { bullets, colours, field, frame, rule, signatureBlock } from '../layout';
import { ratingChart, scaleLegend } from './rating-chart';
import { actionsTable, issuesTable } from './tables';

/** After a workshop: per theme key points, suggestions and a rating chart; top tips, actions, issues. */
export function workshopFeedbackDefinition(model: WorkshopFeedbackModel): TDocumentDefinitions {
  const { workshop } = model;
  const title = `Workshop feedback — ${workshop.title}`;
  const base = frame({ meta: model.meta, title, subject: `Feedback report: ${workshop.partnership}`, keywords: 'social partnership, workshop, feedback', orientation: 'portrait' });
  const themes: Content[] = model.themes.flatMap((theme, index) => [
    {
      unbreakable: true,
      stack: [
        { text: `${index + 1}. ${theme.title}`, style: 'h2' },
        ...(theme.summary ? [{ text: theme.summary, margin: [0, 0, 0, 4] } satisfies Content] : []),
        ratingChart(theme.ratings, theme.previousMedian),
        ...(index === 0 ? [scaleLegend()] : []),
      ],
    },
    { text: 'What the groups said', style: 'h3' },
    bullets(theme.keyPoints),
    // Records captured live hold notes, not separate suggestions: no empty heading for them.
    ...(theme.suggestions.length > 0 ? [{ text: 'Suggestions', style: 'h3' } satisfies Content, bullets(theme.suggestions)] : []),
  ]);
  const content: Content[] = [
    { text: 'SOCIAL PARTNERSHIP WORKSHOP · FEEDBACK REPORT', style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: workshop.title, style: 'title' },
    { text: workshop.partnership, style: 'subtitle' },
    {
      columns: [
        field('Date', `${formatDate(workshop.date)}, ${workshop.startTime}`),
        field('Venue', workshop.venue),
        field('Facilitator', workshop.facilitator),
        field('Attendance', `${model.attendance.total} people from ${model.attendance.organisations.length} organisations`),
      ],
    },
    rule(),
    ...(model.question ? [{ text: model.question, fontSize: 13, bold: true, color: colours.navy, margin: [0, 0, 0, 6] } satisfies Content] : []),
    ...(model.introduction ? [{ text: model.introduction, alignment: 'justify', margin: [0, 0, 0, 6] } satisfies Content] : []),
    { text: `Organisations represented: ${model.attendance.organisations.join(', ')}.`, style: 'small', margin: [0, 0, 0, 4] },
    ...themes,
    { text: 'Top tips for working in partnership', style: 'h2', pageBreak: 'before' },
    bullets(model.topTips),
    { text: 'Actions agreed', style: 'h2' },
    actionsTable(model.actions, model.workshop.date),
    { text: 'Issues raised', style: 'h2' },
    issuesTable(model.issues),
    { stack: [{ text: 'Report prepared by', style: 'h3', margin: [0, 18, 0, 6] }, signatureBlock(model.facilitatorSignature)], unbreakable: true },
  ];
  return { ...base, content };
}
