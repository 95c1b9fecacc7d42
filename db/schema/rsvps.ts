import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core'
import { id, instant, stringList, timestamps } from './columns'
import { events, invitations, rsvps } from './events'

/**
 * Personal answer links. Every mail that carries a link gets a fresh token; only its hash is kept,
 * bound to one invitation. Each works until the event ends.
 */
export const answerLinks = sqliteTable(
  'answer_links',
  {
    id: id(),
    invitationId: text('invitation_id')
      .notNull()
      .references(() => invitations.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    ...timestamps,
  },
  (t) => [index('answer_links_invitation_idx').on(t.invitationId)],
)

export const FOOD_NEEDS = ['halal', 'kosher', 'vegetarian', 'vegan', 'noAlcohol'] as const
export type FoodNeed = (typeof FOOD_NEEDS)[number]
export const ACCESS_NEEDS = ['stepFree', 'hearingLoop', 'signLanguage', 'quietRoom', 'prayerRoom'] as const
export type AccessNeed = (typeof ACCESS_NEEDS)[number]

/** What a party needs, as the person answered. GDPR Art. 9 data: organisers see totals and notes only; deleted after the event. */
export type NeedsValue = {
  food: Partial<Record<FoodNeed, number>>
  access: AccessNeed[]
  interpretation: string | null
  note: string | null
}

export const rsvpNeeds = sqliteTable('rsvp_needs', {
  id: id(),
  rsvpId: text('rsvp_id')
    .notNull()
    .unique()
    .references(() => rsvps.id, { onDelete: 'cascade' }),
  eventId: text('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  halal: integer('halal').notNull().default(0),
  kosher: integer('kosher').notNull().default(0),
  vegetarian: integer('vegetarian').notNull().default(0),
  vegan: integer('vegan').notNull().default(0),
  noAlcohol: integer('no_alcohol').notNull().default(0),
  access: stringList('access'),
  interpretation: text('interpretation'),
  note: text('note'),
  ...timestamps,
})

/** A public answer waiting for its address to be confirmed; it takes no seat until then. */
export const pendingAnswers = sqliteTable(
  'pending_answers',
  {
    id: id(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    email: text('email').notNull(),
    name: text('name').notNull(),
    locale: text('locale').notNull().default('de'),
    answer: text('answer', { enum: ['yes', 'maybe', 'no'] }).notNull(),
    partySize: integer('party_size').notNull().default(1),
    needs: text('needs', { mode: 'json' }).$type<NeedsValue | null>(),
    tokenHash: text('token_hash').notNull().unique(),
    expiresAt: instant('expires_at').notNull(),
    ...timestamps,
  },
  (t) => [index('pending_answers_event_idx').on(t.eventId)],
)
