import type { ReportModel } from '../../../shared/domain/report-models';
import { definitionFor } from './documents';
import type { LocalisedReport } from './lang';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { closingLeftBehind, layoutPass } from './layout';
import { isTooTall } from './overflow';
import { renderPdf } from './render';
import { AppError } from '../../../shared/result';
import { statementsFile, withStatements } from './embed-statements';

/** Pages in a PDF pdfmake wrote (one /Type /Page object per page). */
export const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;

/** Smaller and smaller type for a certificate whose names or signatories would not fit one page. */
const CERTIFICATE_SCALES = [1, 0.88, 0.76, 0.66, 0.58, 0.5, 0.42] as const;

const kindOf = (report: ReportModel | LocalisedReport) => ('versions' in report ? report.versions[0].report.kind : report.kind);
const isCertificate = (report: ReportModel | LocalisedReport) =>
  kindOf(report) === 'commitment-certificate' || kindOf(report) === 'award-certificate';

/**
 * Lays out a document. A certificate is always exactly one page: it is laid out again at smaller
 * scales until it fits (long Welsh council names, six signatories), and refused if even the
 * smallest will not, rather than printed over two pages. A bilingual certificate is one page too.
 */
export async function buildPdf(report: ReportModel | LocalisedReport): Promise<Buffer> {
  const definition = (scale?: number) => withEmbeddedStatements(report, definitionFor(report, scale));
  if (!isCertificate(report)) return renderWithClosing(() => definition());
  for (const scale of CERTIFICATE_SCALES) {
    const pdf = await renderPdf(definition(scale)).catch((error: unknown) => {
      if (isTooTall(error)) return null;
      throw error;
    });
    if (pdf && pageCount(pdf) === 1) return pdf;
  }
  // Refused before anything is signed, with what to change.
  throw new AppError('invalid_input', 'certificateDoesNotFit');
}

/**
 * A report's closing (signature, declaration) never starts a page alone: when the first layout
 * leaves it behind its table's last row, lay out again with the row inside the closing.
 */
async function renderWithClosing(definition: () => TDocumentDefinitions): Promise<Buffer> {
  let leftBehind = false;
  const first = definition();
  const keepHeadings = first.pageBreakBefore;
  first.pageBreakBefore = (node, queries) => {
    if (closingLeftBehind(node as Parameters<typeof closingLeftBehind>[0], () => queries.getFollowingNodesOnPage())) leftBehind = true;
    return keepHeadings?.(node, queries) ?? false;
  };
  const pdf = await renderPdf(first);
  if (!leftBehind) return pdf;
  layoutPass.closingWithLastRow = true;
  let second: TDocumentDefinitions;
  try {
    second = definition();
  } finally {
    layoutPass.closingWithLastRow = false;
  }
  return renderPdf(second);
}

/** The document's statements travel inside it (an associated JSON file) when the export supplies them. */
function withEmbeddedStatements(report: ReportModel | LocalisedReport, definition: ReturnType<typeof definitionFor>) {
  if (!('versions' in report) || !report.statements) return definition;
  const first = report.versions[0].report;
  return withStatements(definition, statementsFile(first.kind, first.model.meta.documentId, report.statements), first.model.meta.createdAt);
}
