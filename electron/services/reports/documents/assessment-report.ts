import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AssessmentReportModel } from '../../../../shared/domain/report-models';
import { docText } from '../../../../shared/i18n/documents';
import { regionName } from '../../../../shared/i18n/regions';
import { keepHeadingWithTable } from '../heading-marks';
import { asVersions, docLang, type DocLang, type Version } from '../lang';
import {
  bullets,
  closingBlock,
  colours,
  field,
  frame,
  issuerBlock,
  rule,
  signatureBlock,
  tableLayout,
  tableThen,
  withHeading,
} from '../layout';
import { criteriaTable, criterionSection, criterionTexts, evidenceTable } from './assessment-criteria';

const requirementColour = { met: colours.green, partly_met: colours.amber, not_met: colours.red, not_checked: colours.muted } as const;
type Versions = Version<AssessmentReportModel>[];

/** Prose the adapter wrote (summary, declaration): a paragraph per language, Welsh first. */
const paragraphs = (
  versions: Versions,
  pick: (m: AssessmentReportModel) => string,
  lang: DocLang,
  style: Record<string, unknown> = {},
): Content[] => [...new Set(lang.own(versions.map((v) => pick(v.model))))].map((text) => ({ ...style, text }) as Content);

function titlePage(versions: Versions, lang: DocLang): Content[] {
  const model = versions[0].model;
  const { recommendation, eligibility } = model;
  const decided = recommendation.outcome !== null;
  const disagrees = decided && (recommendation.outcome === 'full_award') !== eligibility.eligible;
  const decision =
    recommendation.outcome === 'full_award'
      ? 'assessmentReport.recommendedFull'
      : recommendation.outcome === 'not_yet'
        ? 'assessmentReport.notYetRecommended'
        : 'statements.noRecommendation';
  const notRecorded = lang.t('common.notRecorded');
  const lead = model.leadOfficer ? [model.leadOfficer.name, model.leadOfficer.role].filter(Boolean).join(', ') : notRecorded;
  const white = { color: '#ffffff' };
  const eligibilityLines = lang.own(
    versions.map(({ language, model: m }) =>
      m.eligibility.eligible
        ? docText(language, 'assessmentReport.eligible')
        : docText(language, 'assessmentReport.notEligible', { missing: m.eligibility.missing.join('; ') }),
    ),
  );
  return [
    ...issuerBlock(model.meta.issuer, 'left'),
    { text: lang.t('common.programmeKicker', undefined, '\n'), style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    ...lang.each('assessmentReport.heading').map((text) => ({ text, style: 'title' }) satisfies Content),
    { text: model.authority.name, fontSize: 16, bold: true, margin: [0, 0, 0, 2] },
    {
      text: [
        lang.join(versions.map((v) => regionName(v.model.authority.region, v.language))),
        lang.join(versions.map((v) => v.model.scope)),
      ]
        .filter(Boolean)
        .join(' · '),
      style: 'subtitle',
    },
    {
      columns: [
        field(
          lang.t('assessmentReport.visit'),
          model.visitDates.length ? model.visitDates.map((d) => lang.date(d)).join(', ') : notRecorded,
        ),
        field(lang.t('assessmentReport.assessors'), model.assessors.length ? model.assessors.join(', ') : notRecorded),
        field(lang.t('assessmentReport.leadOfficer'), lead),
        field(lang.t('assessmentReport.document'), model.meta.documentId),
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
                { text: lang.t('assessmentReport.recommendation'), style: 'label', ...white },
                ...lang
                  .each(decision)
                  .map((text) => ({ text, fontSize: 14, bold: true, ...white, margin: [0, 2, 0, 2] }) satisfies Content),
                ...(decided
                  ? []
                  : lang
                      .each('statements.noRecommendationNote')
                      .map((text) => ({ text, ...white, margin: [0, 2, 0, 0] }) satisfies Content)),
                ...eligibilityLines.map((text) => ({ text, ...white, margin: [0, 2, 0, 0] }) satisfies Content),
                ...(recommendation.reassessmentDate
                  ? [
                      {
                        text: lang.t(
                          'assessmentReport.reassessment',
                          (l) => ({ date: docLang(l).date(recommendation.reassessmentDate) }),
                          '\n',
                        ),
                        ...white,
                        margin: [0, 2, 0, 0],
                      } satisfies Content,
                    ]
                  : []),
              ],
              fillColor: recommendation.outcome === 'full_award' ? colours.teal : decided ? colours.navy : colours.muted,
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
          { text: lang.t('assessmentReport.whyDiffers'), style: 'h3' } satisfies Content,
          { text: recommendation.justification || lang.t('assessmentReport.noJustification'), style: 'callout' } satisfies Content,
        ]
      : []),
    { text: lang.t('assessmentReport.summary'), style: 'h2' },
    ...paragraphs(versions, (m) => m.summary, lang, { alignment: 'justify', margin: [0, 0, 0, 4] }),
    { text: lang.t('assessmentReport.community'), style: 'h3' },
    {
      text: [{ text: `${lang.t(`labels.community.${model.communityPartnership.status}`)} `, bold: true }, model.communityPartnership.note],
    },
    { toc: { title: { text: lang.t('common.contents'), style: 'h3' }, textStyle: { fontSize: 9 } }, margin: [0, 6, 0, 0] },
  ];
}

function requirementsTable(versions: Versions, lang: DocLang): Content {
  const model = versions[0].model;
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: [18, '*', lang.bilingual ? 90 : 70, 150],
      body: [
        ['requirementNumber', 'requirementHeader', 'status', 'note'].map((h) => ({
          text: lang.t(`assessmentReport.${h}`, undefined, '\n'),
          style: 'tableHeader',
        })),
        ...model.requirements.map((r, i): TableCell[] => [
          { text: String(r.number), style: 'cell' },
          {
            text: lang.join(
              versions.map((v) => v.model.requirements[i].text),
              '\n',
            ),
            style: 'cell',
          },
          {
            text: lang.t(`labels.requirement.${r.status}`, undefined, '\n'),
            bold: true,
            color: requirementColour[r.status],
            style: 'cell',
          },
          {
            text: r.asked
              ? r.note
                ? `${lang.t('statements.answered')} ${r.note}`
                : lang.t('statements.askedNoAnswer', undefined, '\n')
              : r.note,
            style: 'cell',
          },
        ]),
      ],
    },
    layout: tableLayout,
  };
}

/**
 * People met, then the declaration: the declaration never starts a page alone. The table's last
 * row travels with it (`keepWithClosing`); a section without a table goes whole with it.
 */
function peopleMetThenDeclaration(model: AssessmentReportModel, declaration: Content[], lang: DocLang): Content[] {
  const heading: Content = { text: lang.t('assessmentReport.peopleMet'), style: 'h2', tocItem: true };
  const named = model.peopleMet.some((p) => p.name !== null);
  const notRecorded = lang.t('common.notRecorded', undefined, '\n');
  const held =
    model.confidentialInterviews > 0
      ? [
          {
            text: lang.t('assessmentReport.confidentialInterviews', { count: model.confidentialInterviews }, ' '),
            style: 'small',
            italics: true,
          } satisfies Content,
        ]
      : [];
  if (model.peopleMet.length === 0)
    return [...closingBlock([heading, bullets([], lang.t('assessmentReport.noInterviews')), ...held, ...declaration])];
  const headers = named ? ['name', 'role', 'group'] : ['role', 'group'];
  const table: ContentTable = {
    table: {
      headerRows: 1,
      keepWithHeaderRows: 1,
      dontBreakRows: true,
      widths: named ? ['*', '*', 110] : ['*', 140],
      body: [
        headers.map((h) => ({ text: lang.t(`assessmentReport.${h}`), style: 'tableHeader' })),
        ...model.peopleMet.map((p): TableCell[] => [
          ...(named ? [{ text: p.name ?? '—', style: 'cell' }] : []),
          { text: p.role || notRecorded, style: 'cell' },
          { text: p.group ? lang.t(`labels.interviewGroup.${p.group}`, undefined, '\n') : notRecorded, style: 'cell' },
        ]),
      ],
    },
    layout: tableLayout,
  };
  const kept = keepHeadingWithTable([heading], table);
  return [
    ...kept.heading,
    ...(named
      ? []
      : [{ text: lang.t('assessmentReport.anonymous', undefined, ' '), style: 'small', margin: [0, 0, 0, 4] } satisfies Content]),
    ...tableThen(kept.table, [...held, ...declaration]),
  ];
}

/** The peer assessor's report: A4 portrait, with contents, signed by the assessor; fixed text in each language of the export. */
export function assessmentReportDefinition(input: AssessmentReportModel | Versions, lang: DocLang = docLang('en')): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  const base = frame({
    meta: model.meta,
    title: lang.t('assessmentReport.title', { authority: model.authority.name }),
    subject: lang.t('assessmentReport.subject'),
    keywords: 'GO Award, Skills for Life, assessment',
    orientation: 'portrait',
    lang,
  });
  const texts = criterionTexts(versions, lang);
  const points = model.recommendation.developmentPoints;
  const content: Content[] = [
    ...titlePage(versions, lang),
    ...withHeading(
      [{ text: lang.t('assessmentReport.criteriaHeading'), style: 'h2', tocItem: true }],
      criteriaTable(model, texts, lang),
      model.criteria.length,
    ),
    ...model.criteria.flatMap((c, i) => criterionSection(c, texts[i], lang)),
    ...(model.unlinkedEvidence.length
      ? withHeading(
          [{ text: lang.t('assessmentReport.unlinked'), style: 'h2', tocItem: true }],
          evidenceTable(model.unlinkedEvidence, lang),
          model.unlinkedEvidence.length,
        )
      : []),
    ...withHeading(
      [{ text: lang.t('assessmentReport.requirementsHeading'), style: 'h2', tocItem: true }],
      requirementsTable(versions, lang),
      model.requirements.length,
    ),
    ...withHeading(
      [{ text: lang.t('assessmentReport.developmentPoints'), style: 'h2', tocItem: true }],
      bullets(points, lang.t('common.noneRecorded')),
      points.length,
    ),
    ...peopleMetThenDeclaration(
      model,
      [
        { text: lang.t('assessmentReport.declarationHeading'), style: 'h2', tocItem: true },
        ...paragraphs(versions, (m) => m.declaration, lang, { alignment: 'justify', margin: [0, 0, 0, 6] }),
        {
          stack: [
            signatureBlock(
              { ...model.assessorSignature, role: lang.join(versions.map((v) => v.model.assessorSignature.role)) },
              200,
              54,
              lang,
            ),
          ],
          margin: [0, 8, 0, 0],
        },
      ],
      lang,
    ),
  ];
  return { ...base, content };
}
