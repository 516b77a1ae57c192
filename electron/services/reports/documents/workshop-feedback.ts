import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { WorkshopFeedbackModel } from '../../../../shared/domain/report-models';
import { docText } from '../../../../shared/i18n/documents';
import { asVersions, docLang, type DocLang, type Version } from '../lang';
import { bullets, colours, field, frame, rule, signatureBlock, withHeading } from '../layout';
import { ratingChart, scaleLegend } from './rating-chart';
import { actionsTable, issuesTable } from './tables';
import { withheldText } from './withheld';

type Theme = WorkshopFeedbackModel['themes'][number];

function themeSection(theme: Theme, index: number, legend: boolean, lang: DocLang): Content[] {
  const heading: Content = { text: `${index + 1}. ${theme.title}`, style: 'h2', tocItem: true };
  if (!theme.discussed)
    return [
      {
        unbreakable: true,
        stack: [heading, { text: lang.t('workshopFeedback.notDiscussed', undefined, '\n'), italics: true, color: colours.muted }],
      },
    ];
  return [
    {
      unbreakable: true,
      stack: [
        heading,
        ...(theme.summary ? [{ text: theme.summary, margin: [0, 0, 0, 4] } satisfies Content] : []),
        ratingChart(theme.ratings, theme.previousMedian, lang),
        ...(legend ? [scaleLegend(lang)] : []),
      ],
    },
    ...withHeading(
      [{ text: lang.t('workshopFeedback.whatGroupsSaid'), style: 'h3' }],
      bullets(theme.keyPoints, lang.t('workshopFeedback.noNotes')),
      theme.keyPoints.length,
    ),
    // Records captured live hold notes, not separate suggestions: no empty heading for them.
    ...(theme.suggestions.length > 0
      ? [
          { text: lang.t('workshopFeedback.suggestions'), style: 'h3' } satisfies Content,
          bullets(theme.suggestions, lang.t('common.noneRecorded')),
        ]
      : []),
  ];
}

/**
 * After a workshop: every template theme (discussed or not), rating charts, top tips, actions,
 * issues. Template text (theme titles, the closing question) in each language of the export; what
 * people said, once, as they said it.
 */
export function workshopFeedbackDefinition(
  input: WorkshopFeedbackModel | Version<WorkshopFeedbackModel>[],
  lang: DocLang = docLang('en'),
): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  const { workshop } = model;
  const both = (pick: (m: WorkshopFeedbackModel) => string, separator?: string) =>
    lang.join(
      versions.map((v) => pick(v.model)),
      separator,
    );
  const base = frame({
    meta: model.meta,
    title: lang.t('workshopFeedback.title', { workshop: workshop.title }),
    subject: lang.t('workshopFeedback.subject', { partnership: workshop.partnership }),
    keywords: 'social partnership, workshop, feedback',
    orientation: 'portrait',
    lang,
  });
  const themesInLanguages = model.themes.map((theme, i) => ({ ...theme, title: both((m) => m.themes[i].title) }));
  const firstCharted = model.themes.findIndex((t) => t.discussed);
  const themes: Content[] = themesInLanguages.flatMap((theme, index) => themeSection(theme, index, index === firstCharted, lang));
  // Casework is about issues, so it is said under the issues; other confidential items up front.
  const casework = withheldText({ casework: model.withheld.casework, confidential: 0 }, lang);
  const confidential = withheldText({ casework: 0, confidential: model.withheld.confidential }, lang);
  const topTips = model.topTips.map((_, i) => both((m) => m.topTips[i]));
  const question = both((m) => m.question, '\n');
  const content: Content[] = [
    { text: lang.t('workshopFeedback.kicker', undefined, '\n'), style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: workshop.title, style: 'title' },
    { text: workshop.partnership, style: 'subtitle' },
    {
      columns: [
        field(lang.t('workshopFeedback.date', undefined, '\n'), `${lang.date(workshop.date)}, ${workshop.startTime}`),
        field(lang.t('workshopFeedback.venue', undefined, '\n'), workshop.venue),
        field(lang.t('workshopFeedback.facilitator', undefined, '\n'), workshop.facilitator),
        field(
          lang.t('workshopFeedback.attendance', undefined, '\n'),
          lang.t('workshopFeedback.attendanceLine', (l) => ({
            people: docText(l, 'common.people', { count: model.attendance.total }),
            organisations: docText(l, 'common.organisations', { count: model.attendance.organisations.length }),
          })),
        ),
      ],
    },
    rule(),
    // The summary is headed "Summary"; the closing question is quoted as the question it is.
    { text: lang.t('statements.summary'), style: 'h2' },
    ...(question
      ? [{ text: [{ text: `${lang.t('statements.closingQuestion')}: `, bold: true }, question], margin: [0, 0, 0, 6] } satisfies Content]
      : []),
    ...lang
      .own(versions.map((v) => v.model.introduction))
      .filter(Boolean)
      .map((text) => ({ text, alignment: 'justify', margin: [0, 0, 0, 6] }) satisfies Content),
    ...(confidential ? [{ text: confidential, style: 'small', italics: true, margin: [0, 0, 0, 4] } satisfies Content] : []),
    ...(model.attendance.organisations.length
      ? [
          {
            text: lang.t('workshopFeedback.organisations', { organisations: model.attendance.organisations.join(', ') }, '\n'),
            style: 'small',
            margin: [0, 0, 0, 4],
          } satisfies Content,
        ]
      : []),
    ...(model.themes.length > 3
      ? [
          {
            toc: { title: { text: lang.t('common.contents'), style: 'h3' }, textStyle: { fontSize: 9 } },
            margin: [0, 0, 0, 6],
          } satisfies Content,
        ]
      : []),
    ...themes,
    ...withHeading(
      [{ text: lang.t('workshopFeedback.topTips'), style: 'h2', tocItem: true }],
      bullets(topTips, lang.t('common.noneRecorded')),
      topTips.length,
    ),
    ...withHeading(
      [{ text: lang.t('statements.parkingLot'), style: 'h2', tocItem: true }],
      bullets(model.parkingLot, lang.t('statements.noParkingLot')),
      model.parkingLot.length,
    ),
    ...actionsTable(model.actions, model.asOf, [], [{ text: lang.t('workshopFeedback.actionsAgreed'), style: 'h2', tocItem: true }], lang),
    ...issuesTable(
      model.issues,
      [
        {
          stack: [
            { text: lang.t('common.reportPreparedBy'), style: 'h3', margin: [0, 18, 0, 6] },
            signatureBlock({ ...model.facilitatorSignature, role: both((m) => m.facilitatorSignature.role) }, 200, 54, lang),
          ],
        },
      ],
      [
        { text: lang.t('workshopFeedback.issuesRaised'), style: 'h2', tocItem: true },
        ...(casework ? [{ text: casework, style: 'small', italics: true, margin: [0, 0, 0, 6] } satisfies Content] : []),
      ],
      lang,
    ),
  ];
  return { ...base, content };
}
