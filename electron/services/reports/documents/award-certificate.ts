import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AwardCertificateModel } from '../../../../shared/domain/report-models';
import { formatDate } from '../format';
import { colours, frame, issuerBlock, signatureBlock } from '../layout';
import { certificateBorder, certificateKicker, certificateRule, fitFontSize } from './certificate-frame';

/** The certificate's fixed wording in one place, so a translation replaces one object. */
export const awardStrings = {
  kicker: 'Skills for Life',
  title: 'GO Local Government Award',
  fullAward: 'Full Award',
  presented: 'is presented to',
  community: 'With recognition for actively building community partnerships.',
  issuedBy: 'ISSUED BY',
} as const;
const S = awardStrings;

/** The full GO Local Government Award certificate, landscape, signed by the issuer; `scale` < 1 shrinks it onto one page. */
export function awardCertificateDefinition(model: AwardCertificateModel, scale = 1): TDocumentDefinitions {
  const title = `GO Local Government Award — ${model.authority.name}`;
  const base = frame({ meta: model.meta, title, subject: 'GO Local Government Award: full award certificate', keywords: 'GO Award, Skills for Life, award', orientation: 'landscape' });
  const z = (n: number) => Math.max(6, Math.round(n * scale * 10) / 10);
  const awarded = [`Awarded ${formatDate(model.awardedOn)}`, ...(model.assessorName ? [`Peer assessor: ${model.assessorName}`] : [])].join(' · ');
  const content: Content[] = [
    ...issuerBlock(model.meta.issuer, 'center'),
    certificateKicker(S.kicker),
    { text: S.title, alignment: 'center', font: 'DejaVuSerif', fontSize: z(34), bold: true, color: colours.navy, margin: [0, 6 * scale, 0, 0] },
    { text: S.fullAward, alignment: 'center', font: 'DejaVuSerif', fontSize: z(18), italics: true, color: colours.gold, margin: [0, 4 * scale, 0, 0] },
    certificateRule(260),
    { text: S.presented, alignment: 'center', fontSize: z(11), color: colours.muted },
    { text: model.authority.name, alignment: 'center', font: 'DejaVuSerif', fontSize: z(fitFontSize(model.authority.name, 28, 700, 2)), bold: true, margin: [0, 8 * scale, 0, 8 * scale] },
    {
      text: `in recognition of a whole-organisation commitment to the Skills for Life of its employees, meeting all six award criteria at peer assessment${model.scope ? ` (${model.scope.toLowerCase()})` : ''}.`,
      alignment: 'center',
      fontSize: z(11),
      margin: [80, 0, 80, 6],
    },
    ...(model.communityPartnershipRecognised ? [{ text: S.community, alignment: 'center', bold: true, color: colours.teal, fontSize: z(11), margin: [0, 0, 0, 6] } satisfies Content] : []),
    { text: awarded, alignment: 'center', fontSize: z(10), color: colours.muted, margin: [0, 4, 0, 22 * scale] },
    {
      columns: [
        { width: '*', text: '' },
        signatureBlock(model.issuedBy, 220, Math.max(28, Math.round(54 * scale))),
        { width: 60, text: '' },
        { width: 220, stack: [{ text: S.issuedBy, style: 'label', margin: [0, 30 * scale, 0, 4] }, { text: model.issuers.join('\n'), fontSize: z(10) }] },
        { width: '*', text: '' },
      ],
    },
  ];
  return { ...base, background: certificateBorder, pageMargins: [60, 60, 60, 56], content };
}
