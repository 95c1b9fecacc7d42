import { and, asc, eq, inArray, sql } from 'drizzle-orm'
import { events, invitations, rsvps } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { answerUrl, ensureInvitation, issueAnswerLink, mailEvent } from '~/domain/invitations/links.server'
import { buildCalendarAttachment } from '../calendar/attachments.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { prepared } from '~/utils/db.server'
import { formatDateTime, isLocale } from '~/utils/i18n'

type EventRow = typeof events.$inferSelect
type RsvpRow = typeof rsvps.$inferSelect

/** Statuses whose party holds seats: confirmed, and offered while the offer runs. */
export const SEAT_HOLDING = ['confirmed', 'offered'] as const

/** Seats taken, counting every person of every party. Call inside the capacity transaction. */
export function seatsTaken(tx: DbOrTx, eventId: string): number {
  const seats = prepared(tx, 'rsvps.seatsTaken', (db) =>
    db
      .select({ seats: sql<number>`coalesce(sum(${rsvps.partySize}), 0)` })
      .from(rsvps)
      .where(and(eq(rsvps.eventId, sql.placeholder('eventId')), inArray(rsvps.status, [...SEAT_HOLDING])))
      .prepare(),
  )
  return Number(seats.get({ eventId })?.seats ?? 0)
}

/** Free seats; Infinity without a capacity. */
export function freeSeats(tx: DbOrTx, event: Pick<EventRow, 'id' | 'capacity'>): number {
  if (event.capacity == null) return Number.POSITIVE_INFINITY
  return Math.max(0, event.capacity - seatsTaken(tx, event.id))
}

/** The invitation (for language, name and a manage link) behind an answer; older rows without one get one. */
function invitationOf(tx: DbOrTx, rsvp: RsvpRow) {
  if (rsvp.invitationId) {
    const found = tx.select().from(invitations).where(eq(invitations.id, rsvp.invitationId)).get()
    if (found) return found
  }
  const { invitation } = ensureInvitation(tx, { eventId: rsvp.eventId, email: rsvp.email, name: rsvp.name, locale: 'de', userId: rsvp.userId, kind: 'self' })
  tx.update(rsvps).set({ invitationId: invitation.id }).where(eq(rsvps.id, rsvp.id)).run()
  return invitation
}

/**
 * Hands freed seats to the waitlist in order of arrival: each waitlisted party that fits is confirmed
 * (and told by mail) or, in "offer" mode, offered the seats for `offerHours`. A party larger than the
 * free seats is skipped and keeps its place. Runs inside the caller's immediate transaction.
 */
export function fillFreeSeats(tx: DbOrTx, event: EventRow, now: Date): string[] {
  let free = freeSeats(tx, event)
  if (free <= 0) return []
  const waiting = tx
    .select()
    .from(rsvps)
    .where(and(eq(rsvps.eventId, event.id), eq(rsvps.status, 'waitlisted')))
    .orderBy(asc(rsvps.waitlistedAt), asc(sql`rowid`))
    .all()
  const promoted: string[] = []
  for (const party of waiting) {
    if (party.partySize > free) continue
    free -= party.partySize
    promoted.push(party.id)
    const invitation = invitationOf(tx, party)
    const token = issueAnswerLink(tx, invitation.id)
    const facts = mailEvent(event, invitation.locale, party.name)
    if (event.waitlistMode === 'offer') {
      const expires = new Date(Math.min(now.getTime() + event.offerHours * 3_600_000, event.startsAt.getTime()))
      tx.update(rsvps).set({ status: 'offered', offerExpiresAt: expires }).where(eq(rsvps.id, party.id)).run()
      enqueueEmail(tx, {
        template: 'rsvp-offered',
        to: party.email,
        locale: facts.locale,
        props: { ...facts, partySize: party.partySize, deadlineLabel: formatDateTime(expires, facts.locale), manageUrl: answerUrl(token, 'yes') },
      })
    } else {
      tx.update(rsvps).set({ status: 'confirmed', waitlistedAt: null, offerExpiresAt: null }).where(eq(rsvps.id, party.id)).run()
      const locale = isLocale(facts.locale) ? facts.locale : 'de'
      const attachment = buildCalendarAttachment(tx, { eventId: event.id, attendee: { name: party.name, email: party.email }, kind: 'request', locale })
      enqueueEmail(tx, {
        template: 'rsvp-promoted',
        to: party.email,
        locale,
        props: { ...facts, partySize: party.partySize, manageUrl: answerUrl(token) },
        attachments: attachment ? [attachment] : [],
      })
    }
    if (free <= 0) break
  }
  return promoted
}
