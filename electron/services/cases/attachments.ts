import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { AttachmentRef } from '../../../shared/domain/case';
import { AppError } from '../../../shared/result';
import { toAppError, writeFileDurably } from '../store/durable-file';

/** Largest file that can be attached to evidence. */
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
/** Largest image sent to the screen as a data URL. */
export const MAX_PREVIEW_BYTES = 5 * 1024 * 1024;

const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
};

export const mediaTypeOf = (name: string): string => MEDIA_TYPES[path.extname(name).toLowerCase()] ?? 'application/octet-stream';
export const isPreviewable = (mediaType: string): boolean => /^image\/(png|jpeg|gif|webp)$/.test(mediaType);
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** Content-addressed files under `attachments/<sha256>`: written once, never rewritten. */
export class Attachments {
  constructor(private readonly workspaceDir: string) {}

  fileFor(hash: string): string {
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new AppError('invalid_input', 'notAnAttachment');
    return path.join(this.workspaceDir, 'attachments', hash);
  }

  async has(hash: string): Promise<boolean> {
    return fs.access(this.fileFor(hash)).then(
      () => true,
      () => false,
    );
  }

  /** Stores bytes under their hash (no-op when already there) and returns the hash. */
  async put(bytes: Uint8Array): Promise<string> {
    const hash = sha256(bytes);
    const file = this.fileFor(hash);
    if (!(await this.has(hash))) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await writeFileDurably(file, bytes);
    }
    return hash;
  }

  /** Copies a picked file in; refuses folders, unreadable files and anything over the cap. */
  async importFile(filePath: string): Promise<AttachmentRef> {
    const name = path.basename(filePath);
    let stat;
    try {
      stat = await fs.stat(filePath);
    } catch (error) {
      throw toAppError(error, filePath, 'read');
    }
    if (!stat.isFile()) throw new AppError('invalid_input', 'attachmentNotAFile', { name });
    if (stat.size > MAX_ATTACHMENT_BYTES) {
      throw new AppError('invalid_input', 'attachmentTooLarge', {
        name,
        size: (stat.size / 1048576).toFixed(1),
        max: MAX_ATTACHMENT_BYTES / 1048576,
      });
    }
    const bytes = await fs.readFile(filePath);
    const hash = await this.put(bytes);
    return { sha256: hash, name, size: bytes.length, mediaType: mediaTypeOf(name) };
  }

  async read(hash: string): Promise<Buffer> {
    try {
      return await fs.readFile(this.fileFor(hash));
    } catch {
      throw new AppError('not_found', 'attachmentMissing');
    }
  }
}
