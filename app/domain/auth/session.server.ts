import { eq } from 'drizzle-orm'
import { sessions, users } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { generateToken, hashToken, isWellFormedToken } from './tokens.server'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** Lucia's session design: members 30 days with a 7-day inactivity timeout, admins 12 hours absolute. */
export const SESSION_POLICY = {
  member: { maxAge: 30 * DAY, idleTimeout: 7 * DAY },
  admin: { maxAge: 12 * HOUR, idleTimeout: 12 * HOUR },
  /** lastActiveAt is written at most this often, so reads stay reads. */
  touchInterval: HOUR,
} as const

export type SessionUser = typeof users.$inferSelect
export type Session = typeof sessions.$inferSelect

export function createSession(userId: string, now = Date.now()): { token: string; session: Session } {
  const user = db.select({ role: users.role }).from(users).where(eq(users.id, userId)).get()
  if (!user) throw new Error(`createSession: unknown user ${userId}`)
  const token = generateToken()
  const session: Session = {
    id: hashToken(token),
    userId,
    createdAt: new Date(now),
    lastActiveAt: new Date(now),
    expiresAt: new Date(now + SESSION_POLICY[user.role].maxAge),
  }
  db.insert(sessions).values(session).run()
  return { token, session }
}

/** Returns the session and its user, or null when the token is unknown, expired or idle too long. */
export function validateSessionToken(token: string, now = Date.now()): { session: Session; user: SessionUser } | null {
  if (!isWellFormedToken(token)) return null
  const row = db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(sessions.userId, users.id))
    .where(eq(sessions.id, hashToken(token)))
    .get()
  if (!row) return null
  const { session, user } = row
  const policy = SESSION_POLICY[user.role]
  const expired = now >= session.expiresAt.getTime()
  const idle = now >= session.lastActiveAt.getTime() + policy.idleTimeout
  if (expired || idle) {
    db.delete(sessions).where(eq(sessions.id, session.id)).run()
    return null
  }
  if (now - session.lastActiveAt.getTime() >= SESSION_POLICY.touchInterval) {
    session.lastActiveAt = new Date(now)
    db.update(sessions).set({ lastActiveAt: session.lastActiveAt }).where(eq(sessions.id, session.id)).run()
  }
  return { session, user }
}

export function invalidateSession(sessionId: string): void {
  db.delete(sessions).where(eq(sessions.id, sessionId)).run()
}

export function invalidateUserSessions(userId: string): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run()
}
