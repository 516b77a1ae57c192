import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AwardCertificateModel } from '../../../../shared/domain/report-models';
import { asVersions, docLang, type DocLang, type Version } from '../lang';
import { colours, frame, signatureBlock } from '../layout';
import type { DocumentLanguage } from '../../../../shared/i18n/documents';
import { certificateSizes } from './commitment-certificate';
import {
  certificateIssuer,
  certificateBorder,
  certificateKicker,
  certificateRule,
  fitFontSize,
  linePerLanguage,
  sideBySide,
} from './certificate-frame';

/** The recognition sentence as the record states it: whose commitment, and how many criteria were met. */
function recognitionText(m: AwardCertificateModel, language: DocumentLanguage): string {
  const one = docLang(language);
  const { met, of } = m.criteriaMet;
  const criteria = met === of && of === 6 ? one.t('statements.allMet') : one.t('statements.someMet', { count: met, total: of });
  if (m.directorates === null) return one.t('statements.awardUnscoped', { criteria });
  if (m.directorates.length === 0) return one.t('statements.awardWhole', { criteria });
  return one.t('statements.awardDirectorates', { criteria, directorates: m.directorates.join(', ') });
}

/**
 * The full GO Local Government Award certificate, landscape, signed by the issuer; `scale` < 1
 * shrinks it onto one page. Bilingual: titles a line per language, wording side by side (Welsh left).
 */
export function awardCertificateDefinition(
  input: AwardCertificateModel | Version<AwardCertificateModel>[],
  scale = 1,
  lang: DocLang = docLang('en'),
): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  const name = model.authority.name;
  const base = frame({
    meta: model.meta,
    title: lang.t('awardCertificate.title', { authority: name }),
    subject: lang.t('awardCertificate.subject'),
    keywords: 'GO Award, Skills for Life, award',
    orientation: 'landscape',
    lang,
  });
  const { z } = certificateSizes(scale);
  const wording = sideBySide(
    versions.map(({ language, model: m }) => {
      const one = docLang(language);
      const awarded = m.assessorName
        ? one.t('awardCertificate.awarded', { date: one.date(m.awardedOn), assessor: m.assessorName })
        : one.t('awardCertificate.awardedOn', { date: one.date(m.awardedOn) });
      return {
        stack: [
          { text: recognitionText(m, language), alignment: 'center', fontSize: z(11), margin: [0, 0, 0, 6] },
          ...(m.communityPartnershipRecognised
            ? [
                {
                  text: one.t('awardCertificate.community'),
                  alignment: 'center',
                  bold: true,
                  color: colours.teal,
                  fontSize: z(11),
                  margin: [0, 0, 0, 6],
                } satisfies Content,
              ]
            : []),
          { text: awarded, alignment: 'center', fontSize: z(10), color: colours.muted, margin: [0, 4, 0, 0] },
        ],
      } satisfies Content;
    }),
  );
  const issuedBy = { ...model.issuedBy, role: lang.join(versions.map((v) => v.model.issuedBy.role)) };
  const content: Content[] = [
    ...certificateIssuer(model.meta.issuer, scale < 0.66),
    certificateKicker(lang.t('common.skillsForLife', undefined, '  /  ')),
    linePerLanguage(lang.each('common.award'), {
      text: '',
      alignment: 'center',
      font: 'DejaVuSerif',
      fontSize: z(lang.bilingual ? 28 : 34),
      bold: true,
      color: colours.navy,
      margin: [0, 6 * scale, 0, 0],
    }),
    {
      text: lang.t('awardCertificate.fullAward'),
      alignment: 'center',
      font: 'DejaVuSerif',
      fontSize: z(18),
      italics: true,
      color: colours.gold,
      margin: [0, 4 * scale, 0, 0],
    },
    certificateRule(260),
    { text: lang.t('awardCertificate.presented'), alignment: 'center', fontSize: z(11), color: colours.muted },
    {
      text: name,
      alignment: 'center',
      font: 'DejaVuSerif',
      fontSize: z(fitFontSize(name, 28, 700, 2)),
      bold: true,
      margin: [0, 8 * scale, 0, 8 * scale],
    },
    { stack: [wording], margin: [lang.bilingual ? 10 : 80, 0, lang.bilingual ? 10 : 80, 22 * scale] },
    {
      columns: [
        { width: '*', text: '' },
        signatureBlock(issuedBy, 220, Math.max(28, Math.round(54 * scale)), lang),
        { width: 60, text: '' },
        {
          width: 220,
          stack: [
            { text: lang.t('common.issuedBy'), style: 'label', margin: [0, 30 * scale, 0, 4] },
            ...lang
              .own(versions.map((v) => v.model.issuers.join('\n')))
              .map((text) => ({ text, fontSize: z(10), margin: [0, 0, 0, 2] as [number, number, number, number] })),
          ],
        },
        { width: '*', text: '' },
      ],
    },
  ];
  return { ...base, background: certificateBorder, pageMargins: [60, 60, 60, 56], content };
}
