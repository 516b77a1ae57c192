import { agendaPurposes, type AgendaPurpose, type TemplateAgendaItem, type Theme } from './workshop-template';

/**
 * A plain-text form of a template's themes and agenda, so a facilitator can edit them in two
 * text boxes with the keyboard alone. Themes: a title line, then its prompts as "- " lines.
 * Agenda: one item a line, "minutes | purpose | title".
 */

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48) || 'theme';

export function themesToText(themes: readonly Theme[]): string {
  return themes.map((t) => [t.title, ...t.prompts.map((p) => `- ${p}`)].join('\n')).join('\n\n');
}

/** Parses themes, keeping the ids of themes whose titles did not change. */
export function textToThemes(text: string, previous: readonly Theme[] = []): Theme[] {
  const themes: Theme[] = [];
  const used = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('- ') || line === '-') {
      const prompt = line.slice(1).trim();
      if (prompt && themes.length > 0) themes[themes.length - 1].prompts.push(prompt);
      continue;
    }
    let id = previous.find((p) => p.title === line && !used.has(p.id))?.id ?? slug(line);
    for (let n = 2; used.has(id); n += 1) id = `${slug(line)}-${n}`;
    used.add(id);
    themes.push({ id, title: line, prompts: [] });
  }
  return themes;
}

/** The purpose keywords a person types, per interface language; either language's words are read back. */
export const purposeKeywords: Record<'en' | 'cy', Record<AgendaPurpose, string>> = {
  en: { information: 'information', discussion: 'discussion', decision: 'decision', action: 'action' },
  cy: { information: 'gwybodaeth', discussion: 'trafod', decision: 'penderfynu', action: 'gweithredu' },
};
const keywordLanguage = (language: string): 'en' | 'cy' => (language.toLowerCase().startsWith('cy') ? 'cy' : 'en');

const purposeOf = (word: string | undefined): AgendaPurpose | undefined => {
  const w = word?.toLowerCase();
  return agendaPurposes.find((p) => purposeKeywords.en[p] === w || purposeKeywords.cy[p] === w);
};

/** The agenda as text, purposes written in `language`'s keywords. */
export function agendaToText(agenda: readonly TemplateAgendaItem[], language = 'en'): string {
  const words = purposeKeywords[keywordLanguage(language)];
  return agenda.map((a) => `${a.minutes} | ${words[a.purpose]} | ${a.title}`).join('\n');
}

export interface AgendaParse {
  items: TemplateAgendaItem[];
  /** 1-based line numbers that could not be read. */
  badLines: number[];
}

/** Parses agenda lines; other fields of an unchanged item (lead, side, notes) are kept. */
export function textToAgenda(text: string, previous: readonly TemplateAgendaItem[] = []): AgendaParse {
  const items: TemplateAgendaItem[] = [];
  const badLines: number[] = [];
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const [minutesText, purposeText, ...rest] = raw.split('|').map((part) => part.trim());
    const minutes = Number(minutesText);
    const purpose = purposeOf(purposeText);
    const title = rest.join(' | ').trim();
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > 600 || !purpose || !title) {
      badLines.push(i + 1);
      return;
    }
    const before = previous.find((p) => p.title === title);
    items.push({ lead: '', side: 'both', notes: '', ...before, title, purpose, minutes });
  });
  return { items, badLines };
}
