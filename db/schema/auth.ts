import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { id, instant, timestamps } from './columns'

export const ROLES = ['admin', 'member'] as const
export type Role = (typeof ROLES)[number]
export const LOCALES = ['de', 'en'] as const
export type Locale = (typeof LOCALES)[number]

export const users = sqliteTable(
  'users',
  {
    id: id(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull().default('de'),
    role: text('role', { enum: ROLES }).notNull().default('member'),
    passwordHash: text('password_hash'),
    lastSignInAt: instant('last_sign_in_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('users_email_unique').on(sql`lower(${t.email})`)],
)

/** Lucia's session design: the id is the SHA-256 of the token, never the token. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: instant('expires_at').notNull(),
    lastActiveAt: instant('last_active_at').notNull(),
    createdAt: instant('created_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

export const SIGN_IN_PURPOSES = ['sign-in', 'invitation'] as const
export type SignInPurpose = (typeof SIGN_IN_PURPOSES)[number]

/** One-time sign-in links; only the SHA-256 of the token is stored. */
export const signInTokens = sqliteTable(
  'sign_in_tokens',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: SIGN_IN_PURPOSES }).notNull(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    ...timestamps,
  },
  (t) => [index('sign_in_tokens_user_idx').on(t.userId)],
)

/** Fixed-window counters for rate limits (sign-in attempts, public forms). */
export const rateLimits = sqliteTable('rate_limits', {
  id: text('id').primaryKey(),
  windowStartsAt: integer('window_starts_at').notNull(),
  count: integer('count').notNull(),
})
