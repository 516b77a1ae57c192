import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AssessmentReportModel, ReportCriterion } from '../../../../shared/domain/report-models';
import { evidenceLabels, formatDate, groupLabels, judgementLabels, requirementLabels } from '../format';
import { bullets, colours, field, frame, rule, signatureBlock, tableLayout } from '../layout';

const judgementColour = { met: colours.green, partly_met: colours.amber, not_yet_met: colours.red, not_assessed: colours.muted } as const;
const requirementColour = { met: colours.green, partly_met: colours.amber, not_met: colours.red, not_checked: colours.muted } as const;

const recommendationText = (model: AssessmentReportModel) =>
  model.recommendation.outcome === 'full_award'
    ? `Recommended for the full GO Local Government Award`
    : 'Not yet recommended for the full award';

function titlePage(model: AssessmentReportModel): Content[] {
  const { recommendation, eligibility } = model;
  const disagrees = (recommendation.outcome === 'full_award') !== eligibility.eligible;
  return [
    { text: 'GO LOCAL GOVERNMENT AWARD · SKILLS FOR LIFE', style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: 'Peer assessment report', style: 'title' },
    { text: model.authority.name, fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
    { text: [model.authority.region, model.scope].filter(Boolean).join(' · '), style: 'subtitle' },
    {
      columns: [
        field('Visit', model.visitDates.map(formatDate).join(', ')),
        field('Assessor(s)', model.assessors.join(', ')),
        field('Document', model.meta.documentId),
      ],
    },
    rule(),
    {
      table: {
        widths: ['*'],
        body: [
          [
            {
              stack: [
                { text: 'RECOMMENDATION', style: 'label', color: '#ffffff' },
                { text: recommendationText(model), fontSize: 14, bold: true, color: '#ffffff', margin: [0, 2, 0, 4] },
                {
                  text: eligibility.eligible
                    ? 'Eligibility: all 6 criteria are met and all 9 action-plan requirements are satisfied.'
                    : `Eligibility: not yet eligible — ${eligibility.missing.join('; ')}.`,
                  color: '#ffffff',
                },
                ...(model.recommendation.reassessmentDate
                  ? [{ text: `Suggested re-assessment: ${formatDate(model.recommendation.reassessmentDate)}`, color: '#ffffff', margin: [0, 2, 0, 0] } satisfies Content]
                  : []),
              ],
              fillColor: recommendation.outcome === 'full_award' ? colours.teal : colours.navy,
              margin: [10, 8, 10, 8],
            },
          ],
        ],
      },
      layout: 'noBorders',
      margin: [0, 4, 0, 8],
    },
    ...(disagrees
      ? [
          { text: 'Why the recommendation differs from eligibility', style: 'h3' },
          { text: recommendation.justification || 'No justification was recorded.', style: 'callout' },
        ]
      : []),
    { text: 'Summary', style: 'h2' },
    { text: model.summary, alignment: 'justify' },
    { text: 'Recognition of community partnership working', style: 'h3' },
    {
      text: [
        { text: model.communityPartnership.recognised ? 'Recognised. ' : 'Not recognised at this assessment. ', bold: true },
        model.communityPartnership.note,
      ],
    },
  ];
}

function criteriaTable(model: AssessmentReportModel): Content {
  const body: TableCell[][] = [
    [
      { text: 'Criterion', style: 'tableHeader' },
      { text: 'Judgement', style: 'tableHeader' },
      { text: 'Evidence', style: 'tableHeader', alignment: 'right' },
    ],
    ...model.criteria.map((c): TableCell[] => [
      { text: [{ text: `${c.id}  `, bold: true }, c.title], style: 'cell' },
      { text: judgementLabels[c.judgement], bold: true, color: judgementColour[c.judgement], style: 'cell' },
      { text: String(c.evidence.length), alignment: 'right', style: 'cell' },
    ]),
  ];
  return { table: { headerRows: 1, widths: ['*', 80, 70], body }, layout: tableLayout, margin: [0, 4, 0, 8] };
}

function criterionSection(c: ReportCriterion): Content[] {
  return [
    {
      unbreakable: true,
      stack: [
        { text: `${c.id}  ${c.title}`, style: 'h3', margin: [0, 12, 0, 2] },
        { text: [{ text: 'Looks for: ', bold: true }, c.lookingFor], style: 'small', margin: [0, 0, 0, 4] },
        { text: [{ text: 'Judgement: ', bold: true }, { text: judgementLabels[c.judgement], bold: true, color: judgementColour[c.judgement] }] },
      ],
    },
    { text: c.rationale, margin: [0, 4, 0, 4], alignment: 'justify' },
    ...(c.developmentPoints.length ? [{ text: 'Development points', bold: true, fontSize: 9 } satisfies Content, bullets(c.developmentPoints)] : []),
    ...(c.evidence.length
      ? [
          {
            table: {
              headerRows: 1,
              widths: [70, 120, 70, '*'],
              body: [
                ['Kind', 'Source', 'Date', 'Note'].map((h) => ({ text: h, style: 'tableHeader' })),
                ...c.evidence.map((e): TableCell[] => [
                  { text: evidenceLabels[e.kind], style: 'cell' },
                  { text: e.source, style: 'cell' },
                  { text: formatDate(e.date), style: 'cell' },
                  {
                    stack: [
                      { text: e.note, style: 'cell' },
                      ...e.images.map((img) => ({
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
          } satisfies Content,
        ]
      : [{ text: 'No evidence recorded for this criterion.', italics: true, color: colours.muted } satisfies Content]),
  ];
}

function requirementsTable(model: AssessmentReportModel): Content {
  return {
    table: {
      headerRows: 1,
      widths: [18, '*', 70, 150],
      body: [
        ['#', 'The action plan must…', 'Status', 'Note'].map((h) => ({ text: h, style: 'tableHeader' })),
        ...model.requirements.map((r): TableCell[] => [
          { text: String(r.number), style: 'cell' },
          { text: r.text, style: 'cell' },
          { text: requirementLabels[r.status], bold: true, color: requirementColour[r.status], style: 'cell' },
          { text: r.note, style: 'cell' },
        ]),
      ],
    },
    layout: tableLayout,
  };
}

/** The peer assessor's report: A4 portrait, signed by the assessor. */
export function assessmentReportDefinition(model: AssessmentReportModel): TDocumentDefinitions {
  const title = `Assessment report — ${model.authority.name}`;
  const base = frame({ meta: model.meta, title, subject: 'GO Local Government Award peer assessment', keywords: 'GO Award, Skills for Life, assessment', orientation: 'portrait' });
  const content: Content[] = [
    ...titlePage(model),
    { text: 'The six award criteria', style: 'h2', pageBreak: 'before' },
    criteriaTable(model),
    ...model.criteria.flatMap(criterionSection),
    { text: 'The nine action-plan requirements', style: 'h2', pageBreak: 'before' },
    requirementsTable(model),
    { text: 'Development points', style: 'h2' },
    bullets(model.recommendation.developmentPoints),
    { text: 'People met', style: 'h2' },
    {
      table: {
        headerRows: 1,
        widths: ['*', '*', 110],
        body: [
          ['Name', 'Role', 'Group'].map((h) => ({ text: h, style: 'tableHeader' })),
          ...model.peopleMet.map((p): TableCell[] => [
            { text: p.name, style: 'cell' },
            { text: p.role, style: 'cell' },
            { text: groupLabels[p.group], style: 'cell' },
          ]),
        ],
      },
      layout: tableLayout,
    },
    {
      unbreakable: true,
      stack: [
        { text: "Assessor's declaration", style: 'h2' },
        { text: model.declaration, alignment: 'justify', margin: [0, 0, 0, 14] },
        signatureBlock(model.assessorSignature),
      ],
    },
  ];
  return { ...base, content };
}
