import { z } from 'zod';
import { idSchema } from '../../domain/common';
import { organisationDraftSchema, organisationSchema } from '../../domain/organisation';
import { mutation, query } from '../define';

export const organisationsContract = {
  'organisations:list': query(z.void(), z.array(organisationSchema)),
  'organisations:get': query(z.object({ id: idSchema }), organisationSchema),
  'organisations:create': mutation(organisationDraftSchema, organisationSchema),
  'organisations:update': mutation(z.object({ id: idSchema, draft: organisationDraftSchema }), organisationSchema),
  'organisations:delete': mutation(z.object({ id: idSchema }), z.object({ id: idSchema })),
};
