import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AssessmentReportModel, ReportCriterion, ReportInterview } from '../../../../shared/domain/report-models';
import { docText } from '../../../../shared/i18n/documents';
import { docLang, type DocLang } from '../lang';
import { bullets, colours, tableLayout, withHeading } from '../layout';

export const judgementColour = {
  met: colours.green,
  partly_met: colours.amber,
  not_yet_met: colours.red,
  not_assessed: colours.muted,
} as const;

/** "2 evidence items, 1 interview": the one way the report counts what supports a criterion. */
export const supportCount = (c: Pick<ReportCriterion, 'evidence' | 'interviews'>, lang: DocLang = docLang('en')): string =>
  c.evidence.length + c.interviews.length === 0
    ? lang.t('common.none')
    : lang.join(
        lang.languages.map((l) =>
          [
            c.evidence.length ? docText(l, 'common.evidenceItems', { count: c.evidence.length }) : '',
            c.interviews.length ? docText(l, 'common.interviews', { count: c.interviews.length }) : '',
          ]
            .filter(Boolean)
            .join(', '),
        ),
      );

/** An interviewee as cited: role and group, with the name only when the assessor chose to name people. */
export function personCited(p: Pick<ReportInterview, 'name' | 'role' | 'group'>, lang: DocLang = docLang('en')): string {
  const who =
    [p.role, p.group ? lang.t(`labels.interviewGroup.${p.group}`) : ''].filter(Boolean).join(', ') ||
    lang.t('assessmentReport.roleNotRecorded');
  return p.name ? `${p.name} (${who})` : who;
}

/** A criterion as every version of the report names it (Welsh / English when bilingual). */
export type CriterionText = { title: string; lookingFor: string };

export function criteriaTable(model: AssessmentReportModel, texts: CriterionText[], lang: DocLang = docLang('en')): Content {
  const header = (key: string) => ({ text: lang.t(key, undefined, '\n'), style: 'tableHeader' });
  const body: TableCell[][] = [
    [header('assessmentReport.criterion'), header('assessmentReport.judgement'), header('assessmentReport.evidenceAndInterviews')],
    ...model.criteria.map((c, i): TableCell[] => [
      { text: [{ text: `${c.id}  `, bold: true }, texts[i].title], style: 'cell' },
      { text: lang.t(`labels.judgement.${c.judgement}`, undefined, '\n'), bold: true, color: judgementColour[c.judgement], style: 'cell' },
      { text: supportCount(c, lang), style: 'cell' },
    ]),
  ];
  return {
    table: { headerRows: 1, keepWithHeaderRows: 1, dontBreakRows: true, widths: ['*', lang.bilingual ? 90 : 70, 110], body },
    layout: tableLayout,
    margin: [0, 4, 0, 8],
  };
}

type Evidence = ReportCriterion['evidence'][number];

/** Evidence items as a table; a photograph stays with its caption and never splits across pages. */
export function evidenceTable(evidence: Evidence[], lang: DocLang = docLang('en')): Content {
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [70, 120, 70, '*'],
      body: [
        ['kind', 'source', 'date', 'note'].map((h) => ({ text: lang.t(`assessmentReport.${h}`, undefined, '\n'), style: 'tableHeader' })),
        ...evidence.map((e): TableCell[] => [
          { text: lang.t(`labels.evidenceKind.${e.kind}`, undefined, '\n'), style: 'cell' },
          { text: e.source || '—', style: 'cell' },
          { text: e.date ? lang.cellDate(e.date) : lang.t('common.notDated', undefined, '\n'), style: 'cell' },
          {
            stack: [
              { text: e.note, style: 'cell' },
              ...e.images.map((img) => ({
                unbreakable: true,
                stack: [
                  { image: img.dataUrl, fit: [200, 130] as [number, number], margin: [0, 4, 0, 2] as [number, number, number, number] },
                  { text: img.caption, style: 'small' },
                ],
              })),
            ],
          },
        ]),
      ],
    },
    layout: tableLayout,
    margin: [0, 2, 0, 6],
  };
}

export function criterionSection(c: ReportCriterion, text: CriterionText, lang: DocLang = docLang('en')): Content[] {
  const nothing = c.evidence.length === 0 && c.interviews.length === 0;
  return [
    {
      unbreakable: true,
      stack: [
        { text: `${c.id}  ${text.title}`, style: 'h3', margin: [0, 12, 0, 2] },
        {
          text: [{ text: lang.t('assessmentReport.looksFor', undefined, ''), bold: true }, text.lookingFor],
          style: 'small',
          margin: [0, 0, 0, 4],
        },
        {
          text: [
            { text: lang.t('assessmentReport.judgementLabel', undefined, '/ '), bold: true },
            { text: lang.t(`labels.judgement.${c.judgement}`), bold: true, color: judgementColour[c.judgement] },
          ],
        },
        ...(c.rationale ? [{ text: c.rationale, margin: [0, 4, 0, 4], alignment: 'justify' } satisfies Content] : []),
      ],
    },
    ...(c.developmentPoints.length
      ? withHeading(
          [{ text: lang.t('assessmentReport.developmentPoints'), bold: true, fontSize: 9 }],
          bullets(c.developmentPoints, lang.t('common.noneRecorded')),
          c.developmentPoints.length,
        )
      : []),
    ...(c.evidence.length ? [evidenceTable(c.evidence, lang)] : []),
    ...(c.interviews.length
      ? withHeading(
          [
            {
              text: lang.t('assessmentReport.interviewsCited', { count: c.interviews.length }),
              bold: true,
              fontSize: 9,
              margin: [0, 2, 0, 0],
            },
          ],
          bullets(
            c.interviews.map((i) => `${personCited(i, lang)}, ${lang.cellDate(i.date)}`),
            lang.t('common.noneRecorded'),
          ),
          c.interviews.length,
        )
      : []),
    // A confidential interview is counted, never cited: "one is held back", not "no evidence".
    ...(c.heldBack > 0
      ? [{ text: lang.t('statements.heldBack', { count: c.heldBack }, ' '), italics: true, color: colours.muted } satisfies Content]
      : []),
    ...(nothing && c.heldBack === 0
      ? [{ text: lang.t('assessmentReport.nothingLinked'), italics: true, color: colours.muted } satisfies Content]
      : []),
  ];
}

/** Each criterion's title and what it looks for, as every version of the report has them. */
export const criterionTexts = (versions: { model: AssessmentReportModel }[], lang: DocLang): CriterionText[] =>
  versions[0].model.criteria.map((_, i) => ({
    title: lang.join(versions.map((v) => v.model.criteria[i].title)),
    lookingFor: lang.join(versions.map((v) => v.model.criteria[i].lookingFor)),
  }));
