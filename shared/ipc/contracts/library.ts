import { z } from 'zod';
import { idSchema, longText, shortText } from '../../domain/common';
import { caseStudyDraftSchema, caseStudyOriginSchema, caseStudySchema, citationSchema, citingRecordSchema } from '../../domain/library';
import { mutation, query } from '../define';

export const libraryContract = {
  'library:list': query(z.void(), z.array(caseStudySchema)),
  'library:get': query(z.object({ id: idSchema }), z.object({ caseStudy: caseStudySchema, citations: z.array(citationSchema) })),
  'library:create': mutation(caseStudyDraftSchema, caseStudySchema),
  /** Starts a case study from a workshop note or case evidence: the text becomes its summary. */
  'library:createFrom': mutation(
    z.object({
      origin: caseStudyOriginSchema.extend({ kind: z.enum(['workshop_note', 'case_evidence']), sourceId: idSchema }),
      text: longText.min(1, 'There is no text to start the case study from'),
      title: shortText.optional(),
      organisationId: idSchema.nullable().default(null),
      theme: shortText.default(''),
    }),
    caseStudySchema,
  ),
  'library:update': mutation(z.object({ id: idSchema, draft: caseStudyDraftSchema }), caseStudySchema),
  'library:delete': mutation(z.object({ id: idSchema }), z.object({ id: idSchema })),
  /** Full-text search of the library only, best first. */
  'library:search': query(z.object({ text: z.string().max(500) }), z.array(caseStudySchema)),
  /** A case or workshop cites a case study (stored by ids). */
  'library:cite': mutation(z.object({ caseStudyId: idSchema, citedBy: citingRecordSchema, note: shortText.default('') }), citationSchema),
  'library:uncite': mutation(z.object({ id: idSchema }), z.object({ id: idSchema })),
  /** Citations of one case study, or made by one case or workshop. */
  'library:citations': query(
    z.object({ caseStudyId: idSchema.optional(), citedBy: citingRecordSchema.optional() }),
    z.array(citationSchema),
  ),
};
