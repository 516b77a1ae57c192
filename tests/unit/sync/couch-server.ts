import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { Pouch } from '../../../electron/services/sync/pouch';
import { setupRegion, type RegionConfigInput } from '../../../electron/services/sync/setup';

const load = createRequire(import.meta.url);

export const ADMIN = { username: 'admin', password: 'admin-secret' };

/**
 * A real CouchDB-protocol server on loopback: express-pouchdb in "fullCouchDB" mode over
 * in-memory PouchDB. It enforces _security (members) and validate_doc_update as CouchDB does,
 * with one difference: a signed-in non-member gets 401 where CouchDB 3 answers 403.
 * stop() closes the port but keeps the data, so start() again is a server coming back.
 */
export async function startCouch() {
  // The CI workflow .github/workflows/couchdb.yml points the suite at a real Apache CouchDB 3.
  const external = process.env.CASEBOOK_COUCHDB_URL;
  if (external) {
    const [username, password] = (process.env.CASEBOOK_COUCHDB_ADMIN ?? 'admin:admin-secret').split(':');
    ADMIN.username = username!;
    ADMIN.password = password!;
    return {
      ...couchAt(
        external,
        async () => undefined,
        async () => undefined,
        true,
      ),
      traffic: { received: 0, sent: 0, requests: 0 },
    };
  }
  const expressPouchDB = load('express-pouchdb') as (pouch: unknown, options: object) => unknown;
  // In-memory databases live per process by name: without a prefix of its own, a server started
  // later in the same Playwright worker would find an earlier spec's region (and its case studies).
  const ServerPouch = Pouch.defaults({ adapter: 'memory', prefix: `couch-${randomUUID()}-` } as Parameters<typeof Pouch.defaults>[0]);
  const app = expressPouchDB(ServerPouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' });
  enforceOnBulkDocs(app as unknown as DbWrapperApp, ServerPouch);
  let server: Server | null = null;
  let port = 0;
  const traffic = { received: 0, sent: 0, requests: 0 };
  const handler = app as unknown as (req: IncomingMessage, res: ServerResponse) => void;
  const start = () =>
    new Promise<void>((resolve) => {
      // Counts the requests and the body bytes each way, for the bench.
      server = createServer((req, res) => {
        // From the header: reading the body here would take it from express-pouchdb.
        traffic.received += Number(req.headers['content-length'] ?? 0);
        traffic.requests++;
        const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
        const end = res.end.bind(res) as (chunk?: unknown, ...rest: unknown[]) => ServerResponse;
        const count = (chunk: unknown) => {
          if (typeof chunk === 'string') traffic.sent += Buffer.byteLength(chunk);
          else if (chunk instanceof Uint8Array) traffic.sent += chunk.length;
        };
        res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk), write(chunk, ...rest))) as typeof res.write;
        res.end = ((chunk?: unknown, ...rest: unknown[]) => (count(chunk), end(chunk, ...rest))) as typeof res.end;
        handler(req, res);
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.closeAllConnections();
      server.close(() => resolve());
      server = null;
    });
  await start();
  const url = `http://127.0.0.1:${port}`;
  const res = await fetch(`${url}/_config/admins/${ADMIN.username}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  if (!res.ok) throw new Error(`could not make the admin: ${res.status}`);
  return { ...couchAt(url, start, stop, false), traffic };
}

function couchAt(url: string, start: () => Promise<void>, stop: () => Promise<void>, external: boolean) {
  return {
    url,
    /** A real CouchDB container: it cannot be stopped from the test. */
    external,
    start,
    stop,
    setup: (config: Omit<RegionConfigInput, 'server' | 'admin'>) => setupRegion({ server: url, admin: ADMIN, ...config }),
    /** Writes straight into a database as the admin (an attacker with server access). */
    adminPut: async (db: string, doc: object) => {
      const auth = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;
      const r = await fetch(`${url}/${db}`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body: JSON.stringify(doc),
      });
      return r.status;
    },
  };
}
export type Couch = Awaited<ReturnType<typeof startCouch>>;

type Ctx = { name: string | null; roles: string[] };
type Sec = { members?: { names?: string[]; roles?: string[] }; admins?: { names?: string[]; roles?: string[] } };
type Doc = { _id: string; [key: string]: unknown };
type Db = { bulkDocs: (docs: unknown, opts?: unknown, cb?: unknown) => Promise<unknown[]>; getSecurity: () => Promise<Sec> };
type DbWrapperApp = { dbWrapper: { registerWrapper: (fn: (name: string, db: Db, next: () => void) => void) => void } };

/**
 * express-pouchdb 4.2 checks _security and validate_doc_update on single-document writes, but
 * on _bulk_docs (the route replication uses) it hands validate_doc_update an empty security
 * object. CouchDB always passes the real one, so for Casebook's databases this wrapper does what
 * CouchDB does on _bulk_docs: refuse non-members (401), run every design document's
 * validate_doc_update with the caller and the security object, and store only the documents that
 * pass (on the same in-memory database, below express-pouchdb's own wrappers).
 */
function enforceOnBulkDocs(app: DbWrapperApp, ServerPouch: typeof Pouch) {
  app.dbWrapper.registerWrapper((name, db, next) => {
    if (!name.startsWith('casebook-')) return next();
    const raw = new ServerPouch(name);
    const enforced = async (body: unknown, opts?: unknown) => {
      const options = (opts ?? {}) as { userCtx?: Ctx; new_edits?: boolean };
      const req = body as { docs?: Doc[]; new_edits?: boolean } | Doc[];
      const docs = Array.isArray(req) ? req : (req.docs ?? []);
      const newEdits = Array.isArray(req) ? options.new_edits : (req.new_edits ?? options.new_edits);
      const userCtx = options.userCtx ?? { name: null, roles: [] };
      const secObj = await db.getSecurity();
      const isAdmin = userCtx.roles.includes('_admin');
      const inSection = (section?: { names?: string[]; roles?: string[] }) =>
        Boolean(
          section && ((section.names ?? []).includes(userCtx.name ?? '') || (section.roles ?? []).some((r) => userCtx.roles.includes(r))),
        );
      const open = !(secObj.members?.names?.length || secObj.members?.roles?.length);
      if (!isAdmin && !open && !inSection(secObj.members) && !inSection(secObj.admins)) {
        return docs.map((d) => ({
          id: d._id,
          error: 'unauthorized',
          name: 'unauthorized',
          status: 401,
          message: 'You are not authorized to access this db.',
        }));
      }
      const ddocs = await raw.allDocs({ startkey: '_design/', endkey: '_design0', include_docs: true });
      const validators = ddocs.rows
        .map((r) => r.doc?.validate_doc_update)
        .filter((src): src is string => typeof src === 'string')
        .map((src) => new Function(`return (${src});`)() as (n: Doc, o: Doc | null, u: Ctx, s: Sec) => void);
      const results: unknown[] = [];
      const accepted: Doc[] = [];
      for (const doc of docs) {
        if (doc._id.startsWith('_design/') && !isAdmin) {
          results.push({
            id: doc._id,
            error: 'unauthorized',
            name: 'unauthorized',
            status: 401,
            message: 'Only admins may change design documents.',
          });
          continue;
        }
        try {
          const old = await raw.get(doc._id).catch(() => null);
          for (const validate of validators)
            validate(doc, old as Doc | null, userCtx, { members: { names: [], roles: [] }, admins: { names: [], roles: [] }, ...secObj });
          accepted.push(doc);
        } catch (error) {
          const reason =
            (error as { forbidden?: string; unauthorized?: string }).forbidden ??
            (error as { unauthorized?: string }).unauthorized ??
            String(error);
          results.push({ id: doc._id, error: 'forbidden', name: 'forbidden', status: 403, message: reason });
        }
      }
      if (accepted.length > 0) results.push(...(await raw.bulkDocs(accepted as never, { new_edits: newEdits !== false })));
      return results;
    };
    // The route calls bulkDocs with a Node-style callback.
    db.bulkDocs = (body: unknown, opts?: unknown, cb?: unknown) => {
      const done = enforced(body, opts);
      if (typeof cb === 'function')
        done.then(
          (r) => cb(null, r),
          (e: unknown) => cb(e),
        );
      return done;
    };
    next();
  });
}
