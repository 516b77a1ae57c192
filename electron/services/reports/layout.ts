import type { Column, Content, ContentTable, PageOrientation, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { DocumentMeta, Issuer, VisibleSignature } from '../../../shared/domain/report-models';
import { isFirstRow, isTableHeading, keepHeadingWithTable } from './heading-marks';
import { docLang, type DocLang } from './lang';

/** The house palette: navy for structure, teal accents, RAG colours that print in greyscale too. */
export const colours = {
  ink: '#1b2733',
  navy: '#1f3a5f',
  teal: '#0f6e6e',
  muted: '#5b6770',
  rule: '#c9d2da',
  band: '#eef2f6',
  gold: '#9a7b2f',
  red: '#b42318',
  amber: '#b54708',
  green: '#027a48',
  done: '#475467',
} as const;

export interface DocumentFrame {
  meta: DocumentMeta;
  title: string;
  subject: string;
  keywords?: string;
  orientation: PageOrientation;
  /** The export's language choice; English when not given. */
  lang?: DocLang;
}

/** Styles every document shares. */
export const styles: TDocumentDefinitions['styles'] = {
  title: { fontSize: 22, bold: true, color: colours.navy, margin: [0, 0, 0, 6] },
  subtitle: { fontSize: 12, color: colours.muted, margin: [0, 0, 0, 16] },
  h2: { fontSize: 14, bold: true, color: colours.navy, margin: [0, 14, 0, 6] },
  h3: { fontSize: 11, bold: true, color: colours.teal, margin: [0, 10, 0, 4] },
  label: { fontSize: 8, color: colours.muted, bold: true },
  small: { fontSize: 8, color: colours.muted },
  tableHeader: { bold: true, color: '#ffffff', fillColor: colours.navy, fontSize: 9 },
  cell: { fontSize: 9 },
  callout: { fontSize: 10, margin: [0, 4, 0, 4] },
};

/** The running header is one line: a long title is shortened, never wrapped (the document id stays whole). */
export const headerTitle = (title: string, max = 78): string => (title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title);

type LaidOut = {
  id?: unknown;
  style?: unknown;
  headlineLevel?: unknown;
  startPosition?: { verticalRatio?: number; pageNumber?: number };
  pageNumbers?: number[];
};
type Nodes = readonly LaidOut[] | { length: number };

/** How far down its page (a share of the body's height) a heading still counts as starting the page. */
const TOP_OF_PAGE = 0.03;

/**
 * A heading is never the last thing on a page: pdfmake moves it to the next page with what
 * follows. A heading over a table (`keepHeadingWithTable`) moves unless the table's first row
 * starts on its page, below it.
 */
export function keepHeadingsWithNext(
  node: LaidOut,
  followingNodesOnPage: () => Nodes,
  previousNodesOnPage: () => Nodes = () => [{}],
): boolean {
  const style = Array.isArray(node.style) ? node.style : [node.style];
  const isHeading = node.headlineLevel !== undefined || style.some((s) => s === 'h2' || s === 'h3');
  // Laid out twice (inside a block pdfmake moved whole): leave it, or a blank page follows.
  if (!isHeading || (node.pageNumbers?.length ?? 1) > 1) return false;
  if (isTableHeading(node.id)) {
    // Its own position is exact (it carries an id); the previous nodes' pages may be stale.
    const page = node.startPosition?.pageNumber;
    if ((node.startPosition?.verticalRatio ?? 0) < TOP_OF_PAGE) return false;
    return !Array.from(followingNodesOnPage() as readonly LaidOut[]).some((n) => isFirstRow(n.id) && n.startPosition?.pageNumber === page);
  }
  // Already first on its page: leave it, or a blank page follows.
  if (previousNodesOnPage().length === 0) return false;
  return followingNodesOnPage().length === 0;
}

/** Node ids (one pair per document): the end of what closes a document, and what must stay on its page. */
export const CLOSING_END_ID = 'cb-closing-end';
export const KEPT_WITH_CLOSING_ID = 'cb-kept-with-closing';

const has = (nodes: Nodes, id: string) => Array.isArray(nodes) && nodes.some((n: LaidOut) => n.id === id);

/**
 * Was the closing (a signature, the declaration) pushed to a later page than the table row marked
 * to travel with it? Then `buildPdf` lays the document out again with the row inside the closing
 * (`layoutPass.closingWithLastRow`), under a copy of the header row.
 */
export function closingLeftBehind(node: LaidOut, followingNodesOnPage: () => Nodes): boolean {
  return node.id === KEPT_WITH_CLOSING_ID && !has(followingNodesOnPage(), CLOSING_END_ID);
}

/**
 * How this layout pass places a closing: after the table (first pass), or with the table's last
 * row and header row inside it (second pass). Definitions are built synchronously, so
 * `buildPdf` sets this around one `definitionFor` call.
 */
export const layoutPass = { closingWithLastRow: false };

/** The header, footer (document id, created date, page x of y) and PDF metadata of a document. */
export function frame({ meta, title, subject, keywords, orientation, lang = docLang('en') }: DocumentFrame): TDocumentDefinitions {
  const margin = orientation === 'landscape' ? 40 : 50;
  return {
    pageSize: 'A4',
    // pdfmake passes this to PDFKit as the catalog's /Lang, read aloud by screen readers.
    language: lang.pdfLanguage,
    pageOrientation: orientation,
    pageMargins: [margin, orientation === 'landscape' ? 40 : 60, margin, 50],
    info: {
      title,
      author: meta.authorOrganisation ? `${meta.author}, ${meta.authorOrganisation}` : meta.author,
      subject,
      keywords: keywords ?? 'Casebook',
      creator: 'Casebook',
      producer: 'Casebook (pdfmake)',
      creationDate: new Date(meta.createdAt),
    },
    defaultStyle: { font: 'DejaVuSans', fontSize: 10, color: colours.ink, lineHeight: 1.2 },
    styles,
    header:
      orientation === 'portrait'
        ? (page: number) =>
            page === 1
              ? null
              : {
                  columns: [
                    { text: headerTitle(title), style: 'small', noWrap: true },
                    { text: meta.documentId, style: 'small', alignment: 'right', width: 'auto', noWrap: true },
                  ],
                  columnGap: 12,
                  margin: [margin, 25, margin, 0],
                }
        : undefined,
    // A line per language (Welsh above English when bilingual), each saying the same three things.
    footer: (current: number, total: number) => ({
      // Landscape certificates keep the footer inside their border, and are one page: no page numbers.
      margin: orientation === 'landscape' ? [60, lang.bilingual ? 0 : 4, 60, 0] : [margin, lang.bilingual ? 12 : 18, margin, 0],
      stack: lang.languages.map((language) => {
        const one = docLang(language);
        return {
          columns: [
            { text: one.t('common.documentId', { id: meta.documentId }), style: 'small', noWrap: true },
            { text: one.t('common.createdAt', { date: one.dateTime(meta.createdAt) }), style: 'small', alignment: 'center', noWrap: true },
            orientation === 'landscape'
              ? { text: '', width: 'auto' }
              : { text: one.t('common.page', { page: current, count: total }), style: 'small', alignment: 'right', noWrap: true },
          ],
        };
      }),
    }),
    // The queries walk every node after this one: asked for headings only (a long report has tens of thousands of nodes).
    pageBreakBefore: (node, queries) =>
      keepHeadingsWithNext(
        node as LaidOut,
        () => queries.getFollowingNodesOnPage(),
        () => queries.getPreviousNodesOnPage(),
      ),
    content: [],
  };
}

/** A thin rule across the text width. */
export const rule = (width = 495, colour: string = colours.rule): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: colour }],
  margin: [0, 4, 0, 8],
});

/** Label above value, as on a form. */
export const field = (label: string, value: string): Content => ({
  stack: [
    { text: label.toUpperCase(), style: 'label' },
    { text: value || '—', margin: [0, 1, 0, 6] },
  ],
});

export const bullets = (items: string[], empty: string): Content =>
  items.length ? { ul: items, margin: [0, 2, 0, 6] } : { text: empty, italics: true, color: colours.muted, margin: [0, 2, 0, 6] };

/** A typed name stays on one line: shrink long names to fit the signature width. */
const typedSize = (name: string, width: number) => Math.max(7, Math.min(20, Math.floor(width / (Math.max(1, name.length) * 0.6))));

/**
 * A visible signature: the drawn image, or the typed name in a serif italic, over a line
 * with the signatory's name, role and date.
 */
export function signatureBlock(signature: VisibleSignature, width = 200, boxHeight = 54, lang: DocLang = docLang('en'), scale = 1): Column {
  // A certificate shrunk to fit one page shrinks the words under each signature too (never below 5.5 pt).
  const size = (n: number) => Math.max(5.5, Math.round(n * scale * 10) / 10);
  const mark: Content =
    signature.kind === 'drawn' && signature.image
      ? {
          image: signature.image,
          fit: [width, boxHeight - 4],
          margin: [0, 2, 0, 0],
          alt: lang.t('accessibility.drawnSignature', { name: signature.name }),
        }
      : {
          text: signature.name,
          font: 'DejaVuSerif',
          italics: true,
          fontSize: typedSize(signature.name, width),
          color: colours.navy,
          noWrap: true,
          margin: [0, Math.max(4, boxHeight - 32), 0, 0],
        };
  return {
    unbreakable: true,
    width,
    stack: [
      // A fixed-height box so drawn and typed signatures line up side by side.
      {
        table: { widths: [width], heights: [boxHeight], body: [[{ stack: [mark], border: [false, false, false, false] }]] },
        layout: 'noBorders',
      },
      { canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.75, lineColor: colours.ink }] },
      { text: signature.name, bold: true, fontSize: size(10), margin: [0, 4 * scale, 0, 0] },
      ...(signature.role ? [{ text: signature.role, style: 'small', fontSize: size(8) }] : []),
      {
        text: lang.t(
          signature.kind === 'typed' ? 'common.signedTyped' : 'common.signed',
          (l) => ({ date: docLang(l).date(signature.date) }),
          '\n',
        ),
        style: 'small',
        fontSize: size(8),
      },
    ],
  };
}

/** Zebra-striped table layout with a navy header row. */
export const tableLayout = {
  hLineWidth: (i: number, node: { table: { body: unknown[] } }) => (i === 0 || i === 1 || i === node.table.body.length ? 0.75 : 0.25),
  vLineWidth: () => 0,
  hLineColor: () => colours.rule,
  fillColor: (row: number) => (row > 0 && row % 2 === 0 ? colours.band : null),
  paddingTop: () => 4,
  paddingBottom: () => 4,
};

/**
 * A table whose last row travels with what closes the document (a signature block), so the
 * closing never sits alone on a page. First pass: the table, then the closing, with marks
 * (`closingLeftBehind`). Second pass, only when the closing was left alone: the last row, under a
 * copy of the header row, goes inside the closing's unbreakable block. A table too short to split
 * goes whole with it.
 */
export function tableThen(table: ContentTable, closing: Content[]): Content[] {
  const { body } = table.table;
  const headerRows = table.table.headerRows ?? 0;
  if (body.length <= headerRows + 1) return [{ stack: [table, ...closing], unbreakable: true }];
  if (!layoutPass.closingWithLastRow) return [keptWithClosing(table), ...closingBlock(closing)];
  const head: ContentTable = { ...table, table: { ...table.table, body: body.slice(0, -1) }, margin: [0, 0, 0, 0] };
  // A copy of the header row: pdfmake writes its layout into the cells it lays out.
  const last: ContentTable = {
    ...table,
    table: { ...table.table, body: [...structuredClone(body.slice(0, headerRows)), ...body.slice(-1)], keepWithHeaderRows: 0 },
  };
  return [head, { stack: [last, ...closing], unbreakable: true }];
}

/**
 * What closes a document, in one piece, then an invisible mark of where it ends (pdfmake reports
 * what is inside an unbreakable block it moved to the next page on the page the block started on,
 * so the mark is outside it; a canvas is an artifact when tagged).
 */
export const closingBlock = (closing: Content[]): Content[] => [
  { stack: closing, unbreakable: true },
  // pdfmake's types give ids to text only; every node may carry one.
  { id: CLOSING_END_ID, canvas: [{ type: 'line', x1: 0, y1: 0, x2: 0, y2: 0, lineWidth: 0, lineColor: '#ffffff' }] } as Content,
];

/** Marks a table's last row (its first cell) for `closingLeftBehind`; the table is copied, not changed. */
function keptWithClosing(table: ContentTable): ContentTable {
  const body = table.table.body.slice();
  const [first, ...rest] = body[body.length - 1];
  const cell = (
    typeof first === 'object' && first !== null && !Array.isArray(first)
      ? { ...first, id: KEPT_WITH_CLOSING_ID }
      : { text: first as string, id: KEPT_WITH_CLOSING_ID }
  ) as TableCell;
  body[body.length - 1] = [cell, ...rest];
  return { ...table, table: { ...table.table, body } };
}

/** The issuing organisation's logo, name and address, as the head of a certificate or a report's first page. */
export function issuerBlock(issuer: Issuer | null | undefined, alignment: 'left' | 'center'): Content[] {
  if (!issuer || !issuer.name.trim()) return [];
  return [
    {
      stack: [
        // The logo's alternative text is the issuer's name, the same in every language.
        ...(issuer.logo
          ? [
              {
                image: issuer.logo,
                fit: [140, 40] as [number, number],
                alignment,
                margin: [0, 0, 0, 4] as [number, number, number, number],
                alt: issuer.name,
              },
            ]
          : []),
        { text: issuer.name, bold: true, color: colours.navy, fontSize: 10, alignment },
        ...(issuer.addressLine ? [{ text: issuer.addressLine, style: 'small', alignment }] : []),
      ],
      margin: [0, 0, 0, 8],
    },
  ];
}

/**
 * A heading kept on the page of what it introduces: a short list travels whole with it; long ones
 * break as usual, the heading rule in `frame` applying. A table never goes whole (that leaves half
 * a page empty): its header row keeps its first row (`keepWithHeaderRows`) and the heading rule
 * keeps the heading with both (`keepHeadingWithTable`).
 */
export function withHeading(heading: Content[], block: Content, items: number): Content[] {
  if (typeof block === 'object' && !Array.isArray(block) && 'table' in block) {
    const kept = keepHeadingWithTable(heading, block as ContentTable);
    return [...kept.heading, kept.table];
  }
  return items <= 9 ? [{ stack: [...heading, block], unbreakable: true }] : [...heading, block];
}
