/**
 * Translations of built-in domain data (frameworks, workshop templates), kept beside the English
 * originals and keyed by the same ids and version, so a record made in one language can be shown
 * in the other. A translation belongs to exactly one version: a new version needs a new one.
 */
export interface FrameworkTranslation {
  id: string;
  version: number;
  name: string;
  source: string;
  requirements: Record<string, string>;
  /** Per criterion: title, stated result and the visit prompts (in the English prompts' order). */
  criteria: Record<string, { title: string; result: string; prompts: string[] }>;
}

export interface TemplateTranslation {
  id: string;
  version: number;
  name: string;
  description: string;
  source: string;
  closingQuestion: string | null;
  themes: Record<string, { title: string; prompts: string[] }>;
  /** In the order of the English agenda, item for item. */
  agenda: { title: string; notes?: string }[];
  /** In the order of the English references, item for item. */
  references: { title: string; items: string[] }[];
}
