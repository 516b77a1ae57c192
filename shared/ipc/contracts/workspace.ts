import { z } from 'zod';
import { issuerSchema } from '../../domain/report-models';
import { profileSchema } from '../../domain/settings';
import { mutation, query } from '../define';

/** Notices the interface words itself (in the reader's language, with readable names and dates). */
export const noticeKeys = [
  'fileMissingRestored',
  'fileDamagedRestored',
  'fileDamagedNoBackup',
  // A record's saved-changes log (write-ahead log) set aside, whole, for recovery.
  'logDamagedLines',
  'logUnfollowedChanges',
  'logOrphaned',
  'recordMissing',
  'historyLineSetAside',
  'listNotUpdated',
] as const;

export const noticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  /** The English text, for logs and for notices that have no key yet. */
  message: z.string(),
  key: z.enum(noticeKeys).optional(),
  /**
   * `file`: the workspace-relative file; `aside`: the name it was kept under (workspace-relative for
   * logs); `takenAt`: the backup's ISO time; `kind`: the record's noun (case, workshop, …);
   * `name`: the record's name; `count`: how many lines or changes.
   */
  values: z.record(z.string(), z.string()).optional(),
});
export type Notice = z.infer<typeof noticeSchema>;

export const workspaceInfoSchema = z.object({
  dir: z.string(),
  /** False where the host cannot show a folder picker (the browser test host). */
  canChoose: z.boolean(),
  notices: z.array(noticeSchema),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

export const workspaceContract = {
  'workspace:info': query(z.void(), workspaceInfoSchema),
  'workspace:choose': mutation(z.void(), workspaceInfoSchema.nullable()),
  'settings:getProfile': query(z.void(), profileSchema),
  'settings:updateProfile': mutation(profileSchema, profileSchema),
  'settings:getIssuer': query(z.void(), issuerSchema),
  'settings:updateIssuer': mutation(issuerSchema, issuerSchema),
};
