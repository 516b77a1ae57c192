/** Why the region cannot be reached or used; each has its own message in the UI. */
export type SyncProblem =
  'unreachable' | 'wrong_password' | 'no_access' | 'not_couchdb' | 'tls' | 'insecure_address' | 'refused' | 'not_configured';

export class SyncError extends Error {
  constructor(
    readonly problem: SyncProblem,
    message: string,
  ) {
    super(message);
  }
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i;
const NET_CODES = /ECONNREFUSED|ECONNRESET|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|EAI_AGAIN|UND_ERR|EPIPE/i;

/** The code of a network error, wherever fetch or PouchDB put it. */
function causeCode(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const o = e as { code?: unknown; cause?: unknown; message?: unknown };
    if (typeof o.code === 'string') return o.code;
    if (typeof o.message === 'string' && (TLS_CODES.test(o.message) || NET_CODES.test(o.message))) return o.message;
    e = o.cause;
  }
  return '';
}

/** Turns a fetch or PouchDB failure into one of the problems the person can act on. */
export function classify(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const o = (error ?? {}) as { status?: number; name?: string; reason?: string; message?: string };
  const code = causeCode(error);
  if (TLS_CODES.test(code)) return new SyncError('tls', `The server's certificate could not be trusted (${code}).`);
  // express-pouchdb answers 401 where CouchDB 3 answers 403 for a known user outside the database.
  if (o.status === 401 && /not authorized to access/i.test(String(o.reason ?? '')))
    return new SyncError('no_access', 'This account has no access to that database.');
  if (o.status === 401) return new SyncError('wrong_password', 'The server did not accept that user name and password.');
  if (o.status === 403) return new SyncError('no_access', o.reason ?? 'This account has no access to that database.');
  if (o.status === 404) return new SyncError('no_access', 'That database is not on the server: ask the region coordinator to set it up.');
  if (NET_CODES.test(code) || /fetch failed|Failed to fetch|network/i.test(String(o.message ?? ''))) {
    return new SyncError('unreachable', `The server cannot be reached${code ? ` (${code})` : ''}.`);
  }
  return new SyncError('unreachable', `The server cannot be reached: ${o.message ?? o.reason ?? String(error)}`);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** https anywhere; plain http only to this computer (a test server or an SSH tunnel). */
export function checkAddress(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new SyncError('insecure_address', 'That is not a web address. Use https://…');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url;
  throw new SyncError('insecure_address', 'Use an https:// address (plain http is allowed only to this computer).');
}

/**
 * Test connection: is it CouchDB, does it know this user, may this user open the regional
 * database? Each failure names its own problem.
 */
export async function testConnection(
  address: string,
  username: string,
  password: string,
  database: string,
): Promise<{ ok: true; version: string }> {
  const url = checkAddress(address);
  const base = url.href.replace(/\/+$/, '');
  const auth = { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` };
  let welcome: Record<string, unknown>;
  try {
    const res = await fetch(`${base}/`, { signal: AbortSignal.timeout(10_000) });
    welcome = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  } catch (error) {
    throw classify(error);
  }
  const version = typeof welcome.version === 'string' ? welcome.version : '';
  if (!('couchdb' in welcome) && !('express-pouchdb' in welcome)) {
    throw new SyncError('not_couchdb', 'The server answered, but it is not a CouchDB server.');
  }
  const session = await fetch(`${base}/_session`, { headers: auth, signal: AbortSignal.timeout(10_000) }).catch((e: unknown) => {
    throw classify(e);
  });
  if (session.status === 401) throw new SyncError('wrong_password', 'The server did not accept that user name and password.');
  const db = await fetch(`${base}/${encodeURIComponent(database)}`, { headers: auth, signal: AbortSignal.timeout(10_000) }).catch(
    (e: unknown) => {
      throw classify(e);
    },
  );
  if (db.status === 401 || db.status === 403) throw new SyncError('no_access', `This account is not a member of ${database}.`);
  if (db.status === 404) throw new SyncError('no_access', `${database} is not on the server: ask the region coordinator to run the setup.`);
  if (!db.ok) throw new SyncError('unreachable', `The server answered ${db.status}.`);
  return { ok: true, version };
}
