import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AssessmentReportModel } from '../../../../shared/domain/report-models';
import { communityLabels, countOf, formatDate, groupLabels, requirementLabels } from '../format';
import { bullets, colours, field, frame, issuerBlock, rule, signatureBlock, tableLayout, withHeading } from '../layout';
import { criteriaTable, criterionSection, evidenceTable } from './assessment-criteria';

const requirementColour = { met: colours.green, partly_met: colours.amber, not_met: colours.red, not_checked: colours.muted } as const;

/** The report's fixed wording in one place, so a translation replaces one object. */
export const assessmentStrings = {
  kicker: 'GO LOCAL GOVERNMENT AWARD · SKILLS FOR LIFE',
  title: 'Peer assessment report',
  notRecorded: 'Not recorded',
  fullAward: 'Recommended for the full GO Local Government Award',
  notYet: 'Not yet recommended for the full award',
  eligible: 'Eligibility: all 6 criteria are met and all 9 action-plan requirements are satisfied.',
  whyDiffers: 'Why the recommendation differs from eligibility',
  noJustification: 'No justification was recorded.',
  summary: 'Summary',
  community: 'Recognition of community partnership working',
  contents: 'Contents',
  criteria: 'The six award criteria',
  unlinked: 'Evidence not linked to a criterion',
  requirements: 'The nine action-plan requirements',
  developmentPoints: 'Development points',
  peopleMet: 'People met',
  anonymous: 'People are listed by role and group; the assessor chose not to name them.',
  declaration: "Assessor's declaration",
} as const;
const S = assessmentStrings;

function titlePage(model: AssessmentReportModel): Content[] {
  const { recommendation, eligibility } = model;
  const disagrees = (recommendation.outcome === 'full_award') !== eligibility.eligible;
  const lead = model.leadOfficer ? [model.leadOfficer.name, model.leadOfficer.role].filter(Boolean).join(', ') : S.notRecorded;
  return [
    ...issuerBlock(model.meta.issuer, 'left'),
    { text: S.kicker, style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: S.title, style: 'title' },
    { text: model.authority.name, fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
    { text: [model.authority.region, model.scope].filter(Boolean).join(' · '), style: 'subtitle' },
    {
      columns: [
        field('Visit', model.visitDates.length ? model.visitDates.map(formatDate).join(', ') : S.notRecorded),
        field('Assessor(s)', model.assessors.length ? model.assessors.join(', ') : S.notRecorded),
        field('Lead officer', lead),
        field('Document', model.meta.documentId),
      ],
      columnGap: 10,
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
                { text: recommendation.outcome === 'full_award' ? S.fullAward : S.notYet, fontSize: 14, bold: true, color: '#ffffff', margin: [0, 2, 0, 4] },
                { text: eligibility.eligible ? S.eligible : `Eligibility: not yet eligible — ${eligibility.missing.join('; ')}.`, color: '#ffffff' },
                ...(recommendation.reassessmentDate
                  ? [{ text: `Suggested re-assessment: ${formatDate(recommendation.reassessmentDate)}`, color: '#ffffff', margin: [0, 2, 0, 0] } satisfies Content]
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
    ...(disagrees ? [{ text: S.whyDiffers, style: 'h3' } satisfies Content, { text: recommendation.justification || S.noJustification, style: 'callout' } satisfies Content] : []),
    { text: S.summary, style: 'h2' },
    { text: model.summary, alignment: 'justify' },
    { text: S.community, style: 'h3' },
    { text: [{ text: `${communityLabels[model.communityPartnership.status]} `, bold: true }, model.communityPartnership.note] },
    { toc: { title: { text: S.contents, style: 'h3' }, textStyle: { fontSize: 9 } }, margin: [0, 6, 0, 0] },
  ];
}

function requirementsTable(model: AssessmentReportModel): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
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

function peopleMet(model: AssessmentReportModel): Content[] {
  const named = model.peopleMet.some((p) => p.name !== null);
  const held = model.confidentialInterviews > 0 ? [{ text: `${countOf(model.confidentialInterviews, 'interview is', 'interviews are')} kept confidential (not shown).`, style: 'small', italics: true } satisfies Content] : [];
  if (model.peopleMet.length === 0) return [bullets([], 'No interviews recorded.'), ...held];
  const headers = named ? ['Name', 'Role', 'Group'] : ['Role', 'Group'];
  return [
    ...(named ? [] : [{ text: S.anonymous, style: 'small', margin: [0, 0, 0, 4] } satisfies Content]),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: named ? ['*', '*', 110] : ['*', 140],
        body: [
          headers.map((h) => ({ text: h, style: 'tableHeader' })),
          ...model.peopleMet.map((p): TableCell[] => [
            ...(named ? [{ text: p.name ?? '—', style: 'cell' }] : []),
            { text: p.role || S.notRecorded, style: 'cell' },
            { text: p.group ? groupLabels[p.group] : S.notRecorded, style: 'cell' },
          ]),
        ],
      },
      layout: tableLayout,
    },
    ...held,
  ];
}

/** The peer assessor's report: A4 portrait, with contents, signed by the assessor. */
export function assessmentReportDefinition(model: AssessmentReportModel): TDocumentDefinitions {
  const title = `Assessment report — ${model.authority.name}`;
  const base = frame({ meta: model.meta, title, subject: 'GO Local Government Award peer assessment', keywords: 'GO Award, Skills for Life, assessment', orientation: 'portrait' });
  const content: Content[] = [
    ...titlePage(model),
    ...withHeading([{ text: S.criteria, style: 'h2', tocItem: true }], criteriaTable(model), model.criteria.length),
    ...model.criteria.flatMap(criterionSection),
    ...(model.unlinkedEvidence.length ? withHeading([{ text: S.unlinked, style: 'h2', tocItem: true }], evidenceTable(model.unlinkedEvidence), model.unlinkedEvidence.length) : []),
    ...withHeading([{ text: S.requirements, style: 'h2', tocItem: true }], requirementsTable(model), model.requirements.length),
    ...withHeading([{ text: S.developmentPoints, style: 'h2', tocItem: true }], bullets(model.recommendation.developmentPoints), model.recommendation.developmentPoints.length),
    ...withHeading([{ text: S.peopleMet, style: 'h2', tocItem: true }], { stack: peopleMet(model) }, model.peopleMet.length),
    {
      unbreakable: true,
      stack: [
        { text: S.declaration, style: 'h2', tocItem: true },
        { text: model.declaration, alignment: 'justify', margin: [0, 0, 0, 14] },
        signatureBlock(model.assessorSignature),
      ],
    },
  ];
  return { ...base, content };
}
