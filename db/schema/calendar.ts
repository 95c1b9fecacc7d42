import { sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { id, timestamps } from './columns'

/**
 * The secret of a person's personal calendar feed (/feeds/:token/calendar.ics): one per person,
 * only its SHA-256 stored; a reset replaces the hash, so the old address answers 404.
 */
export const calendarFeedTokens = sqliteTable('calendar_feed_tokens', {
  id: id(),
  userId: text('user_id')
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  ...timestamps,
})
