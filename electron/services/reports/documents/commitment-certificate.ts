import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CommitmentCertificateModel } from '../../../../shared/domain/report-models';
import { formatDate } from '../format';
import { colours, frame, issuerBlock, signatureBlock } from '../layout';
import { certificateBorder, certificateKicker, certificateRule, fitFontSize } from './certificate-frame';

/** The certificate's fixed wording in one place, so a translation replaces one object. */
export const commitmentStrings = {
  kicker: 'GO Local Government Award · Skills for Life',
  title: 'Certificate of Commitment',
  certify: 'This is to certify that',
  signedFor: 'SIGNED ON BEHALF OF THE AUTHORITY',
  issuedBy: 'ISSUED BY',
} as const;
const S = commitmentStrings;

/** Signatures side by side: up to four in a row, five or six as two rows of three. */
export function signatureRows(signatures: CommitmentCertificateModel['signatories'], width: number, boxHeight = 54): Content[] {
  const perRow = signatures.length <= 4 ? 4 : 3;
  const rows: Content[] = [];
  for (let i = 0; i < signatures.length; i += perRow) {
    const row = signatures.slice(i, i + perRow);
    rows.push({
      columns: [{ width: '*', text: '' }, ...row.map((s) => signatureBlock(s, width, boxHeight)), { width: '*', text: '' }],
      columnGap: 24,
      margin: [0, 4, 0, 4],
    });
  }
  return rows;
}

/**
 * Stage 2: the certificate of commitment, landscape, with every signatory's signature. `scale`
 * below 1 shrinks type and signature boxes so long names and many signatories stay on one page
 * (the builder tries smaller scales until the certificate is one page).
 */
export function commitmentCertificateDefinition(model: CommitmentCertificateModel, scale = 1): TDocumentDefinitions {
  const title = `Certificate of commitment — ${model.authority.name}`;
  const base = frame({ meta: model.meta, title, subject: 'GO Local Government Award: certificate of commitment (stage 2)', keywords: 'GO Award, Skills for Life, commitment', orientation: 'landscape' });
  const perRow = Math.min(model.signatories.length <= 4 ? 4 : 3, model.signatories.length);
  const sigWidth = perRow >= 4 ? 150 : 180;
  const z = (n: number) => Math.max(6, Math.round(n * scale * 10) / 10);
  const content: Content[] = [
    ...issuerBlock(model.meta.issuer, 'center'),
    certificateKicker(S.kicker),
    { text: S.title, alignment: 'center', font: 'DejaVuSerif', fontSize: z(30), bold: true, color: colours.navy },
    certificateRule(),
    { text: S.certify, alignment: 'center', fontSize: z(11), color: colours.muted },
    { text: model.authority.name, alignment: 'center', font: 'DejaVuSerif', fontSize: z(fitFontSize(model.authority.name, 24, 700, 2)), bold: true, color: colours.ink, margin: [0, 6 * scale, 0, 6 * scale] },
    {
      text: `has committed to improving the Skills for Life of its employees (${model.scope.toLowerCase()}) and has signed up to work towards the GO Local Government Award on ${formatDate(model.signUpDate)}.`,
      alignment: 'center',
      fontSize: z(11),
      margin: [60, 0, 60, 4],
    },
    { text: `Its action plan is due by ${formatDate(model.actionPlanDue)}.`, alignment: 'center', fontSize: z(10), color: colours.muted, margin: [0, 0, 0, 10 * scale] },
    { text: S.signedFor, style: 'label', alignment: 'center', margin: [0, 0, 0, 4] },
    ...signatureRows(model.signatories, sigWidth, Math.max(28, Math.round(54 * scale))),
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 'auto',
          stack: [
            { text: S.issuedBy, style: 'label', margin: [0, 6 * scale, 0, 2] },
            { text: model.issuers.join(' and '), fontSize: z(9), margin: [0, 0, 0, 4] },
            signatureBlock(model.issuedBy, 180, Math.max(28, Math.round(54 * scale))),
          ],
        },
        { width: '*', text: '' },
      ],
    },
  ];
  return { ...base, background: certificateBorder, pageMargins: [60, 50, 60, 56], content };
}
