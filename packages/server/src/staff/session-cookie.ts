import { SESSION_ABSOLUTE_HOURS, STAFF_SESSION_COOKIE } from '@mocharaka/core/contract';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * `__Host-` + `Secure` + `Path=/` + no `Domain`: only this exact host over a secure
 * context sets or receives it (browsers count http://localhost and http://127.0.0.1 as
 * secure). `HttpOnly`: no script reads it. `SameSite=Strict`: no other site's page
 * makes the browser send it.
 */
const ATTRIBUTES = { path: '/', secure: true, httpOnly: true, sameSite: 'Strict' } as const;

export function setSessionCookie(c: Context, secret: string): void {
  setCookie(c, STAFF_SESSION_COOKIE, secret, { ...ATTRIBUTES, maxAge: SESSION_ABSOLUTE_HOURS * 3600 });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, STAFF_SESSION_COOKIE, ATTRIBUTES);
}

export function sessionCookie(c: Context): string | undefined {
  return getCookie(c, STAFF_SESSION_COOKIE) || undefined;
}
