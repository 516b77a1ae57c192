import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/ipc/events';
import { startCouch, type Couch } from './couch-server';
import { openMember } from './workspaces';

let couch: Couch;
const members: { close: () => Promise<void> }[] = [];

beforeAll(async () => {
  couch = await startCouch();
  await couch.setup({
    users: [
      { name: 'hana', password: 'hana-password' },
      { name: 'ifor', password: 'ifor-password' },
    ],
  });
});
afterAll(async () => {
  for (const m of members) await m.close();
  await couch.stop();
});

/** A member whose push events (what the window hears) are recorded. */
async function join(user: string) {
  const m = await openMember(couch, user);
  members.push(m);
  const told: EventPayload<'sync:changed'>[] = [];
  m.services.subscribe((event, payload) => event === 'sync:changed' && told.push(payload as EventPayload<'sync:changed'>));
  return { ...m, told };
}

describe('the window is told each sync round’s status (the header does not have to poll)', () => {
  it('a round is told as syncing, then as the status it ended with; received says whether it wrote records', async () => {
    const hana = await join('hana');
    const ifor = await join('ifor');
    const [template] = await hana.call('workshops:templates');
    const details = {
      title: 'Gweithdy ŵ ŷ',
      organisationId: null,
      date: '2026-05-12',
      venue: 'Neuadd y dref',
      startTime: '10:00',
      sessionMinutes: 90,
      facilitator: 'Hana',
    };
    const created = await hana.call('workshops:create', { templateId: template!.id, details });
    await hana.sync.share('workshop', created.id);

    const ended = await hana.sync.syncNow();
    expect(ended.state).toBe('up_to_date');
    expect(hana.told.map((e) => e.status.state)).toEqual(['syncing', 'up_to_date']);
    // Exactly what the round returned (and what sync:status answers now) is what the window was told last.
    expect(hana.told.at(-1)).toEqual({ status: ended, received: false });
    expect(await hana.call('sync:status')).toEqual(ended);
    expect(ended.lastSyncedAt[`workshop:${created.id}`]).toBeDefined();

    // Four more shared: Ifor's first sync fetches five documents, and says how many have arrived.
    for (const n of [1, 2, 3, 4]) {
      const more = await hana.call('workshops:create', { templateId: template!.id, details: { ...details, title: `Gweithdy ${n}` } });
      await hana.sync.share('workshop', more.id);
    }
    await hana.sync.syncNow();
    // Ifor takes the first workshop: his round wrote a record, so his screens must read again.
    await ifor.sync.share('workshop', created.id);
    await ifor.sync.syncNow();
    expect(ifor.told.at(-1)).toMatchObject({ status: { state: 'up_to_date', progress: null }, received: true });
    const counted = ifor.told.flatMap((e) => (e.status.progress ? [e.status.progress] : []));
    expect(counted[0]).toEqual({ done: 0, total: 5 });
    expect(counted.at(-1)).toEqual({ done: 5, total: 5 });
    expect(counted.every((p, i) => i === 0 || p.done >= counted[i - 1]!.done)).toBe(true);
    expect((await ifor.call('workshops:get', { id: created.id })).title).toBe('Gweithdy ŵ ŷ');
    // An idle round writes nothing.
    await ifor.sync.syncNow();
    expect(ifor.told.at(-1)).toMatchObject({ status: { state: 'up_to_date' }, received: false });
    expect(ifor.told.slice(-2).every((e) => e.status.progress === null)).toBe(true);

    // A wrong password: the window is told the error, with its reason.
    ifor.setPassword('not-his-password');
    await ifor.sync.syncNow();
    expect(ifor.told.at(-1)).toMatchObject({ status: { state: 'error', problem: 'wrong_password' }, received: false });
  });
});
