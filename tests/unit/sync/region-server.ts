import { afterAll, beforeAll } from 'vitest';
import { startCouch, type Couch } from './couch-server';
import { openMember } from './workspaces';

/**
 * A loopback CouchDB-protocol server for one test file and the members opened on it: started
 * before the file's tests, every member closed and the server stopped after them.
 */
export function useRegionServer() {
  let couch: Couch | undefined;
  const members: { close: () => Promise<void> }[] = [];
  beforeAll(async () => {
    couch = await startCouch();
  });
  afterAll(async () => {
    for (const m of members) await m.close();
    await couch?.stop();
  });
  return {
    /** The members to close after the tests (a test that closes one itself takes it out). */
    members,
    get couch(): Couch {
      if (!couch) throw new Error('the region server starts in beforeAll');
      return couch;
    },
    /** Opens a member's workspace (password `<user>-password`) on the server. */
    open: async (user: string, name: string) => {
      const m = await openMember(couch!, user, `${user}-password`, name);
      members.push(m);
      return m;
    },
  };
}
