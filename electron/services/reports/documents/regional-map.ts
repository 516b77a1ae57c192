import type { Content, ContentTable, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { maturityRamp, ratingText, swatchFor } from '../../../../shared/domain/heat-map';
import type { RegionalMapModel } from '../../../../shared/domain/report-models';
import { asVersions, docLang, type DocLang, type Version } from '../lang';
import { colours, field, frame, rule, signatureBlock, tableLayout, tableThen } from '../layout';

const TEXT_WIDTH = 495;
const FIXED = { stage: 58, overdue: 40, issues: 40 };
const MIN_NAME = 150;

/** Theme columns share what the name and the three count columns leave, within readable bounds. */
const themeWidth = (themes: number) =>
  Math.max(22, Math.min(50, Math.floor((TEXT_WIDTH - MIN_NAME - FIXED.stage - FIXED.overdue - FIXED.issues) / Math.max(1, themes))));

const head = (text: string): TableCell => ({ text, style: 'tableHeader', fontSize: 7 });

/** A rating as a coloured cell with its number: colour is never the only cue (a dash where unrated). */
function ratingCell(rating: number | null): TableCell {
  const swatch = swatchFor(rating === null ? null : { rating, ratedOn: '' });
  return {
    text: rating === null ? '–' : ratingText(rating),
    alignment: 'center',
    bold: rating !== null,
    fillColor: swatch.background,
    color: swatch.text,
    fontSize: 9,
  };
}

/** The 0–4 scale as five swatches, each with its number and name. */
function legend(lang: DocLang): Content {
  return {
    table: {
      widths: maturityRamp.map(() => '*'),
      body: [
        maturityRamp.map(
          (swatch, n) =>
            ({
              text: `${n} ${lang.t(`labels.maturity.${n}`)}`,
              fillColor: swatch.background,
              color: swatch.text,
              fontSize: 8,
              alignment: 'center',
            }) satisfies TableCell,
        ),
      ],
    },
    layout: 'noBorders',
    margin: [0, 4, 0, 10],
  };
}

/** Organisations × themes (latest maturity), with award stage, overdue actions and open issues beside it. */
export function regionalMapDefinition(
  input: RegionalMapModel | Version<RegionalMapModel>[],
  lang: DocLang = docLang('en'),
): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  // Values the adapter wrote per language (themes, stages, sectors) are printed in each, Welsh first.
  // Joined through DocLang so that, bilingual, each half is tagged with its own language (language-spans.ts).
  const each = (pick: (m: RegionalMapModel) => string) =>
    lang.join(
      versions.map((v) => pick(v.model)),
      '\n',
    );
  const scope = lang.join(versions.map((v) => v.model.scope));
  const base = frame({
    meta: model.meta,
    title: lang.t('regionalMap.title', (l) => ({ scope: versions.find((v) => v.language === l)?.model.scope ?? scope })),
    subject: lang.t('regionalMap.subject', (l) => ({ date: docLang(l).date(model.asOf) })),
    keywords: 'regional map, maturity, partnership',
    orientation: 'portrait',
    lang,
  });
  const col = (key: string) => lang.t(`regionalMap.columns.${key}`, undefined, '\n');
  const width = themeWidth(model.themes.length);
  const closing: Content[] = [
    { text: lang.t('common.exportedBy'), style: 'h3', margin: [0, 18, 0, 6] },
    signatureBlock({ ...model.signature, role: lang.join(versions.map((v) => v.model.signature.role)) }, 200, 54, lang),
  ];
  const table: ContentTable = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: ['*', ...model.themes.map(() => width), FIXED.stage, FIXED.overdue, FIXED.issues],
      body: [
        // Numbered theme columns with the names in a key above: long theme names in narrow columns would break mid-word.
        [
          head(col('organisation')),
          ...model.themes.map((_, t) => head(lang.t('regionalMap.themeNumber', { n: t + 1 }, '\n'))),
          head(col('stage')),
          head(col('overdue')),
          head(col('issues')),
        ],
        ...model.rows.map((row, r): TableCell[] => [
          {
            stack: [
              { text: row.name, style: 'cell', bold: true },
              { text: each((m) => `${m.rows[r].region} · ${m.rows[r].sector}`), style: 'small' },
            ],
          },
          ...row.ratings.map(ratingCell),
          { text: each((m) => m.rows[r].stage), style: 'cell' },
          {
            text: String(row.overdueActions),
            style: 'cell',
            alignment: 'center',
            bold: row.overdueActions > 0,
            color: row.overdueActions > 0 ? colours.red : colours.ink,
          },
          { text: String(row.openIssues), style: 'cell', alignment: 'center' },
        ]),
      ],
    },
    layout: tableLayout,
  };
  const content: Content[] = [
    { text: lang.t('regionalMap.kicker'), style: 'label', color: colours.teal, margin: [0, 0, 0, 6] },
    { text: lang.t('regionalMap.heading'), style: 'title' },
    { text: scope, style: 'subtitle' },
    {
      columns: [
        field(lang.t('regionalMap.asAt'), lang.date(model.asOf)),
        field(lang.t('regionalMap.scope'), scope),
        field(lang.t('regionalMap.organisations'), String(model.rows.length)),
      ],
    },
    rule(),
    ...lang.each('regionalMap.scale').map((text) => ({ text, style: 'small', margin: [0, 0, 0, 2] }) satisfies Content),
    legend(lang),
    ...(model.themes.length
      ? [
          { text: lang.t('regionalMap.themes').toUpperCase(), style: 'label', margin: [0, 0, 0, 2] } satisfies Content,
          ...model.themes.map(
            (_, t) =>
              ({
                text: `${lang.t('regionalMap.themeNumber', { n: t + 1 })}: ${lang.join(versions.map((v) => v.model.themes[t]))}`,
                style: 'small',
              }) satisfies Content,
          ),
          { text: '', margin: [0, 0, 0, 6] } satisfies Content,
        ]
      : []),
    ...lang
      .each('regionalMap.confidentialNote')
      .map((text) => ({ text, style: 'small', italics: true, margin: [0, 0, 0, 8] }) satisfies Content),
    ...(model.rows.length === 0
      ? [
          { text: lang.t('regionalMap.noOrganisations', undefined, '\n'), italics: true, color: colours.muted } satisfies Content,
          ...closing,
        ]
      : [
          ...(model.themes.length === 0
            ? [
                {
                  text: lang.t('regionalMap.noRatings', undefined, '\n'),
                  italics: true,
                  color: colours.muted,
                  margin: [0, 0, 0, 6],
                } satisfies Content,
              ]
            : []),
          ...tableThen(table, closing),
        ]),
  ];
  return { ...base, content };
}
