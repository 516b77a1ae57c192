import { caseDbName, caseMembersSchema, type CaseMembers } from '../../../shared/sync/docs';
import { classify } from './errors';

type Auth = { username: string; password: string };

const at = (server: string, pathPart: string) => `${server.replace(/\/+$/, '')}/${pathPart}`;
const headers = (auth: Auth) => ({ authorization: `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` });

/**
 * Who may open a case's database, from its security object (its members may read it), for the
 * case's announcement. null when this user cannot read it (not a member, or the coordinator has
 * not set the database up yet) or the server cannot be reached now: the announcement then says
 * nothing about members, and listing asks the server about that case.
 */
export async function readCaseMembers(server: string, auth: Auth, caseId: string): Promise<CaseMembers | null> {
  try {
    const res = await fetch(at(server, `${encodeURIComponent(caseDbName(caseId))}/_security`), {
      headers: headers(auth),
      signal: AbortSignal.timeout(10_000),
    });
    if (!res.ok) {
      await res.body?.cancel();
      return null;
    }
    const security = (await res.json()) as { members?: { names?: unknown; roles?: unknown } };
    const parsed = caseMembersSchema.safeParse({ names: security.members?.names ?? [], roles: security.members?.roles ?? [] });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface Session {
  name: string;
  roles: string[];
}

/** This user's name and roles as the server knows them (`GET /_session`): one request. */
export async function sessionOf(server: string, auth: Auth): Promise<Session> {
  let res: Response;
  try {
    res = await fetch(at(server, '_session'), { headers: headers(auth), signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw classify(error);
  }
  const body = (await res.json().catch(() => ({}))) as { reason?: string; userCtx?: { name?: unknown; roles?: unknown } };
  if (!res.ok) throw classify({ status: res.status, reason: body.reason });
  const roles = Array.isArray(body.userCtx?.roles) ? body.userCtx.roles.filter((r): r is string => typeof r === 'string') : [];
  return { name: typeof body.userCtx?.name === 'string' ? body.userCtx.name : auth.username, roles };
}

/**
 * Does a case's announcement name this user among its members? null when it does not say (an
 * announcement from before Casebook recorded members, or members that would leave the database
 * open to all): then the server is asked about that case.
 */
export function namedIn(members: CaseMembers | undefined, me: Session): boolean | null {
  if (!members || (members.names.length === 0 && members.roles.length === 0)) return null;
  return members.names.includes(me.name) || members.roles.some((role) => me.roles.includes(role));
}
