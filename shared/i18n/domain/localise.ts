import type { Framework } from '../../frameworks/go-award';
import type { Workshop } from '../../domain/workshop';
import type { WorkshopTemplate } from '../../domain/workshop-template';
import { builtInTemplates } from '../../templates';
import { goAwardV1Cy } from './go-award.cy';
import { goAwardIntroductionCy, whatGoodLooksLikeCy } from './templates-a.cy';
import { partnershipForumMeetingCy, partnershipHealthCheckCy, remitAndProtocolReviewCy } from './templates-b.cy';
import type { FrameworkTranslation, TemplateTranslation } from './types';

export const frameworkTranslations: readonly FrameworkTranslation[] = [goAwardV1Cy];
export const templateTranslations: readonly TemplateTranslation[] = [
  whatGoodLooksLikeCy,
  partnershipHealthCheckCy,
  remitAndProtocolReviewCy,
  goAwardIntroductionCy,
  partnershipForumMeetingCy,
];

const isWelsh = (language: string) => language === 'cy' || language.startsWith('cy-');
const templateTranslation = (id: string, version: number) => templateTranslations.find((t) => t.id === id && t.version === version);

/** The framework's names and texts in `language`; English (the original) when no translation exists. */
export function localiseFramework(framework: Framework, language: string): Framework {
  const tr = frameworkTranslations.find((t) => t.id === framework.id && t.version === framework.version);
  if (!isWelsh(language) || !tr) return framework;
  return {
    ...framework,
    name: tr.name,
    source: tr.source,
    requirements: framework.requirements.map((r) => ({ ...r, text: tr.requirements[r.id] ?? r.text })),
    criteria: framework.criteria.map((c) => ({ ...c, ...(tr.criteria[c.id] ?? {}) })),
  };
}

/** A built-in template in `language`; the user's own templates are shown as they wrote them. */
export function localiseTemplate(template: WorkshopTemplate, language: string): WorkshopTemplate {
  const tr = template.builtIn ? templateTranslation(template.id, template.version) : undefined;
  if (!isWelsh(language) || !tr) return template;
  return {
    ...template,
    name: tr.name,
    description: tr.description,
    source: tr.source,
    closingQuestion: tr.closingQuestion,
    themes: template.themes.map((th) => ({ ...th, ...(tr.themes[th.id] ?? {}) })),
    agenda: template.agenda.map((item, i) => ({
      ...item,
      title: tr.agenda[i]?.title ?? item.title,
      notes: tr.agenda[i]?.notes ?? item.notes,
    })),
    references: template.references.map((ref, i) => tr.references[i] ?? ref),
  };
}

/**
 * A workshop shown in `language`. A workshop copies its template's text when it is made, in the
 * language of the day; any copied text still word for word as the template has it (in either
 * language) is shown in `language`, and anything the facilitator wrote or changed stays as typed.
 */
export function localiseWorkshop(workshop: Workshop, language: string): Workshop {
  const english = builtInTemplates.find((t) => t.id === workshop.templateId && t.version === workshop.templateVersion);
  if (!english || !templateTranslation(english.id, english.version)) return workshop;
  const welsh = localiseTemplate(english, 'cy');
  const [from, to] = isWelsh(language) ? [english, welsh] : [welsh, english];
  const swap = (text: string, pairs: [string, string][]) => pairs.find(([a]) => a === text)?.[1] ?? text;
  const names: [string, string][] = [[from.name, to.name]];
  const closing: [string, string][] = from.closingQuestion && to.closingQuestion ? [[from.closingQuestion, to.closingQuestion]] : [];
  const titles: [string, string][] = from.agenda.map((item, i) => [item.title, to.agenda[i].title]);
  const notes: [string, string][] = from.agenda
    .map((item, i): [string, string] => [item.notes, to.agenda[i].notes])
    .filter(([a]) => a !== '');
  return {
    ...workshop,
    templateName: swap(workshop.templateName, names),
    closingQuestion: workshop.closingQuestion === null ? null : swap(workshop.closingQuestion, closing),
    themes: workshop.themes.map((theme) => {
      const a = from.themes.find((th) => th.id === theme.id);
      const b = to.themes.find((th) => th.id === theme.id);
      if (!a || !b) return theme;
      return {
        ...theme,
        title: swap(theme.title, [[a.title, b.title]]),
        prompts: theme.prompts.map((p) =>
          swap(
            p,
            a.prompts.map((q, i): [string, string] => [q, b.prompts[i] ?? q]),
          ),
        ),
      };
    }),
    agenda: workshop.agenda.map((item) => ({ ...item, title: swap(item.title, titles), notes: swap(item.notes, notes) })),
  };
}

/** Every built-in theme title paired with its translation, for ratings that carry only a title (the overview). */
const themeTitlePairs: [string, string][] = builtInTemplates.flatMap((english) => {
  if (!templateTranslation(english.id, english.version)) return [];
  const welsh = localiseTemplate(english, 'cy');
  return english.themes.map((th): [string, string] => [th.title, welsh.themes.find((w) => w.id === th.id)?.title ?? th.title]);
});

/** A theme title (as a workshop stored it, in either language) in `language`; a title the facilitator wrote stays as written. */
export function localiseThemeTitle(title: string, language: string): string {
  const pair = themeTitlePairs.find(([en, cy]) => en === title || cy === title);
  if (!pair) return title;
  return isWelsh(language) ? pair[1] : pair[0];
}

/** Every built-in template name paired with its translation, for lists that carry only the name. */
const templateNamePairs: [string, string][] = builtInTemplates.flatMap((english) =>
  templateTranslation(english.id, english.version) ? [[english.name, localiseTemplate(english, 'cy').name] as [string, string]] : [],
);

/** A template name (as a workshop stored it, in either language) in `language`; the user's own template names stay as written. */
export function localiseTemplateName(name: string, language: string): string {
  const pair = templateNamePairs.find(([en, cy]) => en === name || cy === name);
  if (!pair) return name;
  return isWelsh(language) ? pair[1] : pair[0];
}
