import { z } from 'zod';
import { identityDraftSchema, identityStatusSchema } from '../../domain/signing';
import { mutation, query } from '../define';

const passphrase = z.string().min(1, 'Enter the passphrase').max(200);

/** The signing identity: created or imported once, unlocked once per session; the key stays in main. */
export const signingContract = {
  'signing:status': query(z.void(), identityStatusSchema),
  'signing:create': mutation(z.object({ draft: identityDraftSchema, replace: z.boolean().default(false) }), identityStatusSchema),
  /** Opens the native file picker for a .p12; null when the person cancels. */
  'signing:import': mutation(z.object({ passphrase, replace: z.boolean().default(false) }), identityStatusSchema.nullable()),
  'signing:unlock': query(z.object({ passphrase }), identityStatusSchema),
  'signing:lock': query(z.void(), identityStatusSchema),
};
