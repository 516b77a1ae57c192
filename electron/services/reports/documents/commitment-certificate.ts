import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CommitmentCertificateModel } from '../../../../shared/domain/report-models';
import { formatDate } from '../format';
import { colours, frame, signatureBlock } from '../layout';
import { certificateBorder, certificateKicker, certificateRule } from './certificate-frame';

/** Signatures side by side, at most four to a row so each stays legible. */
export function signatureRows(signatures: CommitmentCertificateModel['signatories'], width: number): Content[] {
  const rows: Content[] = [];
  for (let i = 0; i < signatures.length; i += 4) {
    const row = signatures.slice(i, i + 4);
    rows.push({
      columns: [{ width: '*', text: '' }, ...row.map((s) => signatureBlock(s, width)), { width: '*', text: '' }],
      columnGap: 24,
      margin: [0, 6, 0, 6],
    });
  }
  return rows;
}

/** Stage 2: the certificate of commitment, landscape, with every signatory's signature. */
export function commitmentCertificateDefinition(model: CommitmentCertificateModel): TDocumentDefinitions {
  const title = `Certificate of commitment — ${model.authority.name}`;
  const base = frame({ meta: model.meta, title, subject: 'GO Local Government Award: certificate of commitment (stage 2)', keywords: 'GO Award, Skills for Life, commitment', orientation: 'landscape' });
  const perRow = Math.min(4, model.signatories.length);
  const sigWidth = perRow >= 4 ? 150 : 180;
  const content: Content[] = [
    certificateKicker('GO Local Government Award · Skills for Life'),
    { text: 'Certificate of Commitment', alignment: 'center', font: 'DejaVuSerif', fontSize: 30, bold: true, color: colours.navy },
    certificateRule(),
    { text: 'This is to certify that', alignment: 'center', fontSize: 11, color: colours.muted },
    { text: model.authority.name, alignment: 'center', font: 'DejaVuSerif', fontSize: 24, bold: true, color: colours.ink, margin: [0, 6, 0, 6] },
    {
      text: `has committed to improving the Skills for Life of its employees (${model.scope.toLowerCase()}) and has signed up to work towards the GO Local Government Award on ${formatDate(model.signUpDate)}.`,
      alignment: 'center',
      fontSize: 11,
      margin: [60, 0, 60, 4],
    },
    {
      text: `Its action plan is due by ${formatDate(model.actionPlanDue)}.`,
      alignment: 'center',
      fontSize: 10,
      color: colours.muted,
      margin: [0, 0, 0, 12],
    },
    { text: 'SIGNED ON BEHALF OF THE AUTHORITY', style: 'label', alignment: 'center', margin: [0, 0, 0, 4] },
    ...signatureRows(model.signatories, sigWidth),
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 'auto',
          stack: [
            { text: 'ISSUED BY', style: 'label', margin: [0, 8, 0, 2] },
            { text: model.issuers.join(' and '), fontSize: 9, margin: [0, 0, 0, 6] },
            signatureBlock(model.issuedBy, 180),
          ],
        },
        { width: '*', text: '' },
      ],
    },
  ];
  return { ...base, background: certificateBorder, pageMargins: [60, 50, 60, 56], content };
}
