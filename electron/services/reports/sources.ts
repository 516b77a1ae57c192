import type { ReportKind, ReportModel } from '../../../shared/domain/report-models';
import { reportKinds } from '../../../shared/domain/report-models';
import type { Exportable } from '../../../shared/ipc/contracts/exports';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { sampleReport } from './samples';

/** A report model ready to build, and the journal its export is recorded in. */
export interface ResolvedReport {
  report: ReportModel;
  /** The case or workshop id whose journal records the export. */
  journalId: string;
  title: string;
}

export const SAMPLE_ID = 'sample';
const SAMPLE_JOURNAL = 'sample-documents';

const sampleTitles: Record<ReportKind, string> = {
  'commitment-certificate': 'Certificate of commitment',
  'assessment-report': 'Assessment report',
  'award-certificate': 'Full award certificate',
  'workshop-feedback': 'Workshop feedback report',
  agenda: 'Agenda',
  'action-issue-log': 'Action and issue log',
};

/*
 * Where document models come from. Today: the built-in samples (fictional Northvale Borough
 * Council). Case and workshop records join here through small adapters (record → model) once
 * those features land; nothing else in the export pipeline changes.
 */
export function listExportables(_ctx: ServiceContext): Exportable[] {
  return reportKinds.map((kind) => {
    const { model } = sampleReport(kind);
    const subject = 'authority' in model ? model.authority.name : 'workshop' in model ? model.workshop.partnership : model.organisation;
    return { kind, id: SAMPLE_ID, title: `${sampleTitles[kind]} (sample)`, subject };
  });
}

export function resolveReport(ctx: ServiceContext, kind: ReportKind, id: string): ResolvedReport {
  if (id !== SAMPLE_ID) {
    throw new AppError('not_found', 'That document’s record could not be found. It may have been deleted; reopen the case or workshop and try again.');
  }
  const report = sampleReport(kind);
  // A sample exported today is dated today.
  report.model.meta.createdAt = ctx.clock().toISOString();
  return { report, journalId: SAMPLE_JOURNAL, title: sampleTitles[kind] };
}
