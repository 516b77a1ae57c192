import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../../shared/domain/report-models';
import { actionIssueLogDefinition } from './action-issue-log';
import { agendaDefinition } from './agenda';
import { assessmentReportDefinition } from './assessment-report';
import { awardCertificateDefinition } from './award-certificate';
import { commitmentCertificateDefinition } from './commitment-certificate';
import { workshopFeedbackDefinition } from './workshop-feedback';

/** Any document model → its pdfmake definition (pure); `scale` shrinks a certificate to fit one page. */
export function definitionFor(report: ReportModel, scale = 1): TDocumentDefinitions {
  switch (report.kind) {
    case 'commitment-certificate':
      return commitmentCertificateDefinition(report.model, scale);
    case 'assessment-report':
      return assessmentReportDefinition(report.model);
    case 'award-certificate':
      return awardCertificateDefinition(report.model, scale);
    case 'workshop-feedback':
      return workshopFeedbackDefinition(report.model);
    case 'agenda':
      return agendaDefinition(report.model);
    case 'action-issue-log':
      return actionIssueLogDefinition(report.model);
  }
}
