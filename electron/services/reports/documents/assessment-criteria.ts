import type { Content, TableCell } from 'pdfmake/interfaces';
import type { AssessmentReportModel, ReportCriterion, ReportInterview } from '../../../../shared/domain/report-models';
import { countOf, evidenceLabels, formatDate, groupLabels, judgementLabels } from '../format';
import { bullets, colours, tableLayout, withHeading } from '../layout';

export const judgementColour = { met: colours.green, partly_met: colours.amber, not_yet_met: colours.red, not_assessed: colours.muted } as const;

/** "2 evidence items, 1 interview": the one way the report counts what supports a criterion. */
export const supportCount = (c: Pick<ReportCriterion, 'evidence' | 'interviews'>): string =>
  c.evidence.length + c.interviews.length === 0
    ? 'None'
    : [c.evidence.length ? countOf(c.evidence.length, 'evidence item', 'evidence items') : '', c.interviews.length ? countOf(c.interviews.length, 'interview', 'interviews') : '']
        .filter(Boolean)
        .join(', ');

/** An interviewee as cited: role and group, with the name only when the assessor chose to name people. */
export function personCited(p: Pick<ReportInterview, 'name' | 'role' | 'group'>): string {
  const who = [p.role, p.group ? groupLabels[p.group] : ''].filter(Boolean).join(', ') || 'Role not recorded';
  return p.name ? `${p.name} (${who})` : who;
}

export function criteriaTable(model: AssessmentReportModel): Content {
  const body: TableCell[][] = [
    [
      { text: 'Criterion', style: 'tableHeader' },
      { text: 'Judgement', style: 'tableHeader' },
      { text: 'Evidence and interviews', style: 'tableHeader' },
    ],
    ...model.criteria.map((c): TableCell[] => [
      { text: [{ text: `${c.id}  `, bold: true }, c.title], style: 'cell' },
      { text: judgementLabels[c.judgement], bold: true, color: judgementColour[c.judgement], style: 'cell' },
      { text: supportCount(c), style: 'cell' },
    ]),
  ];
  return { table: { headerRows: 1, dontBreakRows: true, widths: ['*', 70, 110], body }, layout: tableLayout, margin: [0, 4, 0, 8] };
}

type Evidence = ReportCriterion['evidence'][number];

/** Evidence items as a table; a photograph stays with its caption and never splits across pages. */
export function evidenceTable(evidence: Evidence[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [70, 120, 70, '*'],
      body: [
        ['Kind', 'Source', 'Date', 'Note'].map((h) => ({ text: h, style: 'tableHeader' })),
        ...evidence.map((e): TableCell[] => [
          { text: evidenceLabels[e.kind], style: 'cell' },
          { text: e.source || '—', style: 'cell' },
          { text: e.date ? formatDate(e.date) : 'Not dated', style: 'cell' },
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

export function criterionSection(c: ReportCriterion): Content[] {
  const nothing = c.evidence.length === 0 && c.interviews.length === 0;
  return [
    {
      unbreakable: true,
      stack: [
        { text: `${c.id}  ${c.title}`, style: 'h3', margin: [0, 12, 0, 2] },
        { text: [{ text: 'Looks for: ', bold: true }, c.lookingFor], style: 'small', margin: [0, 0, 0, 4] },
        { text: [{ text: 'Judgement: ', bold: true }, { text: judgementLabels[c.judgement], bold: true, color: judgementColour[c.judgement] }] },
        ...(c.rationale ? [{ text: c.rationale, margin: [0, 4, 0, 4], alignment: 'justify' } satisfies Content] : []),
      ],
    },
    ...(c.developmentPoints.length ? withHeading([{ text: 'Development points', bold: true, fontSize: 9 }], bullets(c.developmentPoints), c.developmentPoints.length) : []),
    ...(c.evidence.length ? [evidenceTable(c.evidence)] : []),
    ...(c.interviews.length
      ? withHeading([{ text: `Interviews cited (${c.interviews.length})`, bold: true, fontSize: 9, margin: [0, 2, 0, 0] }], bullets(c.interviews.map((i) => `${personCited(i)}, ${formatDate(i.date)}`)), c.interviews.length)
      : []),
    ...(nothing ? [{ text: 'No evidence or interviews are linked to this criterion.', italics: true, color: colours.muted } satisfies Content] : []),
  ];
}
