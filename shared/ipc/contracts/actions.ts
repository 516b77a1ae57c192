import { z } from 'zod';
import { actionSchema, actionSourceSchema } from '../../domain/action';
import { actionChangeSchema, actionDraftSchema, sourcedActionSchema } from '../../domain/actions-rules';
import { idSchema } from '../../domain/common';
import { mutation, query } from '../define';

/** Names one action wherever it lives. */
export const actionRefSchema = z.object({ kind: actionSourceSchema.shape.kind, sourceId: idSchema, actionId: idSchema });
export type ActionRef = z.infer<typeof actionRefSchema>;

export const actionsContract = {
  /** Every action from every provider (cases, workshops, the tracker's own). */
  'actions:list': query(z.void(), z.array(sourcedActionSchema)),
  /** Creates a standalone action for an organisation. */
  'actions:create': mutation(actionDraftSchema, sourcedActionSchema),
  /** Edits an action at its source; a note or status change adds a dated progress update. */
  'actions:update': mutation(actionRefSchema.extend({ change: actionChangeSchema }), sourcedActionSchema),
  /** Deletes a standalone action (actions in cases and workshops are deleted there). */
  'actions:delete': mutation(actionRefSchema, z.object({ actionId: idSchema })),
};

export { actionSchema };
