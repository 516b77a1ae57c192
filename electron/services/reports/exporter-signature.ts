import type { ReportModel, VisibleSignature } from '../../../shared/domain/report-models';
import type { DocumentLanguage } from '../../../shared/i18n/documents';
import { declarationFor } from './adapters/declaration';
import { issuerRole } from './adapters/signer-role';

/**
 * Puts the exporting user's visible signature where their kind of document carries it. The role
 * printed under it is the role they hold for this record: "Peer assessor" only when the case
 * records them as an assessor, "Facilitator" only when the workshop records them as its
 * facilitator; anyone else signs "On behalf of" the recorded people.
 */
export function withExporterSignature(report: ReportModel, signature: VisibleSignature, language: DocumentLanguage = 'en'): ReportModel {
  const as = (role: string): VisibleSignature => ({ ...signature, role });
  switch (report.kind) {
    case 'assessment-report':
      return {
        ...report,
        model: {
          ...report.model,
          assessorSignature: as(issuerRole(report.model.assessors, signature.name, 'assessor', language)),
          declaration: declarationFor(report.model.assessors, signature.name, language),
        },
      };
    case 'commitment-certificate':
      return {
        ...report,
        model: { ...report.model, issuedBy: as(issuerRole(report.model.assessors, signature.name, 'assessor', language)) },
      };
    case 'award-certificate':
      return {
        ...report,
        model: { ...report.model, issuedBy: as(issuerRole(report.model.assessors, signature.name, 'assessor', language)) },
      };
    case 'workshop-feedback':
      return {
        ...report,
        model: {
          ...report.model,
          facilitatorSignature: as(issuerRole([report.model.workshop.facilitator], signature.name, 'facilitator', language)),
        },
      };
    case 'agenda':
      return {
        ...report,
        model: {
          ...report.model,
          facilitatorSignature: as(issuerRole([report.model.workshop.facilitator], signature.name, 'facilitator', language)),
        },
      };
    case 'action-issue-log':
      return { ...report, model: { ...report.model, signature: as(report.model.signature.role) } };
    case 'regional-map':
      return { ...report, model: { ...report.model, signature: as(report.model.signature.role) } };
  }
}

/** A file name people recognise: "Assessment report - Northvale Borough Council - CB-AR-2026-0142.pdf". */
export function fileNameFor(title: string, subject: string, documentId: string): string {
  const safe = (s: string) =>
    s
      .replace(/[\\/:*?"<>|]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return `${safe(title)} - ${safe(subject)} - ${safe(documentId)}.pdf`;
}
