import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createChangeFeed, type CommittedChange } from '../../../electron/services/change-feed';
import { followSearch, type SearchedKind } from '../../../electron/services/search/upkeep';
import type { SearchDoc } from '../../../shared/ipc/contracts/search';

const doc = (id: string, text: string): SearchDoc => ({
  kind: 'organisation',
  id,
  title: `Org ${id}`,
  text,
  route: `/organisations/${id}`,
});

describe('change feed', () => {
  it('tells every listener in order, keeps going past one that throws, and stops one that unsubscribed', () => {
    const errors: unknown[] = [];
    const feed = createChangeFeed((error) => errors.push(error));
    const heard: string[] = [];
    feed.subscribe((c) => heard.push(`a:${c.id}`));
    feed.subscribe(() => {
      throw new Error('follower broke');
    });
    const stop = feed.subscribe((c) => heard.push(`c:${c.id}`));
    feed.publish({ kind: 'case', id: '1', revision: 3 });
    stop();
    feed.publish({ kind: 'case', id: '2', deleted: true });
    expect(heard).toEqual(['a:1', 'c:1', 'a:2']);
    expect(errors).toHaveLength(2);
  });
});

describe('search upkeep follows committed changes', () => {
  it('answers after every change committed before the question, whatever order the record reads finish in', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Each step edits one of three records to a new word, or deletes it; each read takes its own time.
        fc.array(
          fc.record({ id: fc.constantFrom('a', 'b', 'c'), word: fc.constantFrom('', 'ŵyn', 'tŷ', 'harbour', 'quay'), delay: fc.nat(3) }),
          { maxLength: 12 },
        ),
        async (steps) => {
          const records = new Map<string, string>();
          const delays = [...steps.map((s) => s.delay)];
          const organisation: SearchedKind = {
            kind: 'organisation',
            all: async () => [...records].map(([id, text]) => ({ id, docs: [doc(id, text)] })),
            docs: async (id) => {
              await new Promise((resolve) => setTimeout(resolve, delays.shift() ?? 0));
              const text = records.get(id);
              return text === undefined ? [] : [doc(id, text)];
            },
          };
          const feed = createChangeFeed();
          const search = followSearch(feed, [organisation]);
          await search.query('start'); // built before the changes, so every change goes through upkeep
          for (const step of steps) {
            const change: CommittedChange = { kind: 'organisation', id: step.id };
            if (step.word) records.set(step.id, step.word);
            else {
              records.delete(step.id);
              change.deleted = true;
            }
            feed.publish(change);
          }
          for (const word of ['ŵyn', 'tŷ', 'harbour', 'quay']) {
            const found = (await search.query(word)).map((h) => h.id).sort();
            const expected = [...records]
              .filter(([, text]) => text === word)
              .map(([id]) => id)
              .sort();
            expect(found).toEqual(expected);
          }
          search.stop();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a record whose read fails is logged and does not stop the others', async () => {
    const errors: unknown[] = [];
    const kind: SearchedKind = {
      kind: 'organisation',
      all: async () => [],
      docs: async (id) => {
        if (id === 'bad') throw new Error('disk gone');
        return [doc(id, 'harbour')];
      },
    };
    const feed = createChangeFeed();
    const search = followSearch(feed, [kind], (error) => errors.push(error));
    feed.publish({ kind: 'organisation', id: 'bad' });
    feed.publish({ kind: 'organisation', id: 'good' });
    expect((await search.query('harbour')).map((h) => h.id)).toEqual(['good']);
    expect(errors).toHaveLength(1);
  });
});
