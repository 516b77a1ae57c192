import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Workshop } from '../../../shared/domain/workshop';
import type { Result } from '../../../shared/result';

type Item = { id: string; title: string };
type Held = { id: string; revision: number; agenda: Item[] };

/**
 * Main as the renderer sees it: each plan change is applied in the order it is called and
 * answered only when the test releases it, so any interleaving of typing and answers can be tried.
 */
const main = {
  record: { id: 'w1', revision: 1, agenda: [] as Item[] } as Held,
  waiting: [] as (() => void)[],
};
const api = {
  workshops: {
    get: async () => ({ ok: true, data: structuredClone(main.record) }),
    updatePlan: ({ patch }: { patch: { agenda: Item[] } }) =>
      new Promise<Result<Held>>((resolve) => {
        main.record = { ...main.record, agenda: structuredClone(patch.agenda), revision: main.record.revision + 1 };
        const answer = structuredClone(main.record);
        main.waiting.push(() => resolve({ ok: true, data: answer }));
      }),
  },
};

let store: typeof import('../../../renderer/src/features/workshops/workshop-store');
let moveItem: typeof import('../../../shared/domain/schedule').moveItem;
let queryClient: typeof import('../../../renderer/src/lib/query-client').queryClient;

beforeAll(async () => {
  // The renderer's one client of window.api reads it when it is first imported.
  (globalThis as unknown as { window: unknown }).window = { api };
  store = await import('../../../renderer/src/features/workshops/workshop-store');
  ({ moveItem } = await import('../../../shared/domain/schedule'));
  ({ queryClient } = await import('../../../renderer/src/lib/query-client'));
});

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
};
const shownOrder = () => (store.openWorkshop() as unknown as Held).agenda.map((x) => x.id);

describe('the open workshop shows every change made, whatever order the answers come in', () => {
  it('quick agenda moves each count: the screen and the saved agenda both hold all of them', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 8 }),
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), delta: fc.constantFrom(-1, 1, -3, 2) }),
            fc.record({ kind: fc.constant('answer' as const) }),
          ),
          { minLength: 1, maxLength: 25 },
        ),
        async (n, steps) => {
          const agenda = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, title: `Eitem ${i} ŵ` }));
          // Answers a failed run left waiting would hold the store's queue: release them first.
          while (main.waiting.length > 0) {
            main.waiting.shift()!();
            await settle();
          }
          main.record = { id: 'w1', revision: 1, agenda };
          queryClient.clear();
          await store.loadWorkshop('w1');
          // What the person did, in order: the oracle is these moves applied one after another.
          let expected = agenda.map((x) => x.id);
          for (const step of steps) {
            if (step.kind === 'move') {
              // As AgendaBuilder.move does: from the latest agenda on screen, by id.
              const items = store.openWorkshop()!.agenda;
              const from = step.pick % items.length;
              const to = Math.max(0, Math.min(items.length - 1, from + step.delta));
              const next = moveItem(items, from, to);
              void store.workshopWrites.patchPlan({ agenda: next } as Partial<Workshop>);
              expected = moveItem(expected, from, to);
            } else if (main.waiting.length > 0) {
              main.waiting.shift()!();
            }
            await settle();
            expect(shownOrder()).toEqual(expected);
          }
          while (main.waiting.length > 0) {
            main.waiting.shift()!();
            await settle();
          }
          expect(main.record.agenda.map((x) => x.id)).toEqual(expected);
          expect(shownOrder()).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
