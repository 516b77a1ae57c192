import { expect, type Page } from '@playwright/test';

/**
 * Words that are English and never Welsh. Words both languages share ("a", "i", "am", "all",
 * "man", "hi", "data", "agenda") are left out on purpose, so a hit is always English left behind.
 */
const englishOnly = [
  'the', 'and', 'of', 'with', 'for', 'your', 'you', 'this', 'that', 'is', 'are', 'not', 'yes', 'none',
  'save', 'saved', 'cancel', 'delete', 'add', 'edit', 'remove', 'close', 'case', 'cases', 'workshop', 'workshops',
  'action', 'actions', 'issue', 'issues', 'settings', 'overview', 'organisation', 'organisations', 'library',
  'search', 'due', 'status', 'owner', 'stage', 'stages', 'date', 'new', 'open', 'start', 'next', 'live', 'review',
  'notes', 'note', 'theme', 'themes', 'rating', 'ratings', 'table', 'group', 'minutes', 'time', 'item', 'items',
  'loading', 'back', 'documents', 'verify', 'history', 'evidence', 'interview', 'recommendation', 'assessment',
  'notify', 'sign', 'up', 'plan', 'met', 'welcome', 'empty', 'demo', 'left', 'skip', 'pause', 'full', 'screen',
  'schedule', 'keyboard', 'capture', 'parking', 'lot', 'tips', 'tip', 'region', 'min', 'name', 'role', 'type', 'by', 'on', 'in', 'to',
  // Dates, regions, history lines, questions and toasts (issue 23).
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'january', 'february', 'march', 'april', 'june',
  'july', 'august', 'september', 'october', 'november', 'december', 'north', 'south', 'east', 'west', 'changed', 'added',
  'removed', 'edited', 'judged', 'marked', 'opened', 'recorded', 'started', 'linked', 'unnamed', 'user', 'which', 'how', 'who', 'what',
  'where', 'eligible', 'criterion', 'requirement', 'learning', 'partnership',
];
const pattern = new RegExp(`(?<![\\p{L}’'])(${englishOnly.join('|')})(?![\\p{L}’'])`, 'giu');

/**
 * Fails naming every English word visible on the page, after taking out the text the person
 * typed (names of people, organisations and workshops): those stay as typed in any language.
 */
export async function expectNoEnglish(page: Page, typed: string[]): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  let text = await page.locator('body').innerText();
  // Longest first, so a typed phrase is taken out before any shorter one inside it.
  for (const t of [...[...typed].sort((a, b) => b.length - a.length), 'Casebook', 'PDF', 'Ctrl', 'Alt', 'English']) text = text.split(t).join(' ');
  const hits = (line: string) => [...line.matchAll(pattern)].map((m) => m[0]);
  const lines = text.split('\n').filter((line) => hits(line).length > 0);
  expect(lines.map((line) => `${hits(line).join(', ')} ← ${line.trim()}`), 'English on a Welsh screen').toEqual([]);
}
