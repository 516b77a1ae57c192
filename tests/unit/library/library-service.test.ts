import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOrganisation, openServices, type Opened } from '../helpers/open-services';

let app: Opened;
beforeEach(async () => {
  app = await openServices();
});
afterEach(async () => app.close());

describe('good practice library service', () => {
  it('creates a case study from a workshop note, searches the library, and cites it by id', async () => {
    const org = await addOrganisation(app);
    const study = await app.call('library:createFrom', {
      origin: { kind: 'workshop_note', sourceId: 'w1', itemId: 'n7' },
      text: 'Communicate early — no surprises\nJoint briefings before every board paper.',
      organisationId: org.id,
      theme: 'Effective communications',
    });
    expect(study).toMatchObject({
      title: 'Communicate early — no surprises',
      origin: { kind: 'workshop_note', sourceId: 'w1' },
      theme: 'Effective communications',
    });
    await app.call('library:create', { title: 'Mentors for new reps', summary: 'Pairing new reps' });

    expect((await app.call('library:search', { text: 'briefings' })).map((s) => s.id)).toEqual([study.id]);
    expect((await app.call('library:search', { text: '' })).map((s) => s.title)).toEqual([
      'Communicate early — no surprises',
      'Mentors for new reps',
    ]);

    const citation = await app.call('library:cite', { caseStudyId: study.id, citedBy: { kind: 'case', id: 'c1' }, note: 'C5 flexibility' });
    expect(await app.call('library:cite', { caseStudyId: study.id, citedBy: { kind: 'case', id: 'c1' } })).toEqual(citation);
    expect((await app.call('library:citations', { citedBy: { kind: 'case', id: 'c1' } })).map((c) => c.caseStudyId)).toEqual([study.id]);
    expect((await app.fail('library:delete', { id: study.id })).code).toBe('conflict');
    await app.call('library:uncite', { id: citation.id });
    await app.call('library:delete', { id: study.id });

    await app.reopen();
    expect((await app.call('library:list')).map((s) => s.title)).toEqual(['Mentors for new reps']);
  });
});
