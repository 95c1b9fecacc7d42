import { calendarFeedTokens } from '../../../db/schema'
import { recordAudit } from '~/domain/audit/mutations.server'
import { generateToken, hashToken } from '~/domain/auth/tokens.server'
import { db } from '~/utils/db.server'

/**
 * Creates the person's personal feed token, or replaces it (the old address then answers 404).
 * Returns the token itself: it is shown once and never stored.
 */
export function resetFeedToken(userId: string): string {
  const token = generateToken()
  db.transaction(
    (tx) => {
      const row = tx
        .insert(calendarFeedTokens)
        .values({ userId, tokenHash: hashToken(token) })
        .onConflictDoUpdate({ target: calendarFeedTokens.userId, set: { tokenHash: hashToken(token), updatedAt: new Date() } })
        .returning({ id: calendarFeedTokens.id })
        .get()
      recordAudit(tx, { actorId: userId, action: 'calendar.feed_token_reset', entity: 'calendar_feed_token', entityId: row.id })
    },
    { behavior: 'immediate' },
  )
  return token
}
