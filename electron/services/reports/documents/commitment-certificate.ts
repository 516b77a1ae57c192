import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CommitmentCertificateModel } from '../../../../shared/domain/report-models';
import { asVersions, docLang, joinDistinct, type DocLang, type Version } from '../lang';
import { colours, frame, issuerBlock, signatureBlock } from '../layout';
import { certificateBorder, certificateKicker, certificateRule, fitFontSize, issuersLine, linePerLanguage, sideBySide } from './certificate-frame';

/** Signatures side by side: up to four in a row, five or six as two rows of three. */
export function signatureRows(signatures: CommitmentCertificateModel['signatories'], width: number, boxHeight = 54, lang: DocLang = docLang('en'), scale = 1): Content[] {
  const perRow = signatures.length <= 4 ? 4 : 3;
  const rows: Content[] = [];
  for (let i = 0; i < signatures.length; i += perRow) {
    const row = signatures.slice(i, i + perRow);
    rows.push({
      columns: [{ width: '*', text: '' }, ...row.map((s) => signatureBlock(s, width, boxHeight, lang, scale)), { width: '*', text: '' }],
      columnGap: 24,
      margin: [0, 4 * scale, 0, 4 * scale],
    });
  }
  return rows;
}

/**
 * Stage 2: the certificate of commitment, landscape, with every signatory's signature. `scale`
 * below 1 shrinks type and signature boxes so long names and many signatories stay on one page
 * (the builder tries smaller scales until the certificate is one page). Bilingual: the title a
 * line per language, the wording side by side (Welsh left), names and signatures once.
 */
export function commitmentCertificateDefinition(input: CommitmentCertificateModel | Version<CommitmentCertificateModel>[], scale = 1, lang: DocLang = docLang('en')): TDocumentDefinitions {
  const versions = asVersions(input);
  const model = versions[0].model;
  const name = model.authority.name;
  const base = frame({ meta: model.meta, title: lang.t('commitmentCertificate.title', { authority: name }), subject: lang.t('commitmentCertificate.subject'), keywords: 'GO Award, Skills for Life, commitment', orientation: 'landscape', lang });
  const perRow = Math.min(model.signatories.length <= 4 ? 4 : 3, model.signatories.length);
  const sigWidth = perRow >= 4 ? 150 : 180;
  const z = (n: number) => Math.max(6, Math.round(n * scale * 10) / 10);
  const boxHeight = Math.max(28, Math.round(54 * scale));
  // The same people in every version; their roles in each language ("Prif Weithredwr / Chief Executive").
  const signatories = model.signatories.map((s, i) => ({ ...s, role: joinDistinct(versions.map((v) => v.model.signatories[i]?.role ?? s.role)) }));
  const issuedBy = { ...model.issuedBy, role: joinDistinct(versions.map((v) => v.model.issuedBy.role)) };
  const wording = sideBySide(
    versions.map(({ language, model: m }) => ({
      stack: [
        { text: docLang(language).t('commitmentCertificate.committed', { scope: m.scope.toLowerCase(), date: docLang(language).date(m.signUpDate) }), alignment: 'center', fontSize: z(11), margin: [0, 0, 0, 4] },
        { text: docLang(language).t('commitmentCertificate.actionPlanDue', { date: docLang(language).date(m.actionPlanDue) }), alignment: 'center', fontSize: z(10), color: colours.muted },
      ],
    })),
  );
  const content: Content[] = [
    ...issuerBlock(model.meta.issuer, 'center'),
    { stack: lang.each('common.programme').map((text) => ({ ...(certificateKicker(text) as object), margin: [0, 1, 0, 1] }) as Content), margin: [0, 9, 0, 7] },
    linePerLanguage(lang.each('commitmentCertificate.heading'), { text: '', alignment: 'center', font: 'DejaVuSerif', fontSize: z(lang.bilingual ? 24 : 30), bold: true, color: colours.navy }),
    certificateRule(),
    { text: lang.t('commitmentCertificate.certify'), alignment: 'center', fontSize: z(11), color: colours.muted },
    { text: name, alignment: 'center', font: 'DejaVuSerif', fontSize: z(fitFontSize(name, 24, 700, 2)), bold: true, color: colours.ink, margin: [0, 6 * scale, 0, 6 * scale] },
    { stack: [wording], margin: [lang.bilingual ? 10 : 60, 0, lang.bilingual ? 10 : 60, 10 * scale] },
    { text: lang.t('commitmentCertificate.signedOnBehalf'), style: 'label', alignment: 'center', margin: [0, 0, 0, 4] },
    ...signatureRows(signatories, sigWidth, boxHeight, lang, scale),
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 'auto',
          stack: [
            { text: lang.t('common.issuedBy'), style: 'label', margin: [0, 6 * scale, 0, 2] },
            ...versions.map((v) => ({ text: issuersLine(v.model.issuers, docLang(v.language)), fontSize: z(9) })),
            { stack: [signatureBlock(issuedBy, 180, boxHeight, lang, scale)], margin: [0, 4, 0, 0] },
          ],
        },
        { width: '*', text: '' },
      ],
    },
  ];
  return { ...base, background: certificateBorder, pageMargins: [60, 50, 60, 56], content };
}
