import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { caseSchema, type CaseRecord } from '../../../../shared/domain/case';
import { idSchema } from '../../../../shared/domain/common';
import type { ReportImage } from '../../../../shared/domain/report-models';
import { docText } from '../../../../shared/i18n/documents';
import { workshopFileSchema, type Workshop } from '../../../../shared/domain/workshop';
import { AppError } from '../../../../shared/result';
import { Attachments } from '../../cases/attachments';
import { scaleImageForReport } from '../scale-image';
import { isReportImage, type ReportImages } from './case-assessment';

/*
 * Reads records straight from their files. The case and workshop services keep their own open
 * documents; every change they make is renamed into place durably before it resolves, so a
 * fresh read here always sees the last saved state and never holds a second copy open.
 */

async function readJson(workspaceDir: string, folder: string, id: string, noun: string): Promise<unknown> {
  if (!idSchema.safeParse(id).success) throw new AppError('not_found', `That ${noun} could not be found.`);
  try {
    return JSON.parse(await readFile(path.join(workspaceDir, folder, `${id}.json`), 'utf8'));
  } catch {
    throw new AppError('not_found', `That ${noun} could not be found. It may have been deleted; reopen it from its list and try again.`);
  }
}

export async function readCase(workspaceDir: string, id: string): Promise<CaseRecord> {
  const parsed = caseSchema.safeParse(await readJson(workspaceDir, 'cases', id, 'case'));
  if (!parsed.success) throw new AppError('invalid_input', docText('en', 'refusals.badCase'));
  return parsed.data;
}

export async function readWorkshop(workspaceDir: string, id: string): Promise<Workshop> {
  const parsed = workshopFileSchema.safeParse(await readJson(workspaceDir, 'workshops', id, 'workshop'));
  if (!parsed.success) throw new AppError('invalid_input', docText('en', 'refusals.badWorkshop'));
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
