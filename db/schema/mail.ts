import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, instant, timestamps } from './columns'

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'delivered-locally', 'failed', 'suppressed'] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]

/** Every mail goes through here: written in the caller's transaction, delivered by the worker. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: id(),
    template: text('template').notNull(),
    toEmail: text('to_email').notNull(),
    locale: text('locale').notNull(),
    props: text('props', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    subject: text('subject'),
    html: text('html'),
    text: text('text'),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull(),
    lastError: text('last_error'),
    providerId: text('provider_id'),
    sentAt: instant('sent_at'),
    ...timestamps,
  },
  (t) => [
    index('outbox_status_next_idx').on(t.status, t.nextAttemptAt),
    index('outbox_created_idx').on(t.createdAt),
    index('outbox_to_idx').on(t.toEmail),
  ],
)
