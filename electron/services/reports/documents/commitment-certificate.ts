import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CommitmentCertificateModel } from '../../../../shared/domain/report-models';
import type { DocumentLanguage } from '../../../../shared/i18n/documents';
import { asVersions, docLang, type DocLang, type Version } from '../lang';
import { colours, frame, signatureBlock } from '../layout';
import {
  certificateIssuer,
  certificateBorder,
  certificateKicker,
  certificateRule,
  fitFontSize,
  issuersLine,
  linePerLanguage,
  sideBySide,
} from './certificate-frame';
import { signatoryBlock } from './signatory-block';

/**
 * How a certificate shrinks to fit one page: the signature grid first (smaller boxes, then one
 * row of up to six), the type only after, and never body text under 8 pt.
 */
export function certificateSizes(scale: number) {
  const grid = Math.max(0.42, scale);
  const text = scale >= 0.66 ? 1 : scale >= 0.58 ? 0.82 : scale >= 0.5 ? 0.66 : 0.56;
  return { grid, text, z: (n: number) => Math.max(8, Math.round(n * text * 10) / 10) };
}

/** Signatures side by side: up to four in a row, five or six as two rows of three, or one row of six when squeezed. */
export function signatureRows(signatories: CommitmentCertificateModel['signatories'], lang: DocLang = docLang('en'), scale = 1): Content[] {
  const { grid } = certificateSizes(scale);
  const oneRow = signatories.length > 4 && grid <= 0.66;
  const perRow = oneRow ? signatories.length : signatories.length <= 4 ? 4 : 3;
  const width = oneRow ? Math.floor((720 - 8 * (perRow - 1)) / perRow) : Math.min(perRow, signatories.length) >= 4 ? 150 : 180;
  const boxHeight = Math.max(26, Math.round(54 * grid));
  const rows: Content[] = [];
  for (let i = 0; i < signatories.length; i += perRow) {
    const row = signatories.slice(i, i + perRow);
    rows.push({
      columns: [{ width: '*', text: '' }, ...row.map((s) => signatoryBlock(s, width, boxHeight, lang, 8)), { width: '*', text: '' }],
      columnGap: oneRow ? 8 : 24,
      margin: [0, 3 * grid, 0, 3 * grid],
    });
  }
  return rows;
}

/** "has committed … on <date>", as the record states the scope: whole organisation, the named directorates, or unstated. */
function committedText(model: CommitmentCertificateModel, language: DocumentLanguage): string {
  const one = docLang(language);
  const date = one.date(model.signUpDate);
  if (model.directorates === null) return one.t('statements.committedUnscoped', { date });
  if (model.directorates.length === 0) return one.t('statements.committedWhole', { date });
  return one.t('statements.committedDirectorates', { date, directorates: model.directorates.join(', ') });
}

/**
 * Stage 2: the certificate of commitment, landscape, with every named signatory: their signature
 * and its date only when recorded. `scale` below 1 shrinks the signature grid, then the type, so
 * long names and many signatories stay on one page. Bilingual: the title a line per language, the
 * wording side by side (Welsh left), names and signatures once.
 */
export function commitmentCertificateDefinition(
  input: CommitmentCertificateModel | Version<CommitmentCertificateModel>[],
  scale = 1,
  lang: DocLang = docLang('en'),
): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  const name = model.authority.name;
  const base = frame({
    meta: model.meta,
    title: lang.t('commitmentCertificate.title', { authority: name }),
    subject: lang.t('commitmentCertificate.subject'),
    keywords: 'GO Award, Skills for Life, commitment',
    orientation: 'landscape',
    lang,
  });
  const { grid, z } = certificateSizes(scale);
  const boxHeight = Math.max(26, Math.round(54 * grid));
  // The same people in every version; their roles in each language ("Prif Weithredwr / Chief Executive").
  const signatories = model.signatories.map((s, i) => ({
    ...s,
    role: lang.join(versions.map((v) => v.model.signatories[i]?.role ?? s.role)),
  }));
  const issuedBy = { ...model.issuedBy, role: lang.join(versions.map((v) => v.model.issuedBy.role)) };
  const wording = sideBySide(
    versions.map(({ language, model: m }) => ({
      stack: [
        { text: committedText(m, language), alignment: 'center', fontSize: z(11), margin: [0, 0, 0, 4] },
        {
          text: docLang(language).t('commitmentCertificate.actionPlanDue', { date: docLang(language).date(m.actionPlanDue) }),
          alignment: 'center',
          fontSize: z(10),
          color: colours.muted,
        },
      ],
    })),
  );
  const content: Content[] = [
    ...certificateIssuer(model.meta.issuer, grid < 0.66),
    {
      stack: lang
        .each('common.programme')
        .map((text) => ({ ...(certificateKicker(text) as object), fontSize: z(10), margin: [0, 1, 0, 1] }) as Content),
      margin: [0, 9 * grid, 0, 7 * grid],
    },
    linePerLanguage(lang.each('commitmentCertificate.heading'), {
      text: '',
      alignment: 'center',
      font: 'DejaVuSerif',
      fontSize: z(lang.bilingual ? 24 : 30),
      bold: true,
      color: colours.navy,
    }),
    { ...(certificateRule() as object), margin: [0, 8 * grid, 0, 10 * grid] } as Content,
    { text: lang.t('commitmentCertificate.certify'), alignment: 'center', fontSize: z(11), color: colours.muted },
    {
      text: name,
      alignment: 'center',
      font: 'DejaVuSerif',
      fontSize: z(fitFontSize(name, 24, 700, 2)),
      bold: true,
      color: colours.ink,
      margin: [0, 6 * grid, 0, 6 * grid],
    },
    { stack: [wording], margin: [lang.bilingual ? 10 : 60, 0, lang.bilingual ? 10 : 60, 10 * grid] },
    { text: lang.t('commitmentCertificate.signedOnBehalf'), style: 'label', alignment: 'center', margin: [0, 0, 0, 4] },
    ...signatureRows(signatories, lang, scale),
    // Who issues it beside their signature, not above it: the page keeps its height for the signatories.
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 240,
          stack: [
            { text: lang.t('common.issuedBy'), style: 'label', margin: [0, 10 * grid, 0, 2] },
            ...lang.own(versions.map((v) => issuersLine(v.model.issuers, docLang(v.language)))).map((text) => ({ text, fontSize: z(9) })),
          ],
        },
        { stack: [signatureBlock(issuedBy, 180, boxHeight, lang)], width: 180, margin: [0, 4, 0, 0] },
        { width: '*', text: '' },
      ],
      columnGap: 16,
    },
  ];
  return { ...base, background: certificateBorder, pageMargins: [60, grid < 0.66 ? 38 : 50, 60, 56], content };
}
