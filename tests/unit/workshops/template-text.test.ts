import { describe, expect, it } from 'vitest';
import { agendaToText, textToAgenda, textToThemes, themesToText } from '../../../shared/domain/template-text';
import { builtInTemplate } from '../../../shared/templates';

describe('template text form', () => {
  it('round-trips every built-in template’s themes and agenda', () => {
    for (const id of ['what-good-looks-like', 'partnership-health-check', 'partnership-forum-meeting']) {
      const template = builtInTemplate(id)!;
      expect(textToThemes(themesToText(template.themes), template.themes)).toEqual(template.themes);
      expect(textToAgenda(agendaToText(template.agenda), template.agenda)).toEqual({ items: template.agenda, badLines: [] });
    }
  });

  it('gives new themes unique ids and attaches prompts to the theme above', () => {
    const themes = textToThemes('Trust\n- Do we keep confidences?\n\nTrust\n-   \nLeadership\n- Is the chief executive visible?');
    expect(themes).toEqual([
      { id: 'trust', title: 'Trust', prompts: ['Do we keep confidences?'] },
      { id: 'trust-2', title: 'Trust', prompts: [] },
      { id: 'leadership', title: 'Leadership', prompts: ['Is the chief executive visible?'] },
    ]);
  });

  it('reports agenda lines it cannot read, by line number', () => {
    const parsed = textToAgenda(
      '10 | information | Welcome\n\nten | discussion | Bad minutes\n5 | wish list | Bad purpose\n15 | decision |\n20 | Decision | Agree a | b',
    );
    expect(parsed.badLines).toEqual([3, 4, 5]);
    expect(parsed.items.map((i) => [i.minutes, i.purpose, i.title])).toEqual([
      [10, 'information', 'Welcome'],
      [20, 'decision', 'Agree a | b'],
    ]);
  });
});

describe('agenda keywords in the interface language', () => {
  it('writes Welsh keywords for a Welsh user and reads either language back', () => {
    const agenda = [
      { title: 'Croeso', purpose: 'information', minutes: 10, lead: '', side: 'both', notes: '' },
      { title: 'Penderfyniad', purpose: 'decision', minutes: 20, lead: '', side: 'both', notes: '' },
    ] as const;
    const text = agendaToText(agenda, 'cy');
    expect(text).toBe('10 | gwybodaeth | Croeso\n20 | penderfynu | Penderfyniad');
    expect(textToAgenda(text).items.map((i) => i.purpose)).toEqual(['information', 'decision']);
    expect(textToAgenda('5 | Trafod | Sgwrs\n5 | action | Camau').items.map((i) => i.purpose)).toEqual(['discussion', 'action']);
    expect(agendaToText(agenda)).toBe('10 | information | Croeso\n20 | decision | Penderfyniad');
  });
});
