import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/domain/workshop';
import { builtInFrameworks } from '../../../shared/frameworks';
import {
  localiseFramework,
  localiseTemplate,
  localiseThemeTitle,
  localiseWorkshop,
  templateTranslations,
} from '../../../shared/i18n/domain/localise';
import { builtInTemplates } from '../../../shared/templates';

describe('the domain in Welsh, beside the English', () => {
  it('translates every requirement and criterion of every built-in framework', () => {
    for (const framework of builtInFrameworks) {
      const cy = localiseFramework(framework, 'cy');
      expect(cy.requirements.map((r) => r.id)).toEqual(framework.requirements.map((r) => r.id));
      framework.requirements.forEach((r, i) => expect(cy.requirements[i].text, r.id).not.toBe(r.text));
      framework.criteria.forEach((c, i) => {
        expect(cy.criteria[i].title, c.id).not.toBe(c.title);
        expect(cy.criteria[i].result, c.id).not.toBe(c.result);
        // The visit questions too, one for one (answers are keyed by position: C2.p1, C2.p2).
        expect(cy.criteria[i].prompts, c.id).toHaveLength(c.prompts.length);
        c.prompts.forEach((p, j) => expect(cy.criteria[i].prompts[j], `${c.id}.p${j + 1}`).not.toBe(p));
      });
      expect(localiseFramework(framework, 'en-GB')).toBe(framework);
    }
  });

  it('shows a theme title stored in either language in the reader’s language; a typed title stays as typed', () => {
    const template = builtInTemplates[0];
    const welsh = localiseTemplate(template, 'cy');
    const [en, cy] = [template.themes[0].title, welsh.themes[0].title];
    expect(localiseThemeTitle(en, 'cy')).toBe(cy);
    expect(localiseThemeTitle(cy, 'en-GB')).toBe(en);
    expect(localiseThemeTitle('Our own theme', 'cy')).toBe('Our own theme');
  });

  it('translates every theme, prompt, agenda item and reference of the five templates', () => {
    expect(templateTranslations.map((t) => t.id).sort()).toEqual(builtInTemplates.map((t) => t.id).sort());
    for (const template of builtInTemplates) {
      const tr = templateTranslations.find((t) => t.id === template.id)!;
      expect(tr.version, template.id).toBe(template.version);
      expect(Object.keys(tr.themes).sort(), template.id).toEqual(template.themes.map((t) => t.id).sort());
      expect(tr.agenda, template.id).toHaveLength(template.agenda.length);
      expect(
        tr.references.map((r) => r.items.length),
        template.id,
      ).toEqual(template.references.map((r) => r.items.length));
      const cy = localiseTemplate(template, 'cy');
      template.themes.forEach((th, i) => {
        expect(cy.themes[i].title).not.toBe(th.title);
        expect(cy.themes[i].prompts).toHaveLength(th.prompts.length);
        th.prompts.forEach((p, j) => expect(cy.themes[i].prompts[j]).not.toBe(p));
      });
      template.agenda.forEach((item, i) => {
        expect(cy.agenda[i].title).not.toBe(item.title);
        expect(Boolean(cy.agenda[i].notes)).toBe(Boolean(item.notes));
      });
      expect(cy.agenda.map((a) => [a.minutes, a.purpose, a.side])).toEqual(template.agenda.map((a) => [a.minutes, a.purpose, a.side]));
    }
  });

  it('shows a workshop in either language, keeping what the facilitator typed, and back again unchanged', () => {
    const workshopFrom = (templateIndex: number, edits: (string | null)[]): Workshop => {
      const t = builtInTemplates[templateIndex];
      return {
        templateId: t.id,
        templateVersion: t.version,
        templateName: t.name,
        themes: t.themes,
        closingQuestion: t.closingQuestion,
        agenda: t.agenda.map((a, i) => ({ ...a, id: `a${i}`, title: edits[i] ?? a.title, notes: a.notes ?? '' })),
      } as unknown as Workshop;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: builtInTemplates.length - 1 }),
        fc.array(fc.option(fc.string({ minLength: 1 }), { nil: null }), { maxLength: 8 }),
        (index, edits) => {
          const english = workshopFrom(index, edits);
          const welsh = localiseWorkshop(english, 'cy');
          const template = localiseTemplate(builtInTemplates[index], 'cy');
          expect(welsh.templateName).toBe(template.name);
          expect(welsh.themes.map((t) => t.title)).toEqual(template.themes.map((t) => t.title));
          english.agenda.forEach((item, i) => {
            const typed = edits[i] ?? null;
            const isTemplateText = builtInTemplates[index].agenda.some((a) => a.title === item.title);
            if (typed !== null && !isTemplateText) expect(welsh.agenda[i].title).toBe(typed);
            if (typed === null) expect(welsh.agenda[i].title).toBe(template.agenda[i].title);
          });
          expect(localiseWorkshop(welsh, 'en-GB')).toEqual(english);
        },
      ),
    );
  });
});
