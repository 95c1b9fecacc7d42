import { sql } from 'drizzle-orm'
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core'
import { users } from './auth'
import { id, instant, stringList, timestamps } from './columns'
import { networks } from './networks'
import { organisations } from './organisations'
import { municipalities } from './places'
import { EVENT_KINDS, EVENT_VISIBILITIES, EVENT_STATUSES, FOOD_OPTIONS, ACCESSIBILITY_OPTIONS } from './values'
export { EVENT_KINDS, EVENT_VISIBILITIES, EVENT_STATUSES, FOOD_OPTIONS, ACCESSIBILITY_OPTIONS } from './values'
export type { EventKind, EventVisibility, EventStatus, FoodOption, AccessibilityOption } from './values'
import type { EventKind, EventVisibility, EventStatus, FoodOption, AccessibilityOption } from './values'

/** A recurrence as the form gives it; expanded with `rrule` in Europe/Berlin (app/domain/events/recurrence.ts). */
export type EventRecurrence = {
  frequency: 'weekly' | 'monthly'
  /** monthly only: 1–4 for the first … fourth, -1 for the last weekday of the month (the weekday of the first start). */
  weekOfMonth?: number
  /** YYYY-MM-DD, inclusive */
  until?: string
  count?: number
  /** YYYY-MM-DD local dates that are left out */
  exceptionDates: string[]
}

/** A JSON list with an SQL default, so the column can be added to a table that has rows. */
const jsonList = <T extends string>(name: string) =>
  text(name, { mode: 'json' })
    .$type<T[]>()
    .notNull()
    .default(sql`'[]'`)

export const events = sqliteTable(
  'events',
  {
    id: id(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    organisationId: text('organisation_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'restrict' }),
    networkId: text('network_id').references(() => networks.id, { onDelete: 'set null' }),
    visibility: text('visibility', { enum: EVENT_VISIBILITIES }).notNull().default('public'),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
    startsAt: instant('starts_at').notNull(),
    endsAt: instant('ends_at').notNull(),
    allDay: integer('all_day', { mode: 'boolean' }).notNull().default(false),
    timeZone: text('time_zone').notNull().default('Europe/Berlin'),
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    municipalityId: text('municipality_id').references(() => municipalities.id, { onDelete: 'restrict' }),
    onlineUrl: text('online_url'),
    languages: stringList('languages'),
    /** Interpretation offered, e.g. "Arabisch ↔ Deutsch"; null when none. */
    interpretation: text('interpretation'),
    food: jsonList<FoodOption>('food'),
    accessibility: jsonList<AccessibilityOption>('accessibility'),
    recurrence: text('recurrence', { mode: 'json' }).$type<EventRecurrence>(),
    /** When the last occurrence ends (= endsAt for a single event): "upcoming" and the archive filter on it. */
    seriesEndsAt: instant('series_ends_at'),
    capacity: integer('capacity'),
    rsvpDeadline: instant('rsvp_deadline'),
    contact: text('contact'),
    /** Raised on every change of a published event; the calendar uses it as SEQUENCE. */
    changeCount: integer('change_count').notNull().default(0),
    cancelledReason: text('cancelled_reason'),
    cancelledAt: instant('cancelled_at'),
    /** The moderator's comment when an event was sent back to its organiser. */
    moderationComment: text('moderation_comment'),
    submittedAt: instant('submitted_at'),
    publishedAt: instant('published_at'),
    createdById: text('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
    /** RSVP settings (issue 5): the largest party one answer may bring (1–10). */
    maxPartySize: integer('max_party_size').notNull().default(10),
    /** 'auto' confirms the first fitting waitlisted party; 'offer' offers the seats for `offerHours`. */
    waitlistMode: text('waitlist_mode', { enum: ['auto', 'offer'] }).notNull().default('auto'),
    offerHours: integer('offer_hours').notNull().default(24),
    /** Confirmed people get a reminder this many days before the start; 0 turns reminders off. */
    reminderDaysBefore: integer('reminder_days_before').notNull().default(2),
  },
  (t) => [
    index('events_status_start_idx').on(t.status, t.startsAt),
    // Covers every column the visibility rule (app/domain/events/policy.server.ts) reads, so checking it for a list of
    // events never touches the wide table rows (the digest run checks ~30,000 people × their candidate events: 4× faster).
    index('events_visibility_rule_idx').on(t.id, t.organisationId, t.networkId, t.status, t.visibility),
    index('events_organisation_idx').on(t.organisationId, t.startsAt),
    // A network's events in start order; the other columns make it covering for the calendar feed's
    // window test and its ETag query (app/domain/calendar/queries.server.ts selectFeedState), so a
    // 304 reads ~1,000 index entries instead of ~1,000 scattered table rows (benchmark: ~7 ms → ~0.4 ms).
    index('events_network_idx').on(
      t.networkId,
      t.startsAt,
      t.status,
      t.visibility,
      t.endsAt,
      t.seriesEndsAt,
      t.updatedAt,
      t.organisationId,
    ),
    index('events_series_end_idx').on(t.seriesEndsAt),
    // The public calendar (GET /events): upcoming public events in start order, the not-over test read from the index
    // (benchmark: without these SQLite scanned every organisation's events and sorted them, ~60,000 rows a request).
    // The expression is written without commas (drizzle-kit splits index expressions at commas); it must stay
    // identical to `seriesEnd` in app/domain/events/queries.server.ts, or SQLite cannot use the index.
    index('events_visibility_start_idx').on(t.visibility, t.startsAt, t.status, sql`(case when ${t.seriesEndsAt} is null then ${t.endsAt} else ${t.seriesEndsAt} end)`),
    // Its count: public, listed, not over, answered from the index alone.
    index('events_visibility_series_end_idx').on(
      t.visibility,
      t.status,
      sql`(case when ${t.seriesEndsAt} is null then ${t.endsAt} else ${t.seriesEndsAt} end)`,
      t.organisationId,
    ),
  ],
)

export const OCCURRENCE_EXCEPTION_KINDS = ['cancelled', 'moved'] as const

/** One occurrence of a recurring event cancelled or moved; keyed by its original local date. */
export const eventOccurrenceExceptions = sqliteTable(
  'event_occurrence_exceptions',
  {
    id: id(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** YYYY-MM-DD in Europe/Berlin: the date the occurrence would have had. */
    originalDate: text('original_date').notNull(),
    kind: text('kind', { enum: OCCURRENCE_EXCEPTION_KINDS }).notNull(),
    startsAt: instant('starts_at'),
    endsAt: instant('ends_at'),
    reason: text('reason'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('event_occurrence_exceptions_unique').on(t.eventId, t.originalDate),
    // The calendar feeds' ETag reads the newest change of any exception (app/domain/calendar/queries.server.ts).
    index('event_occurrence_exceptions_updated_idx').on(t.updatedAt),
  ],
)

export const invitations = sqliteTable(
  'invitations',
  {
    id: id(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name'),
    locale: text('locale').notNull().default('de'),
    /** SHA-256 of the personal RSVP token. */
    tokenHash: text('token_hash').notNull().unique(),
    invitedById: text('invited_by_id').references(() => users.id, { onDelete: 'set null' }),
    sentAt: instant('sent_at'),
    ...timestamps,
    /** 'invited' by an organiser; 'self' when the person answered a public event or as a member on their own. */
    kind: text('kind', { enum: ['invited', 'self'] }).notNull().default('invited'),
    /** The last "you have not answered yet" reminder. */
    remindedAt: instant('reminded_at'),
  },
  (t) => [
    uniqueIndex('invitations_event_email_unique').on(t.eventId, t.email),
    // A person's invitations, by account or by address (the digest's open invitations, the "invited" visibility rule):
    // without these SQLite read every invitation, or every upcoming event, once per person (benchmark: ~30 ms a digest).
    index('invitations_user_idx').on(t.userId),
    index('invitations_email_lower_idx').on(sql`lower(${t.email})`),
  ],
)

export const RSVP_ANSWERS = ['yes', 'maybe', 'no'] as const
/** 'maybe' for a maybe answer; 'offered' holds seats for a waitlisted party until `offerExpiresAt`. */
export const RSVP_STATUSES = ['pending', 'confirmed', 'waitlisted', 'declined', 'maybe', 'offered'] as const
export type RsvpStatus = (typeof RSVP_STATUSES)[number]
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number]

export const rsvps = sqliteTable(
  'rsvps',
  {
    id: id(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    invitationId: text('invitation_id').references(() => invitations.id, { onDelete: 'set null' }),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    answer: text('answer', { enum: RSVP_ANSWERS }).notNull(),
    status: text('status', { enum: RSVP_STATUSES }).notNull(),
    partySize: integer('party_size').notNull().default(1),
    ...timestamps,
    /** Arrival on the waitlist: the order in which freed seats are handed out (ties by rowid). */
    waitlistedAt: instant('waitlisted_at'),
    offerExpiresAt: instant('offer_expires_at'),
    remindedAt: instant('reminded_at'),
    /** Marked at the door (check-in) or afterwards by the organiser: attendance. */
    checkedInAt: instant('checked_in_at'),
  },
  (t) => [
    uniqueIndex('rsvps_event_email_unique').on(t.eventId, t.email),
    // "Has this invitee answered?" matches answers by address case-insensitively; without it the join scanned every answer.
    index('rsvps_event_email_lower_idx').on(t.eventId, sql`lower(${t.email})`),
    index('rsvps_event_status_idx').on(t.eventId, t.status, t.createdAt),
    uniqueIndex('rsvps_invitation_unique').on(t.invitationId),
    index('rsvps_offer_expiry_idx').on(t.status, t.offerExpiresAt),
  ],
)
