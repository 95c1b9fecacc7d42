import { and, eq, gt, inArray, isNull, lte, sql } from 'drizzle-orm'
import { events, invitations, pendingAnswers, rsvpNeeds, rsvps } from '../../../db/schema'
import { answerUrl, issueAnswerLink, mailEvent } from '~/domain/invitations/links.server'
import { buildCalendarAttachment } from '../calendar/attachments.server'
import { enqueueEmail } from '~/domain/mail/outbox.server'
import { db } from '~/utils/db.server'
import { getEnv } from '~/utils/env.server'
import { DomainError } from '~/utils/http.server'
import { fillFreeSeats } from './capacity.server'

const DAY = 24 * 60 * 60_000

function requireEvent(tx: Parameters<Parameters<typeof db.transaction>[0]>[0], eventId: string) {
  const event = tx.select().from(events).where(eq(events.id, eventId)).get()
  if (!event) throw new DomainError('not_found', 404)
  return event
}

/** Hands free seats to the waitlist, e.g. after the organiser raised the capacity elsewhere. */
export function promoteFromWaitlist(input: { eventId: string; now?: Date }): string[] {
  const now = input.now ?? new Date()
  return db.transaction((tx) => fillFreeSeats(tx, requireEvent(tx, input.eventId), now), { behavior: 'immediate' })
}

export type RsvpSettings = {
  capacity: number | null
  maxPartySize: number
  waitlistMode: 'auto' | 'offer'
  offerHours: number
  reminderDaysBefore: number
}

/** The organiser's RSVP settings; a raised capacity promotes from the waitlist in the same transaction. */
export function updateRsvpSettings(input: RsvpSettings & { eventId: string; now?: Date }): string[] {
  const now = input.now ?? new Date()
  return db.transaction(
    (tx) => {
      requireEvent(tx, input.eventId)
      const event = tx
        .update(events)
        .set({
          capacity: input.capacity,
          maxPartySize: input.maxPartySize,
          waitlistMode: input.waitlistMode,
          offerHours: input.offerHours,
          reminderDaysBefore: input.reminderDaysBefore,
        })
        .where(eq(events.id, input.eventId))
        .returning()
        .get()
      return fillFreeSeats(tx, event, now)
    },
    { behavior: 'immediate' },
  )
}

/** Job: offers whose time ran out lapse and the seats pass on to the next fitting party. */
export function expireOffers({ now = new Date() }: { now?: Date } = {}): { expired: number; promoted: number } {
  const due = db
    .selectDistinct({ eventId: rsvps.eventId })
    .from(rsvps)
    .where(and(eq(rsvps.status, 'offered'), lte(rsvps.offerExpiresAt, now)))
    .all()
  let expired = 0
  let promoted = 0
  for (const { eventId } of due) {
    db.transaction(
      (tx) => {
        const lapsed = tx
          .update(rsvps)
          .set({ status: 'declined', waitlistedAt: null })
          .where(and(eq(rsvps.eventId, eventId), eq(rsvps.status, 'offered'), lte(rsvps.offerExpiresAt, now)))
          .returning({ id: rsvps.id })
          .all()
        expired += lapsed.length
        promoted += fillFreeSeats(tx, requireEvent(tx, eventId), now).length
      },
      { behavior: 'immediate' },
    )
  }
  return { expired, promoted }
}

/** Job: confirmed people get a reminder with their manage link `reminderDaysBefore` days before the start, once. */
export function sendReminders({ now = new Date() }: { now?: Date } = {}): { sent: number } {
  const due = db
    .select()
    .from(events)
    .where(
      and(
        eq(events.status, 'published'),
        gt(events.startsAt, now),
        gt(events.reminderDaysBefore, 0),
        sql`${events.startsAt} - ${events.reminderDaysBefore} * ${DAY} <= ${now.getTime()}`,
      ),
    )
    .all()
  let sent = 0
  for (const event of due) {
    db.transaction(
      (tx) => {
        const people = tx
          .select({ rsvp: rsvps, invitation: invitations })
          .from(rsvps)
          .innerJoin(invitations, eq(invitations.id, rsvps.invitationId))
          .where(and(eq(rsvps.eventId, event.id), eq(rsvps.status, 'confirmed'), isNull(rsvps.remindedAt)))
          .all()
        for (const { rsvp, invitation } of people) {
          const facts = mailEvent(event, invitation.locale, rsvp.name)
          const manageUrl = answerUrl(issueAnswerLink(tx, invitation.id))
          enqueueEmail(tx, { template: 'rsvp-reminder', to: rsvp.email, locale: facts.locale, props: { ...facts, partySize: rsvp.partySize, manageUrl } })
          tx.update(rsvps).set({ remindedAt: now }).where(eq(rsvps.id, rsvp.id)).run()
          sent++
        }
      },
      { behavior: 'immediate' },
    )
  }
  return { sent }
}

/** Job: needs are deleted `retentionDays` after the event ends; unconfirmed public answers when they expire. */
/** Needs (GDPR Art. 9) are deleted NEEDS_RETENTION_DAYS (30) days after the event ends. */
export function deleteExpiredNeeds({ now = new Date(), retentionDays = getEnv().NEEDS_RETENTION_DAYS }: { now?: Date; retentionDays?: number } = {}) {
  const cutoff = new Date(now.getTime() - retentionDays * DAY)
  return db.transaction(
    (tx) => {
      const ended = tx.select({ id: events.id }).from(events).where(lte(events.endsAt, cutoff))
      const needs = tx.delete(rsvpNeeds).where(inArray(rsvpNeeds.eventId, ended)).returning({ id: rsvpNeeds.id }).all().length
      const pending = tx.delete(pendingAnswers).where(lte(pendingAnswers.expiresAt, now)).returning({ id: pendingAnswers.id }).all().length
      return { needs, pending }
    },
    { behavior: 'immediate' },
  )
}

/** Check-in at the door, and attendance afterwards. */
export function setArrived(input: { eventId: string; rsvpId: string; arrived: boolean; now?: Date }): void {
  const now = input.now ?? new Date()
  const updated = db
    .update(rsvps)
    .set({ checkedInAt: input.arrived ? now : null })
    .where(and(eq(rsvps.id, input.rsvpId), eq(rsvps.eventId, input.eventId)))
    .returning({ id: rsvps.id })
    .get()
  if (!updated) throw new DomainError('not_found', 404)
}

/**
 * "The event changed" / "the event is cancelled" to everyone who answered yes or maybe, or waits.
 * For the events area to call in the transaction that changes or cancels the event.
 */
export function notifyEventChanged(
  tx: Parameters<Parameters<typeof db.transaction>[0]>[0],
  input: { eventId: string; cancelled: boolean; reason?: string | null },
): number {
  const event = requireEvent(tx, input.eventId)
  const people = tx
    .select({ rsvp: rsvps, invitation: invitations })
    .from(rsvps)
    .innerJoin(invitations, eq(invitations.id, rsvps.invitationId))
    .where(and(eq(rsvps.eventId, event.id), inArray(rsvps.status, ['confirmed', 'maybe', 'waitlisted', 'offered'])))
    .all()
  for (const { rsvp, invitation } of people) {
    const facts = mailEvent(event, invitation.locale, rsvp.name)
    // confirmed people get the update as METHOD:REQUEST with the raised SEQUENCE (or CANCEL)
    const attachment =
      rsvp.status === 'confirmed'
        ? buildCalendarAttachment(tx, {
            eventId: event.id,
            attendee: { name: rsvp.name, email: rsvp.email },
            kind: input.cancelled ? 'cancel' : 'request',
            locale: facts.locale,
          })
        : null
    enqueueEmail(tx, {
      attachments: attachment ? [attachment] : [],
      template: 'rsvp-event-changed',
      to: rsvp.email,
      locale: facts.locale,
      props: { ...facts, cancelled: input.cancelled, reason: input.reason ?? null, manageUrl: answerUrl(issueAnswerLink(tx, invitation.id)) },
    })
  }
  return people.length
}
