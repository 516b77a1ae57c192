import { timingSafeEqual } from 'node:crypto';

export interface HostRequest {
  /** The Host header: only this computer's loopback names (a rebound DNS name is refused). */
  host: string | undefined;
  /** The Origin header, when the browser sends one: only the host's own page. */
  origin: string | undefined;
  /** The per-run token the page read from index.html. */
  token: string | string[] | undefined;
}

/**
 * Whether a call to the browser test host may be answered. Any web page the person visits can
 * send requests to 127.0.0.1; these three checks make sure only the host's own page is answered.
 */
export function hostRequestAllowed(
  { host, origin, token }: HostRequest,
  port: number,
  expected: string,
): { ok: true } | { ok: false; reason: string } {
  const names = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!host || !names.includes(host.toLowerCase())) return { ok: false, reason: 'Unknown host' };
  if (origin !== undefined && !names.some((name) => origin.toLowerCase() === `http://${name}`))
    return { ok: false, reason: 'Foreign origin' };
  const given = Buffer.from(typeof token === 'string' ? token : '');
  const wanted = Buffer.from(expected);
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return { ok: false, reason: 'Missing or wrong token' };
  return { ok: true };
}
