import { z } from 'zod';
import { mutation, query } from '../define';

/** Why the workspace could not be opened; the screen explains each in plain words. */
export const openFailureReasons = ['locked', 'newer', 'unreadable', 'io'] as const;
export type OpenFailureReason = (typeof openFailureReasons)[number];

/** Who holds the workspace lock, as its `.lock` file says. */
export const lockHolderSchema = z.object({
  host: z.string(),
  pid: z.number(),
  /** When that Casebook took the lock, and when it last said it still holds it (ISO). */
  since: z.string(),
  lastActive: z.string().nullable(),
  /** True when the holder is on this computer (then it is a process we could see). */
  sameComputer: z.boolean(),
});
export type LockHolder = z.infer<typeof lockHolderSchema>;

export const workspaceStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open'), dir: z.string() }),
  z.object({
    state: z.literal('failed'),
    dir: z.string(),
    reason: z.enum(openFailureReasons),
    /** The services' own words (technical detail shown under the plain explanation). */
    message: z.string(),
    holder: lockHolderSchema.nullable(),
    /** Open anyway is offered only when the holder is on another computer or cannot be checked. */
    canOpenAnyway: z.boolean(),
    /** False where the host has no folder picker. */
    canChoose: z.boolean(),
    /** The interface language the workspace's profile asks for, when its file could still be read. */
    language: z.enum(['en-GB', 'cy']).nullable().default(null),
  }),
]);
export type WorkspaceStatus = z.infer<typeof workspaceStatusSchema>;

export const workspaceBackupSchema = z.object({
  /** The snapshot's file name under backups/casebook.json/. */
  id: z.string(),
  takenAt: z.string(),
  /** False when this Casebook cannot read it (damaged, or written by a newer Casebook). */
  usable: z.boolean(),
});
export type WorkspaceBackup = z.infer<typeof workspaceBackupSchema>;

/**
 * Channels that answer even when the workspace failed to open (see services/workspace/opener.ts):
 * the screen that lets the user retry, open anyway, pick another folder or restore a backup.
 */
export const workspaceOpenContract = {
  'workspace:status': query(z.void(), workspaceStatusSchema),
  'workspace:retry': mutation(z.void(), workspaceStatusSchema),
  'workspace:openAnyway': mutation(z.void(), workspaceStatusSchema),
  /** Shows the folder picker and opens the chosen folder (cancel: the status is unchanged). */
  'workspace:openOther': mutation(z.void(), workspaceStatusSchema),
  'workspace:backups': query(z.void(), z.array(workspaceBackupSchema)),
  'workspace:restoreBackup': mutation(z.object({ id: z.string().regex(/^[\w.-]+\.json$/) }), workspaceStatusSchema),
};
