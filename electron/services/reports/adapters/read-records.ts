import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { caseSchema, type CaseRecord } from '../../../../shared/domain/case';
import { idSchema } from '../../../../shared/domain/common';
import type { ReportImage } from '../../../../shared/domain/report-models';
import { workshopFileSchema, type Workshop } from '../../../../shared/domain/workshop';
import { AppError } from '../../../../shared/result';
import { Attachments } from '../../cases/attachments';
import { RecordLog } from '../../store/record-log';
import { replay } from '../../store/replay';
import { scaleImageForReport } from '../scale-image';
import { isReportImage, type ReportImages } from './case-assessment';

/*
 * Reads records straight from their files, never holding a second copy open. A record's last
 * saved state is its file plus the lines of its write-ahead log newer than the file
 * (store/record-log.ts), so both are read: the log first, as EntityFolder.readStored does.
 */

const revisionOf = (folder: string) => (raw: unknown) => {
  const record = (folder === 'workshops' ? (raw as { workshop?: unknown }).workshop : raw) as { revision?: unknown } | undefined;
  return typeof record?.revision === 'number' ? record.revision : 0;
};

async function readJson(workspaceDir: string, folder: string, id: string, noun: string): Promise<unknown> {
  if (!idSchema.safeParse(id).success) throw new AppError('not_found', 'recordNotFound', { noun });
  let lines;
  let text: string;
  try {
    lines = await new RecordLog(path.join(workspaceDir, folder)).read(id);
    text = await readFile(path.join(workspaceDir, folder, `${id}.json`), 'utf8');
  } catch {
    throw new AppError('not_found', 'recordNotFoundDeleted', { noun });
  }
  try {
    return replay(JSON.parse(text), lines, revisionOf(folder)).doc;
  } catch {
    // A log that does not fit the file: read the file alone (the schema check below judges it).
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }
}

export async function readCase(workspaceDir: string, id: string): Promise<CaseRecord> {
  const parsed = caseSchema.safeParse(await readJson(workspaceDir, 'cases', id, 'case'));
  if (!parsed.success) throw new AppError('invalid_input', 'document_badCase');
  return parsed.data;
}

export async function readWorkshop(workspaceDir: string, id: string): Promise<Workshop> {
  const parsed = workshopFileSchema.safeParse(await readJson(workspaceDir, 'workshops', id, 'workshop'));
  if (!parsed.success) throw new AppError('invalid_input', 'document_badWorkshop');
  return parsed.data.workshop;
}

/** Every PNG/JPEG evidence attachment of the case, read from `attachments/<sha256>` and scaled. */
export async function readEvidenceImages(workspaceDir: string, record: CaseRecord): Promise<ReportImages> {
  const store = new Attachments(workspaceDir);
  const images = new Map<string, ReportImage>();
  for (const evidence of record.assessment.evidence) {
    for (const ref of evidence.attachments) {
      if (!isReportImage(ref) || images.has(ref.sha256)) continue;
      const caption = [evidence.source, ref.name].filter((s) => s.length > 0).join(': ');
      images.set(ref.sha256, scaleImageForReport(await store.read(ref.sha256), caption));
    }
  }
  return images;
}
