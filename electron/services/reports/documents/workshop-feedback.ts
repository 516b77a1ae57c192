import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { withheldSentence } from '../../../../shared/domain/confidential';
import type { WorkshopFeedbackModel } from '../../../../shared/domain/report-models';
import { countOf, formatDate } from '../format';
import { bullets, colours, field, frame, rule, signatureBlock, withHeading } from '../layout';
import { ratingChart, scaleLegend } from './rating-chart';
import { actionsTable, issuesTable } from './tables';

/** The report's fixed wording in one place, so a translation replaces one object. */
export const feedbackStrings = {
  kicker: 'SOCIAL PARTNERSHIP WORKSHOP · FEEDBACK REPORT',
  notDiscussed: 'Not discussed at this workshop: no notes or ratings were captured for this theme.',
  groupsSaid: 'What the groups said',
  suggestions: 'Suggestions',
  topTips: 'Top tips for working in partnership',
  actions: 'Actions agreed',
  issues: 'Issues raised',
  preparedBy: 'Report prepared by',
  contents: 'Contents',
  noNotes: 'No notes for publication.',
} as const;

type Theme = WorkshopFeedbackModel['themes'][number];

function themeSection(theme: Theme, index: number, legend: boolean): Content[] {
  const heading: Content = { text: `${index + 1}. ${theme.title}`, style: 'h2', tocItem: true };
  if (!theme.discussed) return [{ unbreakable: true, stack: [heading, { text: feedbackStrings.notDiscussed, italics: true, color: colours.muted }] }];
  return [
    {
      unbreakable: true,
      stack: [
        heading,
        ...(theme.summary ? [{ text: theme.summary, margin: [0, 0, 0, 4] } satisfies Content] : []),
        ratingChart(theme.ratings, theme.previousMedian),
        ...(legend ? [scaleLegend()] : []),
      ],
    },
    ...withHeading([{ text: feedbackStrings.groupsSaid, style: 'h3' }], bullets(theme.keyPoints, feedbackStrings.noNotes), theme.keyPoints.length),
    // Records captured live hold notes, not separate suggestions: no empty heading for them.
    ...(theme.suggestions.length > 0 ? [{ text: feedbackStrings.suggestions, style: 'h3' } satisfies Content, bullets(theme.suggestions)] : []),
  ];
}

/** After a workshop: every template theme (discussed or not), rating charts, top tips, actions, issues. */
export function workshopFeedbackDefinition(model: WorkshopFeedbackModel): TDocumentDefinitions {
  const { workshop } = model;
  const title = `Workshop feedback — ${workshop.title}`;
  const base = frame({ meta: model.meta, title, subject: `Feedback report: ${workshop.partnership}`, keywords: 'social partnership, workshop, feedback', orientation: 'portrait' });
  const firstCharted = model.themes.findIndex((t) => t.discussed);
  const themes: Content[] = model.themes.flatMap((theme, index) => themeSection(theme, index, index === firstCharted));
  const withheld = withheldSentence(model.withheld);
  const content: Content[] = [
    { text: feedbackStrings.kicker, style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: workshop.title, style: 'title' },
    { text: workshop.partnership, style: 'subtitle' },
    {
      columns: [
        field('Date', `${formatDate(workshop.date)}, ${workshop.startTime}`),
        field('Venue', workshop.venue),
        field('Facilitator', workshop.facilitator),
        field('Attendance', `${countOf(model.attendance.total, 'person', 'people')} from ${countOf(model.attendance.organisations.length, 'organisation', 'organisations')}`),
      ],
    },
    rule(),
    ...(model.question ? [{ text: model.question, fontSize: 13, bold: true, color: colours.navy, margin: [0, 0, 0, 6] } satisfies Content] : []),
    ...(model.introduction ? [{ text: model.introduction, alignment: 'justify', margin: [0, 0, 0, 6] } satisfies Content] : []),
    ...(model.attendance.organisations.length ? [{ text: `Organisations represented: ${model.attendance.organisations.join(', ')}.`, style: 'small', margin: [0, 0, 0, 4] } satisfies Content] : []),
    ...(model.themes.length > 3 ? [{ toc: { title: { text: feedbackStrings.contents, style: 'h3' }, textStyle: { fontSize: 9 } }, margin: [0, 0, 0, 6] } satisfies Content] : []),
    ...themes,
    ...withHeading([{ text: feedbackStrings.topTips, style: 'h2', tocItem: true }], bullets(model.topTips), model.topTips.length),
    ...actionsTable(model.actions, model.asOf, [], [{ text: feedbackStrings.actions, style: 'h2', tocItem: true }]),
    ...issuesTable(
      model.issues,
      [{ stack: [{ text: feedbackStrings.preparedBy, style: 'h3', margin: [0, 18, 0, 6] }, signatureBlock(model.facilitatorSignature)] }],
      [{ text: feedbackStrings.issues, style: 'h2', tocItem: true }, ...(withheld ? [{ text: withheld, style: 'small', italics: true, margin: [0, 0, 0, 6] } satisfies Content] : [])],
    ),
  ];
  return { ...base, content };
}
