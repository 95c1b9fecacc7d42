import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { id, instant, stringList, timestamps } from './columns'
import { networks } from './networks'

export const OUTBOX_STATUSES = ['queued', 'sending', 'sent', 'delivered-locally', 'failed', 'suppressed'] as const
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number]

/** transactional: asked for by the person (sign-in links, RSVP confirmations); bulk: digests and notifications (carry List-Unsubscribe). */
export const MAIL_KINDS = ['transactional', 'bulk'] as const
export type MailKind = (typeof MAIL_KINDS)[number]

export type MailAttachment = { filename: string; contentType: string; /** base64 */ content: string }

/** Every mail goes through here: written in the caller's transaction, delivered by the worker. */
export const outbox = sqliteTable(
  'outbox',
  {
    id: id(),
    template: text('template').notNull(),
    toEmail: text('to_email').notNull(),
    locale: text('locale').notNull(),
    kind: text('kind', { enum: MAIL_KINDS }).notNull().default('transactional'),
    props: text('props', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    /** Extra mail headers, e.g. List-Unsubscribe. */
    headers: text('headers', { mode: 'json' }).$type<Record<string, string>>().notNull().default({}),
    attachments: text('attachments', { mode: 'json' }).$type<MailAttachment[]>().notNull().default([]),
    subject: text('subject'),
    html: text('html'),
    text: text('text'),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull(),
    lastError: text('last_error'),
    /** The Idempotency-Key of the batch request this row went out in; kept so a retry sends the same batch under the same key. */
    batchKey: text('batch_key'),
    providerId: text('provider_id'),
    sentAt: instant('sent_at'),
    /** From the webhook: delivered, bounced, complained, delivery_delayed. */
    providerEvent: text('provider_event'),
    providerEventAt: instant('provider_event_at'),
    ...timestamps,
  },
  (t) => [
    index('outbox_status_next_idx').on(t.status, t.nextAttemptAt),
    index('outbox_created_idx').on(t.createdAt),
    index('outbox_to_idx').on(t.toEmail),
    index('outbox_provider_idx').on(t.providerId),
    index('outbox_batch_idx').on(t.batchKey),
  ],
)

export const SUPPRESSION_REASONS = ['bounced', 'complained'] as const

/** Addresses that bounced or complained get no more mail until an admin lifts the suppression. */
export const mailSuppressions = sqliteTable(
  'mail_suppressions',
  {
    id: id(),
    /** Lower case. */
    email: text('email').notNull().unique(),
    reason: text('reason', { enum: SUPPRESSION_REASONS }).notNull(),
    detail: text('detail'),
    ...timestamps,
  },
  (t) => [index('mail_suppressions_created_idx').on(t.createdAt)],
)

/** svix-ids of webhook deliveries already handled (Resend retries deliveries). */
export const webhookEvents = sqliteTable('webhook_events', {
  id: text('id').primaryKey(),
  type: text('type').notNull(),
  receivedAt: instant('received_at').notNull(),
})

export const NOTIFICATION_FREQUENCIES = ['immediate', 'weekly', 'monthly', 'none'] as const
export type NotificationFrequency = (typeof NOTIFICATION_FREQUENCIES)[number]

/** How a person hears about a network; no row means the default, a weekly digest. */
export const notificationPreferences = sqliteTable(
  'notification_preferences',
  {
    id: id(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    networkId: text('network_id')
      .notNull()
      .references(() => networks.id, { onDelete: 'cascade' }),
    frequency: text('frequency', { enum: NOTIFICATION_FREQUENCIES }).notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('notification_preferences_unique').on(t.userId, t.networkId)],
)

/** Per person: the language of digests and notifications (defaults to the account language). */
export const mailSettings = sqliteTable('mail_settings', {
  id: id(),
  userId: text('user_id')
    .notNull()
    .unique()
    .references(() => users.id, { onDelete: 'cascade' }),
  locale: text('locale', { enum: ['de', 'en'] }).notNull(),
  ...timestamps,
})

export const DIGEST_PERIODS = ['weekly', 'monthly'] as const
export type DigestPeriod = (typeof DIGEST_PERIODS)[number]

/** A public visitor's subscription to the digest of public events, with double opt-in. */
export const digestSubscriptions = sqliteTable(
  'digest_subscriptions',
  {
    id: id(),
    /** Lower case. */
    email: text('email').notNull(),
    locale: text('locale', { enum: ['de', 'en'] }).notNull(),
    period: text('period', { enum: DIGEST_PERIODS }).notNull().default('weekly'),
    traditions: stringList('traditions'),
    municipalityIds: stringList('municipality_ids'),
    /** The version of the consent text the person agreed to. */
    consentVersion: text('consent_version').notNull(),
    confirmTokenHash: text('confirm_token_hash').unique(),
    confirmExpiresAt: instant('confirm_expires_at'),
    confirmedAt: instant('confirmed_at'),
    unsubscribedAt: instant('unsubscribed_at'),
    ...timestamps,
  },
  (t) => [uniqueIndex('digest_subscriptions_email_unique').on(sql`lower(${t.email})`), index('digest_subscriptions_period_idx').on(t.period, t.confirmedAt)],
)

/** Unsubscribe links: one token per mail, only its hash stored, bound to one person or one subscription. */
export const unsubscribeTokens = sqliteTable(
  'unsubscribe_tokens',
  {
    id: id(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    subscriptionId: text('subscription_id').references(() => digestSubscriptions.id, { onDelete: 'cascade' }),
    /** Set when the mail was about one network (an immediate notification). */
    networkId: text('network_id').references(() => networks.id, { onDelete: 'cascade' }),
    usedAt: instant('used_at'),
    ...timestamps,
  },
  (t) => [index('unsubscribe_tokens_user_idx').on(t.userId)],
)

export const DIGEST_RUN_OUTCOMES = ['queued', 'empty'] as const

/** One row per recipient and period: running the digest job twice sends nothing twice. */
export const digestRuns = sqliteTable(
  'digest_runs',
  {
    id: id(),
    period: text('period', { enum: DIGEST_PERIODS }).notNull(),
    /** 2026-W48 or 2026-12 */
    periodKey: text('period_key').notNull(),
    /** user:<id> or subscription:<id> */
    recipientKey: text('recipient_key').notNull(),
    outcome: text('outcome', { enum: DIGEST_RUN_OUTCOMES }).notNull(),
    outboxId: text('outbox_id').references(() => outbox.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('digest_runs_unique').on(t.period, t.periodKey, t.recipientKey),
    index('digest_runs_recipient_idx').on(t.recipientKey, t.createdAt),
  ],
)
