import { z } from 'zod';
import { query } from '../define';

export const searchKinds = ['organisation', 'case', 'evidence', 'workshop', 'workshop_note', 'action', 'issue', 'case_study'] as const;
export const searchKindSchema = z.enum(searchKinds);
export type SearchKind = z.infer<typeof searchKindSchema>;

/** One document in the search index; `parent` groups documents removed together (a workshop's notes). */
export const searchDocSchema = z.object({
  kind: searchKindSchema,
  id: z.string().min(1),
  title: z.string(),
  subtitle: z.string().optional(),
  text: z.string(),
  /** Hash route that opens it, e.g. `/organisations/<id>`. */
  route: z.string(),
  parent: z.string().optional(),
});
export type SearchDoc = z.infer<typeof searchDocSchema>;

export const searchHitSchema = z.object({
  kind: searchKindSchema,
  id: z.string(),
  title: z.string(),
  subtitle: z.string(),
  snippet: z.string(),
  route: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

export const searchContract = {
  /** Full-text search across the workspace, best first. */
  'search:query': query(
    z.object({
      text: z.string().max(500),
      kinds: z.array(searchKindSchema).optional(),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    z.array(searchHitSchema),
  ),
};
