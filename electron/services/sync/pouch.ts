import PouchDB, { type Database } from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import leveldbAdapter from 'pouchdb-adapter-leveldb';
import memoryAdapter from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';

export type { Database, PouchDoc } from 'pouchdb-core';

/** PouchDB with the adapters Casebook uses: LevelDB on disk, memory (tests, bench), HTTP (the server). */
export const Pouch = PouchDB.plugin(leveldbAdapter).plugin(memoryAdapter).plugin(httpAdapter).plugin(replication);

/** The local replica of one database, kept under `<workspace>/sync/` (or in memory). */
export function openLocal(folder: string | null, name: string): Database {
  return folder ? new Pouch(`${folder}/${name}`, { adapter: 'leveldb' }) : new Pouch(`mem-${name}-${Math.random()}`, { adapter: 'memory' });
}

/** The server's copy of one database; never created from here (the region's setup does that). */
export function openRemote(server: string, name: string, auth: { username: string; password: string }): Database {
  return new Pouch(`${server.replace(/\/+$/, '')}/${encodeURIComponent(name)}`, { skip_setup: true, auth });
}
