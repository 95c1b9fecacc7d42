import { redirect } from '@remix-run/node'
import { createSession, invalidateSession, validateSessionToken, type Session, type SessionUser } from '~/domain/auth/session.server'
import { getEnv } from './env.server'
import { httpError } from './http.server'

export type Viewer = { user: SessionUser; session: Session }

const secure = () => getEnv().APP_URL.startsWith('https://')
/** `__Host-` binds the cookie to this origin; browsers accept it only over https. */
export const sessionCookieName = () => (secure() ? '__Host-dn_session' : 'dn_session')

function readCookie(request: Request, name: string): string | null {
  for (const part of (request.headers.get('Cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return null
}

export function sessionCookie(token: string, expiresAt: Date): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', `Expires=${expiresAt.toUTCString()}`]
  if (secure()) attributes.push('Secure')
  return `${sessionCookieName()}=${token}; ${attributes.join('; ')}`
}

export function clearedSessionCookie(): string {
  const attributes = ['Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0']
  if (secure()) attributes.push('Secure')
  return `${sessionCookieName()}=; ${attributes.join('; ')}`
}

const viewers = new WeakMap<Request, Viewer | null>()

/** The signed-in person, or null. Validated once per request. */
export function getViewer(request: Request): Viewer | null {
  if (viewers.has(request)) return viewers.get(request) ?? null
  const token = readCookie(request, sessionCookieName())
  const viewer = token ? validateSessionToken(token) : null
  viewers.set(request, viewer)
  return viewer
}

/** A signed-in person, or a redirect to the sign-in page that comes back here. */
export function requireUser(request: Request): SessionUser {
  const viewer = getViewer(request)
  if (!viewer) {
    const url = new URL(request.url)
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`)
  }
  return viewer.user
}

/** The commissioner's office; anyone else signed in gets 403. */
export function requireAdmin(request: Request): SessionUser {
  const user = requireUser(request)
  if (user.role !== 'admin') httpError(403, 'forbidden')
  return user
}

/** A new token at every sign-in. */
export function startSession(userId: string, redirectTo: string): Response {
  const { token, session } = createSession(userId)
  return redirect(redirectTo, { headers: { 'Set-Cookie': sessionCookie(token, session.expiresAt) } })
}

export function endSession(request: Request, redirectTo = '/'): Response {
  const viewer = getViewer(request)
  if (viewer) invalidateSession(viewer.session.id)
  return redirect(redirectTo, { headers: { 'Set-Cookie': clearedSessionCookie() } })
}

/** The viewer as the domain policies want it: id and role, or null for the public. */
export function getPolicyViewer(request: Request): { userId: string; role: 'admin' | 'member' } | null {
  const viewer = getViewer(request)
  return viewer ? { userId: viewer.user.id, role: viewer.user.role } : null
}
