import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { ReportModel } from '../../../../shared/domain/report-models';
import { docLang, inEnglish, type DocLang, type LocalisedReport, type Version } from '../lang';
import { withLanguageSpans } from '../language-spans';
import { actionIssueLogDefinition } from './action-issue-log';
import { agendaDefinition } from './agenda';
import { assessmentReportDefinition } from './assessment-report';
import { awardCertificateDefinition } from './award-certificate';
import { commitmentCertificateDefinition } from './commitment-certificate';
import { regionalMapDefinition } from './regional-map';
import { workshopFeedbackDefinition } from './workshop-feedback';

const isLocalised = (report: ReportModel | LocalisedReport): report is LocalisedReport => 'versions' in report;

/** Every version's model, typed by the first version's kind (all versions are of one kind). */
const versionsOf = <M>(localised: LocalisedReport): Version<M>[] =>
  localised.versions.map((v) => ({ language: v.language, model: v.report.model as M }));

/**
 * Any document (one model, printed in English, or a model per language of the export's choice)
 * → its pdfmake definition (pure); `scale` shrinks a certificate to fit one page.
 */
export function definitionFor(report: ReportModel | LocalisedReport, scale = 1): TDocumentDefinitions {
  const localised = isLocalised(report) ? report : inEnglish(report);
  const lang = docLang(localised.choice);
  const definition = documentDefinition(localised, scale, lang);
  // In a bilingual document each half of every Welsh / English text is read in its own language.
  if (lang.bilingual) definition.content = withLanguageSpans(definition.content, lang.spans);
  return definition;
}

function documentDefinition(localised: LocalisedReport, scale: number, lang: DocLang): TDocumentDefinitions {
  const first = localised.versions[0].report;
  switch (first.kind) {
    case 'commitment-certificate':
      return commitmentCertificateDefinition(versionsOf(localised), scale, lang);
    case 'assessment-report':
      return assessmentReportDefinition(versionsOf(localised), lang);
    case 'award-certificate':
      return awardCertificateDefinition(versionsOf(localised), scale, lang);
    case 'workshop-feedback':
      return workshopFeedbackDefinition(versionsOf(localised), lang);
    case 'agenda':
      return agendaDefinition(versionsOf(localised), lang);
    case 'action-issue-log':
      return actionIssueLogDefinition(versionsOf(localised), lang);
    case 'regional-map':
      return regionalMapDefinition(versionsOf(localised), lang);
  }
}
