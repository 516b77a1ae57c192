import { describe, expect, it } from 'vitest';
import { templateProblems, workshopTemplateSchema } from '../../../shared/domain/workshop-template';
import { builtInTemplate, builtInTemplates } from '../../../shared/templates';

describe('built-in workshop templates', () => {
  it('has the five templates, each valid and free of data problems', () => {
    expect(builtInTemplates.map((t) => t.name)).toEqual([
      'What does good look like?',
      'Partnership health check',
      'Local social partnership remit and protocol review',
      'GO Award introduction workshop',
      'Partnership forum meeting',
    ]);
    for (const template of builtInTemplates) {
      expect(workshopTemplateSchema.safeParse(template).success).toBe(true);
      expect(templateProblems(template)).toEqual([]);
      expect(template.builtIn).toBe(true);
      expect(template.version).toBeGreaterThanOrEqual(1);
    }
  });

  it('"What does good look like?" carries the 9 themes with prompts and the top-tip question', () => {
    const good = builtInTemplate('what-good-looks-like')!;
    expect(good.themes.map((t) => t.title)).toEqual([
      'Effective communications',
      'Resources',
      'Behaviours and culture',
      'Processes and organisation',
      'Clear vision',
      'Membership, skills and accountability',
      'Delivering',
      'Joint strategic agenda setting',
      'Improvement and review',
    ]);
    for (const theme of good.themes) expect(theme.prompts.length).toBeGreaterThan(0);
    expect(good.closingQuestion).toMatch(/top tip for working in partnership/);
  });

  it('the health check has the 10 principles, 9 success factors and 13 KPIs', () => {
    const health = builtInTemplate('partnership-health-check')!;
    expect(health.themes).toHaveLength(10);
    expect(health.themes.at(-1)?.title).toMatch(/no-surprises culture/);
    expect(health.references.map((r) => [r.title, r.items.length])).toEqual([
      ['Success factors', 9],
      ['Key performance indicators', 13],
    ]);
  });

  it('the remit review, introduction and forum templates carry their seed structure', () => {
    const remit = builtInTemplate('remit-and-protocol-review')!;
    expect(remit.themes.filter((t) => t.title.startsWith('Protocol:'))).toHaveLength(4);
    const intro = builtInTemplate('go-award-introduction')!;
    expect(intro.agenda[0].title).toBe('Introductions in pairs');
    expect(intro.agenda.at(-1)?.title).toBe('Next steps');
    const forum = builtInTemplate('partnership-forum-meeting')!;
    expect(forum.agenda.some((a) => a.title.startsWith('Progress against the roadmap'))).toBe(true);
    expect(forum.agenda.map((a) => a.side)).toContain('staff_side');
  });

  it('rejects a malformed template and reports duplicate theme ids', () => {
    const good = builtInTemplate('what-good-looks-like')!;
    expect(workshopTemplateSchema.safeParse({ ...good, themes: [{ id: 'bad id!', title: 'x' }] }).success).toBe(false);
    expect(workshopTemplateSchema.safeParse({ ...good, agenda: [{ title: 'x', purpose: 'wish list', minutes: 5 }] }).success).toBe(false);
    expect(workshopTemplateSchema.safeParse({ ...good, agenda: [{ title: 'x', purpose: 'decision', minutes: -1 }] }).success).toBe(false);
    const twice = { ...good, themes: [good.themes[0], good.themes[0]] };
    expect(templateProblems(twice)).toEqual(['Theme id "effective-communications" is used twice.']);
    expect(templateProblems({ ...good, agenda: [] })).toEqual(['The template has no agenda items.']);
  });
});
