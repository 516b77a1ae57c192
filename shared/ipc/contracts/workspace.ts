import { z } from 'zod';
import { issuerSchema } from '../../domain/report-models';
import { profileSchema } from '../../domain/settings';
import { mutation, query } from '../define';

export const noticeSchema = z.object({
  level: z.enum(['info', 'warning', 'error']),
  message: z.string(),
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
