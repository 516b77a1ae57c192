import { describe, expect, it } from 'vitest';
import { REGION_DB } from '../../../shared/sync/docs';
import { addOrganisation } from '../helpers/open-services';
import { useRegionServer } from './region-server';

/*
 * The good practice library through the regional database: a case study is shared by choice,
 * appears in the others' libraries marked as from the region (with who shared it), is found by
 * search and can be cited; edits on both sides merge by the usual rules; hostile case studies
 * from the server never reach a library.
 */

const region = useRegionServer();

const draft = (title: string, summary: string) => ({
  title,
  organisationId: null,
  theme: 'Gweithio mewn partneriaeth',
  summary,
  whatWorked: '',
  barriers: '',
  contactRole: 'HR lead',
});

describe('the library through the regional database', () => {
  it('shares a case study by choice; others find it, cite it, and edits merge', async () => {
    const users = ['hana', 'ifor'].map((name) => ({ name, password: `${name}-password` }));
    await region.couch.setup({ users });
    const hana = await region.open('hana', 'Hana Ŵyn');
    const ifor = await region.open('ifor', 'Ifor Ŷ');

    const shared = await hana.call('library:create', draft('Cyd-bwyllgor ŵ staff', 'A joint staff forum met monthly; llwyddiant'));
    const kept = await hana.call('library:create', draft('Not for sharing', 'Stays here'));
    await hana.call('sync:share', { kind: 'casestudy', id: shared.id });
    expect(await hana.sync.syncNow()).toMatchObject({ state: 'up_to_date' });
    await ifor.sync.syncNow();

    const list = await ifor.call('library:list');
    expect(list.map((s) => [s.title, s.sharedBy, s.fromRegion])).toEqual([['Cyd-bwyllgor ŵ staff', 'Hana Ŵyn', true]]);
    expect(list.some((s) => s.id === kept.id)).toBe(false);
    // The sharer's own copy says who shared it, and is not "from the region".
    const own = (await hana.call('library:get', { id: shared.id })).caseStudy;
    expect([own.sharedBy, own.fromRegion]).toEqual(['Hana Ŵyn', undefined]);
    expect((await ifor.call('library:search', { text: 'llwyddiant' })).map((s) => s.id)).toEqual([shared.id]);
    const org = await addOrganisation(ifor, 'Cyngor Gwynedd');
    const citing = await ifor.call('cases:create', { organisationId: org.id });
    const citation = await ifor.call('library:cite', { caseStudyId: shared.id, citedBy: { kind: 'case', id: citing.id }, note: 'C3' });
    expect((await ifor.call('library:get', { id: shared.id })).citations).toEqual([citation]);

    // Offline on both sides: different fields merge; the same text both changed waits for a person.
    await hana.call('library:update', {
      id: shared.id,
      draft: { ...draft('Cyd-bwyllgor ŵ staff', own.summary), barriers: 'Shift patterns' },
    });
    await ifor.call('library:update', { id: shared.id, draft: { ...draft('Cyd-bwyllgor ŵ staff', own.summary), whatWorked: 'Paid time' } });
    await hana.sync.syncNow();
    await ifor.sync.syncNow();
    await hana.sync.syncNow();
    for (const m of [hana, ifor]) {
      const s = (await m.call('library:get', { id: shared.id })).caseStudy;
      expect([s.barriers, s.whatWorked]).toEqual(['Shift patterns', 'Paid time']);
    }
    await hana.call('library:update', { id: shared.id, draft: { ...draft('Cyd-bwyllgor ŵ staff', 'Hana’s summary') } });
    await ifor.call('library:update', { id: shared.id, draft: { ...draft('Cyd-bwyllgor ŵ staff', 'Ifor’s summary') } });
    await hana.sync.syncNow();
    await ifor.sync.syncNow();
    const [pending] = await ifor.call('sync:pendingMerges');
    expect(pending).toMatchObject({ kind: 'casestudy', recordId: shared.id });
    expect(pending?.conflicts.map((c) => [c.path.join('.'), c.kind])).toEqual(expect.arrayContaining([['summary', 'text']]));
    const choices = Object.fromEntries(pending!.conflicts.map((c) => [c.path.join('.'), { text: 'Both: forum and paid time' }]));
    await ifor.call('sync:resolve', { docId: pending!.docId, choices });
    await hana.sync.syncNow();
    for (const m of [hana, ifor])
      expect((await m.call('library:get', { id: shared.id })).caseStudy.summary).toBe('Both: forum and paid time');
  });

  it('refuses a case study with script in it, or one carrying an attachment; a deleted one is not brought back', async () => {
    const [hana, ifor] = region.members as unknown as Awaited<ReturnType<typeof region.open>>[];
    const now = new Date().toISOString();
    const base = { type: 'casestudy', v: 1, author: 'Hana Ŵyn', at: now };
    const body = (id: string, summary: string) => ({
      id,
      ...draft('Hostile', summary),
      origin: { kind: 'scratch' },
      createdAt: now,
      sharedBy: 'Hana Ŵyn',
    });
    const scriptId = 'hostile-script-1';
    const bigId = 'hostile-attach-1';
    expect(
      await region.couch.adminPut(REGION_DB, {
        _id: `casestudy:${scriptId}`,
        ...base,
        body: body(scriptId, 'Hi <script>alert(1)</script>'),
      }),
    ).toBe(201);
    expect(
      await region.couch.adminPut(REGION_DB, {
        _id: `casestudy:${bigId}`,
        ...base,
        body: body(bigId, 'Plain'),
        _attachments: { 'x.bin': { content_type: 'application/octet-stream', data: Buffer.alloc(2_000_000, 1).toString('base64') } },
      }),
    ).toBe(201);
    const status = await ifor!.sync.syncNow();
    expect(status.refused.map((r) => r.id)).toEqual(expect.arrayContaining([`casestudy:${scriptId}`, `casestudy:${bigId}`]));
    const titles = (await ifor!.call('library:list')).map((s) => s.title);
    expect(titles).not.toContain('Hostile');
    // A member cannot write script into the region either: the design document refuses it.
    const auth = `Basic ${Buffer.from('hana:hana-password').toString('base64')}`;
    const put = await fetch(`${region.couch.url}/${REGION_DB}`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ _id: 'casestudy:hostile-script-2', ...base, body: body('hostile-script-2', '<iframe src=x>') }),
    });
    expect(put.status).toBe(403);

    // Ifor deletes his copy of the shared study: the region keeps it, his library does not get it back.
    const [study] = await ifor!.call('library:list');
    await ifor!.call('library:uncite', { id: (await ifor!.call('library:citations', { caseStudyId: study!.id }))[0]!.id });
    await ifor!.call('library:delete', { id: study!.id });
    await hana!.call('library:update', { id: study!.id, draft: draft('Cyd-bwyllgor ŵ staff', 'Changed again') });
    await hana!.sync.syncNow();
    await ifor!.sync.syncNow();
    await ifor!.sync.syncNow();
    expect((await ifor!.call('library:list')).map((s) => s.id)).not.toContain(study!.id);
    expect((await hana!.call('library:list')).map((s) => s.id)).toContain(study!.id);
  });
});
