import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_CHUNK, MAX_COMPLETIONS, SearchIndex, snippet } from '../../../electron/services/search/search-index';
import { addOrganisation, openServices, type Opened } from '../helpers/open-services';

describe('SearchIndex (MiniSearch)', () => {
  it('finds by prefix and with a typo, replaces a document on upsert and forgets it on remove', async () => {
    const index = new SearchIndex();
    await index.addSource({
      kind: 'case_study',
      all: async () => [
        {
          kind: 'case_study',
          id: 's1',
          title: 'Depot drop-ins',
          text: 'Union learning reps ran sessions before the early shift',
          route: '/library/s1',
        },
      ],
    });
    expect((await index.query('learn')).map((h) => h.id)).toEqual(['s1']);
    expect((await index.query('sesions')).map((h) => h.id)).toEqual(['s1']);

    index.upsert({
      kind: 'case_study',
      id: 's1',
      title: 'Depot drop-ins',
      text: 'Mentors in the waste services team',
      route: '/library/s1',
    });
    expect(await index.query('shift')).toEqual([]);
    expect((await index.query('mentors'))[0]).toMatchObject({ id: 's1', snippet: expect.stringContaining('Mentors') });

    index.remove('case_study', 's1');
    expect(await index.query('mentors')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('builds in chunks, letting other work run between them, and keeps changes made between chunks', async () => {
    const count = BUILD_CHUNK * 4;
    const note = (i: number, text: string) => ({ kind: 'workshop_note' as const, id: `n${i}`, title: `Note ${i}`, text, route: `/w/${i}` });
    const index = new SearchIndex();
    await index.addSource({
      kind: 'workshop_note',
      all: async () => Array.from({ length: count }, (_, i) => note(i, `ordinary casework ${i}`)),
    });
    let built = false;
    const pending = index.query('ordinary', { limit: count * 2 }).then((hits) => ((built = true), hits));
    // Turns of the event loop that ran while the index was being built (a save would run in them).
    let turns = 0;
    while (turns < 2) {
      await new Promise((resolve) => setImmediate(resolve));
      turns++;
    }
    expect(built).toBe(false);
    // Between chunks: change one already indexed and one not yet, remove one of each, add one.
    index.upsert(note(0, 'rewritten before'));
    index.upsert(note(count - 1, 'rewritten after'));
    index.remove('workshop_note', 'n1');
    index.remove('workshop_note', `n${count - 2}`);
    index.upsert(note(count, 'brand new'));
    while (!built) {
      await new Promise((resolve) => setImmediate(resolve));
      turns++;
    }
    expect(turns).toBeGreaterThanOrEqual(3);
    const ids = (await pending).map((h) => h.id);
    expect(ids).toHaveLength(count - 4);
    expect(ids).not.toContain('n0');
    expect(ids).not.toContain('n1');
    expect((await index.query('rewritten')).map((h) => h.id).sort()).toEqual(['n0', `n${count - 1}`].sort());
    expect((await index.query('brand')).map((h) => h.id)).toEqual([`n${count}`]);
    expect(index.size).toBe(count - 1);
  });

  it('keeps changes made while it was being built, and removes documents by parent', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const index = new SearchIndex();
    await index.addSource({
      kind: 'workshop_note',
      all: async () => {
        await gate;
        return [{ kind: 'workshop_note', id: 'n1', title: 'Old text', text: 'parking', route: '/w/1', parent: 'workshop:w1' }];
      },
    });
    const pending = index.query('parking');
    index.upsert({
      kind: 'workshop_note',
      id: 'n1',
      title: 'New text',
      text: 'consistency of membership',
      route: '/w/1',
      parent: 'workshop:w1',
    });
    release();
    expect(await pending).toEqual([]);
    expect((await index.query('membership'))[0].title).toBe('New text');
    index.removeByParent('workshop:w1');
    expect(await index.query('membership')).toEqual([]);
  });

  it('finds what a short prefix is the start of, in English and Welsh, with many words sharing it', async () => {
    const index = new SearchIndex();
    const note = (id: string, text: string) => index.upsert({ kind: 'evidence', id, title: 'Evidence', text, route: `/e/${id}` });
    note('training', 'Training for the waste services team');
    note('gweithle', 'Dysgu yn y gweithle: sesiynau bob bore');
    note('ty', 'Cyfarfod yn Nhŷ Gwyn, tŷ cymuned');
    note('wyn', 'Gŵyl ddysgu ym mis Mai');
    // Far more words share "tr" and "gw" than the prefix stands for (MAX_COMPLETIONS).
    for (let i = 0; i < MAX_COMPLETIONS * 3; i++) note(`tr-${i}`, `trzz${'q'.repeat(i)} gwzz${'q'.repeat(i)}`);
    const found = async (text: string) => (await index.query(text, { limit: 500 })).map((h) => h.id);

    for (const typed of ['tr', 'tra', 'trai', 'Train']) expect(await found(typed)).toContain('training');
    for (const typed of ['gw', 'gwe', 'gweith']) expect(await found(typed)).toContain('gweithle');
    expect(await found('dy')).toEqual(['gweithle']);
    expect(await found('ddy')).toEqual(['wyn']);
    expect(await found('tŷ')).toEqual(['ty']);
    expect(await found('gŵ')).toEqual(['wyn']);
    expect(await found('Nhŷ')).toEqual(['ty']);
    // Two words: the first whole, the second still being typed.
    expect(await found('waste tea')).toEqual(['training']);
    expect(await found('dysgu gwe')).toEqual(['gweithle']);
    // Once the prefix narrows the words, every one of them is found, the longest too.
    const longest = `trzz${'q'.repeat(MAX_COMPLETIONS * 3 - 1)}`;
    expect(await found(longest.slice(0, -2))).toContain(`tr-${MAX_COMPLETIONS * 3 - 1}`);
    expect(await found('trzz')).toHaveLength(MAX_COMPLETIONS);
    // A typo is still forgiven in longer words, not in short ones.
    expect(await found('trianing')).toContain('training');
    expect(await found('tei')).toEqual([]);
  });

  it('answers as MiniSearch’s own search() would, best first, without ranking every match', async () => {
    const index = new SearchIndex();
    const words = 'training trade transport learning union dysgu gweithle tŷ dŵr mentor shift waste'.split(' ');
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const text = (n: number) => Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(' ');
    for (let i = 0; i < 400; i++)
      index.upsert({ kind: i % 2 ? 'evidence' : 'workshop_note', id: `d${i}`, title: text(2), text: text(12), route: `/d/${i}` });
    await index.query('warm');
    const mini = (index as unknown as { mini: { search(q: string): { id: string; score: number; terms: string[] }[] } }).mini;
    for (const query of ['training', 'tra', 'tr', 'dŵr', 'union mentor', 'waste tra', 'gweithle', 'learnign', 'nothing']) {
      const own = mini.search(query).slice(0, 30);
      const hits = await index.query(query, { limit: 30 });
      expect(hits.map((h) => [`${h.kind}:${h.id}`, h.score])).toEqual(own.map((r) => [r.id, r.score]));
    }
    // Narrowed by kind: the best of that kind, in the same order.
    const evidence = mini
      .search('training')
      .filter((r) => r.id.startsWith('evidence:'))
      .slice(0, 10);
    expect((await index.query('training', { kinds: ['evidence'], limit: 10 })).map((h) => `${h.kind}:${h.id}`)).toEqual(
      evidence.map((r) => r.id),
    );
  });

  it('narrows by kind', async () => {
    const index = new SearchIndex();
    index.upsert({ kind: 'organisation', id: 'o', title: 'Riverside partnership', text: '', route: '/o' });
    index.upsert({ kind: 'case_study', id: 'c', title: 'Riverside mentoring', text: '', route: '/c' });
    expect((await index.query('riverside', { kinds: ['case_study'] })).map((h) => h.kind)).toEqual(['case_study']);
  });

  it('snippets show the text around the match', () => {
    const text = `${'word '.repeat(60)}the learning centre timetable ${'more '.repeat(60)}`;
    const cut = snippet(text, ['centre']);
    expect(cut).toContain('learning centre');
    expect(cut.startsWith('…')).toBe(true);
    expect(cut.length).toBeLessThan(150);
  });
});

describe('search through the services', () => {
  let app: Opened;
  beforeEach(async () => {
    app = await openServices();
  });
  afterEach(async () => app.close());

  it('follows edits and deletes of organisations, actions, issues and case studies without a rescan', async () => {
    const org = await addOrganisation(app, 'Northvale Borough Council');
    const kinds = async (text: string) => (await app.call('search:query', { text })).map((h) => `${h.kind}:${h.title}`);
    expect(await kinds('northvale')).toEqual(['organisation:Northvale Borough Council']);

    await app.call('organisations:update', {
      id: org.id,
      draft: { name: 'Westbrook City Council', type: 'local_authority', region: 'North West', contacts: [] },
    });
    expect(await kinds('northvale')).toEqual([]);
    expect(await kinds('westbrook')).toEqual(['organisation:Westbrook City Council']);

    const study = await app.call('library:create', {
      title: 'Learning centre on every shift',
      summary: 'Timetables posted in the depot canteen',
      organisationId: org.id,
    });
    expect(await kinds('canteen')).toEqual(['case_study:Learning centre on every shift']);
    await app.call('library:update', {
      id: study.id,
      draft: { title: 'Learning centre on every shift', summary: 'Timetables on the intranet', organisationId: org.id },
    });
    expect(await kinds('canteen')).toEqual([]);
    expect(await kinds('intranet')).toEqual(['case_study:Learning centre on every shift']);

    const action = await app.call('actions:create', { organisationId: org.id, what: 'Terms of reference review', owner: 'Chair' });
    await app.call('actions:update', {
      kind: 'standalone',
      sourceId: org.id,
      actionId: action.action.id,
      change: { note: 'Draft shared with the trade union side' },
    });
    expect(await kinds('trade union')).toEqual(['action:Terms of reference review']);

    const raised = await app.call('issues:raise', {
      organisationId: org.id,
      title: 'Facility time',
      description: '',
      raisedOn: '2026-05-01',
    });
    if (raised.outcome !== 'logged') throw new Error('expected logged');
    await app.call('issues:recordOption', { id: raised.issue.id, description: 'Asked the joint negotiating committee' });
    expect(await kinds('negotiating')).toEqual(['issue:Facility time']);

    await app.call('actions:delete', { kind: 'standalone', sourceId: org.id, actionId: action.action.id });
    await app.call('library:delete', { id: study.id });
    expect(await kinds('trade union')).toEqual([]);
    expect(await kinds('intranet')).toEqual([]);
    const other = await addOrganisation(app, 'Riverside Schools Partnership');
    expect(await kinds('riverside')).toEqual(['organisation:Riverside Schools Partnership']);
    await app.call('organisations:delete', { id: other.id });
    expect(await kinds('riverside')).toEqual([]);
  });

  it('builds from what is on disk when the workspace opens', async () => {
    await app.call('library:create', { title: 'Mentors for new reps', summary: 'Pairing new staff-side reps with experienced ones' });
    await app.reopen();
    expect((await app.call('search:query', { text: 'pairing' })).map((h) => h.title)).toEqual(['Mentors for new reps']);
  });
});
