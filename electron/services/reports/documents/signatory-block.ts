import type { Column, Content } from 'pdfmake/interfaces';
import type { SignatoryOnCertificate } from '../../../../shared/domain/report-models';
import { docLang, type DocLang } from '../lang';
import { colours } from '../layout';

/** A typed name stays on one line: shrink long names to fit the signature width (never below 8 pt). */
const typedSize = (name: string, width: number) => Math.max(8, Math.min(20, Math.floor(width / (Math.max(1, name.length) * 0.6))));

/**
 * A signatory on a certificate: the signature only when the record holds one (drawn image, or the
 * typed name as typed, "on behalf of" the recorded person when someone else's name was typed), and
 * the date only when recorded. An unsigned signatory has an empty box and "Not signed".
 */
export function signatoryBlock(
  person: SignatoryOnCertificate,
  width: number,
  boxHeight: number,
  lang: DocLang = docLang('en'),
  small = 8,
): Column {
  const { signature } = person;
  const mark: Content | null = !signature
    ? null
    : signature.kind === 'drawn' && signature.image
      ? {
          image: signature.image,
          fit: [width, boxHeight - 4],
          margin: [0, 2, 0, 0],
          alt: lang.t('accessibility.drawnSignature', { name: signature.signedAs }),
        }
      : {
          text: signature.signedAs,
          font: 'DejaVuSerif',
          italics: true,
          fontSize: Math.min(typedSize(signature.signedAs, width), Math.max(8, boxHeight - 10)),
          color: colours.navy,
          margin: [0, Math.max(2, boxHeight - 30), 0, 0],
        };
  const onBehalf = signature && signature.signedAs.trim().toLocaleLowerCase('en-GB') !== person.name.trim().toLocaleLowerCase('en-GB');
  const status = !signature
    ? lang.t('statements.notSigned')
    : signature.date
      ? // Bilingual, one language-free date keeps the line short: "Llofnodwyd 03/01/2025 / Signed 03/01/2025".
        lang.t(signature.kind === 'typed' ? 'common.signedTyped' : 'common.signed', (l) => ({
          date: lang.bilingual ? lang.cellDate(signature.date) : docLang(l).date(signature.date),
        }))
      : lang.t(signature.kind === 'typed' ? 'statements.signedTypedNoDate' : 'statements.signedNoDate');
  return {
    unbreakable: true,
    width,
    stack: [
      // A fixed-height box so signatures line up side by side.
      {
        table: {
          widths: [width],
          heights: [boxHeight],
          body: [[{ stack: mark ? [mark] : [{ text: '' }], border: [false, false, false, false] }]],
        },
        layout: 'noBorders',
      },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: colours.ink }] },
      {
        text: onBehalf ? `${signature.signedAs}, ${lang.t('statements.onBehalfOf')} ${person.name}` : person.name,
        bold: true,
        fontSize: Math.max(8, small + 1),
        margin: [0, 3, 0, 0],
      },
      ...(person.role ? [{ text: person.role, fontSize: small, color: colours.muted }] : []),
      { text: status, fontSize: small, color: signature ? colours.muted : colours.red },
    ],
  };
}
