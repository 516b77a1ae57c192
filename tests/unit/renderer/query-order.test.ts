import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newest, queryClient } from '../../../renderer/src/lib/query-client';

type Record = { id: string; revision: number; text: string };

/** An answer the test releases when it chooses, so any arrival order can be tried. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the query cache keeps the newest answer on screen', () => {
  it('whatever order reads and write answers arrive in, the record shown is the newest', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Each step is a save (its answer is the record it made) or a read started after it.
        fc.array(fc.constantFrom<'save' | 'read'>('save', 'read'), { minLength: 1, maxLength: 10 }),
        fc.infiniteStream(fc.nat()),
        fc.string({ unit: fc.constantFrom('a', 'ŵ', 'ŷ', ' ', '\n'), maxLength: 8 }),
        async (steps, picks, text) => {
          queryClient.clear();
          const key = ['cases:get', { id: 'c1' }];
          let revision = 0;
          const waiting: { release: () => void; done: Promise<unknown> }[] = [];
          for (const step of steps) {
            if (step === 'save') revision += 1;
            const answer: Record = { id: 'c1', revision, text: `${text}${revision}` };
            const reply = deferred<Record>();
            if (step === 'save') {
              // A write's answer goes through the one revision guard.
              const done = reply.promise.then((record) => queryClient.setQueryData<Record>(key, (held) => newest(held, record)));
              waiting.push({ release: () => reply.resolve(answer), done });
            } else {
              // A read started now (a refetch cancels the one before it for the same key).
              const done = queryClient.fetchQuery({ queryKey: key, queryFn: () => reply.promise, staleTime: 0 }).catch(() => undefined);
              waiting.push({ release: () => reply.resolve(answer), done });
            }
          }
          // Release the answers in an order the property chooses.
          const order = [...waiting];
          const iterator = picks[Symbol.iterator]();
          while (order.length > 0) {
            const [next] = order.splice(iterator.next().value % order.length, 1);
            next.release();
            await Promise.resolve();
          }
          await Promise.all(waiting.map((w) => w.done));
          const shown = queryClient.getQueryData<Record>(key);
          expect(shown?.revision).toBe(revision);
          expect(shown?.text).toBe(`${text}${revision}`);
        },
      ),
      { numRuns: 200 },
    );
  });
});
