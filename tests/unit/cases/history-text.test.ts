import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../../renderer/src/i18n';
import { historyText } from '../../../renderer/src/features/cases/history-text';
import { openWorkspace, type TestWorkspace } from './helpers';

// Words that are English and never Welsh (as the e2e Welsh walk uses), to catch a line left in English.
const englishOnly =
  /(?<![\p{L}’'])(the|and|of|with|for|set|to|added|removed|edited|judged|marked|opened|recorded|started|linked|evidence|action|criterion|requirement|interview|notify|sign|up|plan|met|partly|date|scope|kind|rationale|note)(?![\p{L}’'])/giu;

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(async () => ws.close());

describe('history lines stored as keys and values, shown in the reader’s language', () => {
  it('every line of the demo’s cases reads in Welsh (what people typed aside), and in English', async () => {
    await ws.call('demo:load');
    const cy = i18n.getFixedT('cy', 'history');
    const en = i18n.getFixedT('en-GB', 'history');
    let checked = 0;
    for (const c of await ws.call('cases:list')) {
      const record = await ws.call('cases:get', { id: c.id });
      // What was typed stays as typed, in any language.
      const typed = JSON.stringify(record)
        .match(/"(?:[^"\\]|\\.)*"/g)!
        .map((s) => JSON.parse(s) as string)
        .filter((s) => s.length > 2);
      for (const entry of await ws.call('cases:history', { id: c.id })) {
        let welsh = historyText(entry, cy, 'cy');
        expect(welsh, entry.kind).not.toBe(entry.summary);
        for (const s of typed.sort((a, b) => b.length - a.length)) welsh = welsh.split(s).join(' ');
        expect(welsh.match(englishOnly), `${entry.kind}: ${historyText(entry, cy, 'cy')}`).toBeNull();
        expect(historyText(entry, en, 'en-GB')).not.toMatch(/undefined|\{\{|history\.|lines\./);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('reads a few lines exactly, and shows an old line (no values stored) as it was written', () => {
    const cy = i18n.getFixedT('cy', 'history');
    const en = i18n.getFixedT('en-GB', 'history');
    const patch = {
      kind: 'case.criterion',
      summary: 'x',
      details: {
        about: { subject: 'criterion', ref: 'C2' },
        changes: [
          { field: 'judgement', value: 'partly_met' },
          { field: 'rationale', edited: true },
        ],
      },
    };
    expect(historyText(patch, en, 'en-GB')).toBe('Criterion C2: judgement set to partly met; rationale edited');
    expect(historyText(patch, cy, 'cy')).toBe('Maen prawf C2: barn: wedi’i fodloni’n rhannol; golygwyd rhesymeg');
    const visit = { kind: 'case.visit.started', summary: 'x', details: { date: '2027-06-30' } };
    expect(historyText(visit, cy, 'cy')).toBe('Cofnodwyd ymweliad safle ar 30 Meh 2027 (agorwyd y modd ymweliad safle)');
    const old = { kind: 'case.evidence.added', summary: 'Evidence added: document from HR (C4)', details: { id: 'e1' } };
    expect(historyText(old, cy, 'cy')).toBe('Evidence added: document from HR (C4)');
  });
});
