import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Capture, Workshop } from '../../../shared/domain/workshop';
import type { RestorableEntry } from '../../../shared/ipc/contracts/workshops';
import { openServices, type Opened } from '../helpers/open-services';

let app: Opened;
beforeAll(async () => {
  app = await openServices();
});
afterAll(() => app.close());

const details = { title: 'Adolygiad partneriaeth — Gwanwyn', organisationId: null, date: '2026-03-16', startTime: '10:00' };
const lists = (w: Workshop) => ({ note: w.notes, topTip: w.topTips, parkingLot: w.parkingLot, action: w.actions, issue: w.issues });
const entries = (w: Workshop) => Object.values(lists(w)).map((list) => JSON.stringify(list));

const captureArb = (w: Workshop): fc.Arbitrary<Capture> => {
  const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);
  const theme = fc.constantFrom(...w.themes.map((t) => t.id));
  return fc.oneof(
    fc.record({ kind: fc.constant('note' as const), text, themeId: theme, groupId: fc.constant(null), confidential: fc.boolean() }),
    fc.record({ kind: fc.constant('topTip' as const), text, groupId: fc.constant(null), confidential: fc.boolean() }),
    fc.record({ kind: fc.constant('parkingLot' as const), text, confidential: fc.boolean() }),
    fc.record({
      kind: fc.constant('action' as const),
      action: fc.record({
        what: text,
        owner: fc.constant('Chair'),
        side: fc.constant('both' as const),
        dueDate: fc.constant('2026-06-30'),
        status: fc.constant('amber' as const),
      }),
    }),
    fc.record({ kind: fc.constant('issue' as const), issue: fc.record({ title: text, raisedOn: fc.constant('2026-03-16') }) }),
  ) as fc.Arbitrary<Capture>;
};

describe('undo of a removed workshop entry', () => {
  it('puts back exactly what was removed, where it was, for any captures and any entry (fast-check)', async () => {
    const templates = await app.call('workshops:templates');
    const shape = await app.call('workshops:create', { templateId: templates[0].id, details });
    await fc.assert(
      fc.asyncProperty(fc.array(captureArb(shape), { minLength: 1, maxLength: 8 }), fc.nat(), async (captures, pick) => {
        let w = await app.call('workshops:create', { templateId: templates[0].id, details });
        for (const capture of captures) w = await app.call('workshops:capture', { id: w.id, capture });
        const all = Object.entries(lists(w)).flatMap(([kind, list]) =>
          list.map((item, index) => ({ kind, index, item }) as RestorableEntry),
        );
        const chosen = all[pick % all.length];
        const removed = await app.call('workshops:removeEntry', { id: w.id, kind: chosen.kind, entryId: chosen.item.id });
        expect(lists(removed)[chosen.kind]).toHaveLength(lists(w)[chosen.kind].length - 1);
        const back = await app.call('workshops:restoreEntry', { id: w.id, restorable: chosen });
        expect(entries(back)).toEqual(entries(w));
        expect(back.revision).toBe(w.revision + 2);
        // A second Undo cannot make a copy.
        expect((await app.fail('workshops:restoreEntry', { id: w.id, restorable: chosen })).code).toBe('conflict');
      }),
      { numRuns: 25, seed: 1203 },
    );
  });

  it('is in the history, survives a restart, and refuses a note whose theme is no longer in the plan', async () => {
    const templates = await app.call('workshops:templates');
    let w = await app.call('workshops:create', { templateId: templates[0].id, details });
    w = await app.call('workshops:capture', {
      id: w.id,
      capture: { kind: 'topTip', text: 'Cynnwys cynrychiolwyr dysgu’r undeb o’r dechrau', groupId: null },
    });
    const tip = w.topTips[0];
    await app.call('workshops:removeEntry', { id: w.id, kind: 'topTip', entryId: tip.id });
    await app.call('workshops:restoreEntry', { id: w.id, restorable: { kind: 'topTip', index: 0, item: tip } });
    await app.reopen();
    expect((await app.call('workshops:get', { id: w.id })).topTips).toEqual([tip]);
    const journal = await readFile(path.join(app.workspaceDir, 'journal', `${w.id}.jsonl`), 'utf8');
    const kinds = journal
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { kind: string }).kind);
    expect(kinds.slice(-2)).toEqual(['workshop.topTip.removed', 'workshop.topTip.restored']);

    const ghost = {
      id: 'n-ghost',
      themeId: 'no-such-theme',
      groupId: null,
      text: 'A note',
      at: '2026-03-16T10:00:00.000Z',
      confidential: false,
    };
    expect((await app.fail('workshops:restoreEntry', { id: w.id, restorable: { kind: 'note', index: 0, item: ghost } })).code).toBe(
      'invalid_input',
    );
  });
});
