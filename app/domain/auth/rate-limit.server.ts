import { eq } from 'drizzle-orm'
import { rateLimits } from '../../../db/schema'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'

export type RateLimitResult = { allowed: boolean; retryAfterSeconds: number }

/** Counts one hit against `key` in a fixed window; the check and the write are one transaction. */
export function hitRateLimit(key: string, limit: number, windowMs: number, now = Date.now()): RateLimitResult {
  return db.transaction(
    (tx) => {
      const row = tx.select().from(rateLimits).where(eq(rateLimits.id, key)).get()
      if (!row || now >= row.windowStartsAt + windowMs) {
        tx.insert(rateLimits)
          .values({ id: key, windowStartsAt: now, count: 1 })
          .onConflictDoUpdate({ target: rateLimits.id, set: { windowStartsAt: now, count: 1 } })
          .run()
        return { allowed: true, retryAfterSeconds: 0 }
      }
      const count = row.count + 1
      tx.update(rateLimits).set({ count }).where(eq(rateLimits.id, key)).run()
      const retryAfterSeconds = Math.max(1, Math.ceil((row.windowStartsAt + windowMs - now) / 1000))
      return { allowed: count <= limit, retryAfterSeconds }
    },
    { behavior: 'immediate' },
  )
}

const MINUTE = 60_000

/** Sign-in attempts: SIGN_IN_LIMIT (10) a minute per IP and per account. */
export function hitSignInLimits(ip: string, email: string): RateLimitResult {
  const limit = getEnv().SIGN_IN_LIMIT
  const byIp = hitRateLimit(`sign-in:ip:${ip}`, limit, MINUTE)
  const byAccount = hitRateLimit(`sign-in:account:${email.toLowerCase()}`, limit, MINUTE)
  return {
    allowed: byIp.allowed && byAccount.allowed,
    retryAfterSeconds: Math.max(byIp.retryAfterSeconds, byAccount.retryAfterSeconds),
  }
}
