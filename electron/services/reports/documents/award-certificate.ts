import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AwardCertificateModel } from '../../../../shared/domain/report-models';
import { formatDate } from '../format';
import { colours, frame, signatureBlock } from '../layout';
import { certificateBorder, certificateKicker, certificateRule } from './certificate-frame';

/** The full GO Local Government Award certificate, landscape, signed by the issuer. */
export function awardCertificateDefinition(model: AwardCertificateModel): TDocumentDefinitions {
  const title = `GO Local Government Award — ${model.authority.name}`;
  const base = frame({ meta: model.meta, title, subject: 'GO Local Government Award: full award certificate', keywords: 'GO Award, Skills for Life, award', orientation: 'landscape' });
  const content: Content[] = [
    certificateKicker('Skills for Life'),
    { text: 'GO Local Government Award', alignment: 'center', font: 'DejaVuSerif', fontSize: 34, bold: true, color: colours.navy, margin: [0, 6, 0, 0] },
    { text: 'Full Award', alignment: 'center', font: 'DejaVuSerif', fontSize: 18, italics: true, color: colours.gold, margin: [0, 4, 0, 0] },
    certificateRule(260),
    { text: 'is presented to', alignment: 'center', fontSize: 11, color: colours.muted },
    { text: model.authority.name, alignment: 'center', font: 'DejaVuSerif', fontSize: 28, bold: true, margin: [0, 8, 0, 8] },
    {
      text: `in recognition of a whole-organisation commitment to the Skills for Life of its employees, meeting all six award criteria at peer assessment${model.scope ? ` (${model.scope.toLowerCase()})` : ''}.`,
      alignment: 'center',
      fontSize: 11,
      margin: [80, 0, 80, 6],
    },
    ...(model.communityPartnershipRecognised
      ? [{ text: 'With recognition for actively building community partnerships.', alignment: 'center', bold: true, color: colours.teal, fontSize: 11, margin: [0, 0, 0, 6] } satisfies Content]
      : []),
    { text: `Awarded ${formatDate(model.awardedOn)} · Peer assessor: ${model.assessorName}`, alignment: 'center', fontSize: 10, color: colours.muted, margin: [0, 4, 0, 22] },
    {
      columns: [
        { width: '*', text: '' },
        signatureBlock(model.issuedBy, 220),
        { width: 60, text: '' },
        { width: 220, stack: [{ text: 'ISSUED BY', style: 'label', margin: [0, 30, 0, 4] }, { text: model.issuers.join('\n'), fontSize: 10 }] },
        { width: '*', text: '' },
      ],
    },
  ];
  return { ...base, background: certificateBorder, pageMargins: [60, 60, 60, 56], content };
}
