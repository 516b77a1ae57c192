import { z } from 'zod';
import { partnerSideSchema } from './action';
import { idSchema, longText, shortText } from './common';

export const agendaPurposes = ['information', 'discussion', 'decision', 'action'] as const;
export const agendaPurposeSchema = z.enum(agendaPurposes);
export type AgendaPurpose = z.infer<typeof agendaPurposeSchema>;

/** A theme (or principle) a workshop discusses and rates, with the prompts for the tables. */
export const themeSchema = z.object({
  id: idSchema,
  title: shortText.min(1, 'Give the theme a title'),
  prompts: z.array(shortText.min(1)).default([]),
});
export type Theme = z.infer<typeof themeSchema>;

/** An agenda item as a template proposes it; a workshop copies and adapts it. */
export const templateAgendaItemSchema = z.object({
  title: shortText.min(1, 'Give the agenda item a title'),
  purpose: agendaPurposeSchema,
  minutes: z.number().int().min(0).max(600),
  lead: shortText.default(''),
  side: partnerSideSchema.default('both'),
  notes: longText.default(''),
});
export type TemplateAgendaItem = z.infer<typeof templateAgendaItemSchema>;

/** A workshop template: built-in ones ship as versioned data, user ones live in the workspace. */
export const workshopTemplateSchema = z.object({
  id: idSchema,
  /** Bumped whenever a built-in template's content changes; workshops record the version used. */
  version: z.number().int().positive(),
  builtIn: z.boolean(),
  name: shortText.min(1, 'Give the template a name'),
  description: longText.default(''),
  /** Where the content comes from, e.g. a feedback report. */
  source: shortText.default(''),
  /** What the ratings are about: themes, or the principles of an agreement. */
  themeNoun: z.enum(['theme', 'principle', 'topic']).default('theme'),
  themes: z.array(themeSchema),
  /** A closing question every table answers, e.g. the top tip. */
  closingQuestion: shortText.nullable().default(null),
  agenda: z.array(templateAgendaItemSchema),
  /** Reference lists shown beside the themes (success factors, KPIs…). */
  references: z.array(z.object({ title: shortText, items: z.array(shortText) })).default([]),
  /** The built-in template a user template was duplicated from. */
  basedOn: z.object({ id: idSchema, version: z.number().int() }).nullable().default(null),
});
export type WorkshopTemplate = z.infer<typeof workshopTemplateSchema>;
export type WorkshopTemplateInput = z.input<typeof workshopTemplateSchema>;

/** The editable part of a user template. */
export const templateDraftSchema = workshopTemplateSchema.pick({
  name: true,
  description: true,
  themes: true,
  closingQuestion: true,
  agenda: true,
});
export type TemplateDraft = z.infer<typeof templateDraftSchema>;

/** Problems a template's data can have beyond its shape: duplicate theme ids, no agenda. */
export function templateProblems(template: WorkshopTemplate): string[] {
  const problems: string[] = [];
  const ids = template.themes.map((t) => t.id);
  const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
  if (duplicate) problems.push(`Theme id "${duplicate}" is used twice.`);
  if (template.agenda.length === 0) problems.push('The template has no agenda items.');
  return problems;
}
