import type { ReportModel, VisibleSignature } from '../../../shared/domain/report-models';

/** Puts the exporting user's visible signature where their kind of document carries it. */
export function withExporterSignature(report: ReportModel, signature: VisibleSignature): ReportModel {
  switch (report.kind) {
    case 'assessment-report':
      return { ...report, model: { ...report.model, assessorSignature: signature } };
    case 'commitment-certificate':
      return { ...report, model: { ...report.model, issuedBy: signature } };
    case 'award-certificate':
      return { ...report, model: { ...report.model, issuedBy: signature } };
    case 'workshop-feedback':
      return { ...report, model: { ...report.model, facilitatorSignature: signature } };
    case 'agenda':
      return { ...report, model: { ...report.model, facilitatorSignature: signature } };
    case 'action-issue-log':
      return { ...report, model: { ...report.model, signature } };
  }
}

/** A file name people recognise: "Assessment report - Northvale Borough Council - CB-AR-2026-0142.pdf". */
export function fileNameFor(title: string, subject: string, documentId: string): string {
  const safe = (s: string) => s.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${safe(title)} - ${safe(subject)} - ${safe(documentId)}.pdf`;
}
