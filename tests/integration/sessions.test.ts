import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { sessions, signInTokens } from '../../db/schema'
import { createSession, SESSION_POLICY, validateSessionToken } from '~/domain/auth/session.server'
import { requestSignInLink } from '~/domain/auth/sign-in.server'
import { hashToken } from '~/domain/auth/tokens.server'
import { createUser, listOutboxFor, testDb } from '../support/factories'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

test('only the SHA-256 of a session token is stored', async () => {
  const user = await createUser()
  const { token } = createSession(user.id)
  expect(token).toMatch(/^[a-z2-7]{32}$/) // 160 random bits
  const rows = testDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()
  expect(rows).toHaveLength(1)
  expect(rows[0]!.id).toBe(hashToken(token))
  expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/)
  expect(JSON.stringify(rows)).not.toContain(token)
})

test('only the SHA-256 of a sign-in link token is stored', async () => {
  const user = await createUser()
  requestSignInLink(user.email)
  const [mail] = listOutboxFor(user.email)
  const token = String(mail!.props.url).split('/auth/')[1]!
  const [row] = testDb().select().from(signInTokens).where(eq(signInTokens.userId, user.id)).all()
  expect(row!.tokenHash).toBe(hashToken(token))
  expect(JSON.stringify(row)).not.toContain(token)
  expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeLessThanOrEqual(10 * 60_000 + 1000)
})

test('a member session stays valid with activity but ends after 30 days', async () => {
  const user = await createUser({ role: 'member' })
  const start = Date.now()
  const { token } = createSession(user.id, start)
  for (let day = 6; day < 30; day += 6) expect(validateSessionToken(token, start + day * DAY)).not.toBeNull()
  expect(validateSessionToken(token, start + 30 * DAY)).toBeNull()
  expect(testDb().select().from(sessions).where(eq(sessions.userId, user.id)).all()).toHaveLength(0)
})

test('a member session ends after 7 days without activity', async () => {
  const user = await createUser({ role: 'member' })
  const start = Date.now()
  const { token } = createSession(user.id, start)
  expect(validateSessionToken(token, start + 7 * DAY - HOUR)).not.toBeNull()
  // that use counted as activity; now stay away for 7 days
  expect(validateSessionToken(token, start + 14 * DAY - HOUR + 1)).toBeNull()
})

test('an admin session ends 12 hours after sign-in, however active', async () => {
  const user = await createUser({ role: 'admin' })
  const start = Date.now()
  const { token, session } = createSession(user.id, start)
  expect(session.expiresAt.getTime() - start).toBe(SESSION_POLICY.admin.maxAge)
  expect(validateSessionToken(token, start + 11 * HOUR)).not.toBeNull()
  expect(validateSessionToken(token, start + 12 * HOUR)).toBeNull()
})

test('a tampered or malformed session token is not accepted', async () => {
  const user = await createUser()
  const { token } = createSession(user.id)
  expect(validateSessionToken(token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a'))).toBeNull()
  expect(validateSessionToken('')).toBeNull()
  expect(validateSessionToken("' or 1=1 --")).toBeNull()
  expect(validateSessionToken(hashToken(token))).toBeNull()
})
