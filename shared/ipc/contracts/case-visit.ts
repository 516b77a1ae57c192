import { z } from 'zod';
import { actionSchema } from '../../domain/action';
import { attachmentRefSchema, caseSchema, evidenceItemSchema, interviewSchema, signatorySchema } from '../../domain/case';
import { idSchema, isoDate } from '../../domain/common';
import { mutation } from '../define';

const caseId = idSchema;
/** Where the item sat before it was deleted, so Undo puts it back in the same place. */
const index = z.number().int().nonnegative();

/** Something deleted from a case that Undo puts back exactly as it was. */
export const restorableSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('evidence'), index, item: evidenceItemSchema }),
  z.object({ kind: z.literal('interview'), index, item: interviewSchema }),
  z.object({ kind: z.literal('attachment'), index, evidenceId: idSchema, item: attachmentRefSchema }),
  z.object({ kind: z.literal('signatory'), index, item: signatorySchema }),
  z.object({ kind: z.literal('action'), index, item: actionSchema }),
]);
export type Restorable = z.infer<typeof restorableSchema>;

export const caseVisitContract = {
  /** Site-visit mode opened: records today (main's clock) as a visit day unless already recorded. */
  'cases:startVisit': mutation(z.object({ caseId }), z.object({ record: caseSchema, recorded: isoDate.nullable() })),
  /** Undo of a delete: puts the item back where it was; refused if it is already there. */
  'cases:restore': mutation(z.object({ caseId, restorable: restorableSchema }), caseSchema),
};
