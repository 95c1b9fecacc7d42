import { eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { events, rsvps } from '../../db/schema'
import { expireOffers, updateRsvpSettings } from '~/domain/rsvps/mutations.server'
import { respondToEvent } from '~/domain/rsvps/respond.server'
import { createEvent, createOrganisation, listOutboxFor, testDb } from '../support/factories'
import { answerYes, invite, statusOf } from '../support/rsvps'

function eventWith(capacity: number | null, extra: Partial<typeof events.$inferInsert> = {}) {
  return createEvent({ organisationId: createOrganisation().id, capacity, ...extra })
}

function seatsTaken(eventId: string) {
  return testDb()
    .select()
    .from(rsvps)
    .where(eq(rsvps.eventId, eventId))
    .all()
    .filter((r) => r.status === 'confirmed' || r.status === 'offered')
    .reduce((sum, r) => sum + r.partySize, 0)
}

test('every person of a party counts against capacity and a party that does not fit joins the waitlist', () => {
  const event = eventWith(5)
  expect(answerYes(event.id, 3).status).toBe('confirmed')
  expect(answerYes(event.id, 3).status).toBe('waitlisted')
  expect(answerYes(event.id, 2).status).toBe('confirmed')
  expect(seatsTaken(event.id)).toBe(5)
})

test('a decline frees seats and the first waitlisted party that fits is confirmed and told by mail', () => {
  const event = eventWith(4)
  const first = answerYes(event.id, 4)
  const waiting = answerYes(event.id, 2)
  const later = answerYes(event.id, 2)
  expect([waiting.status, later.status]).toEqual(['waitlisted', 'waitlisted'])
  respondToEvent({ invitationId: first.invitation.id, answer: 'no', partySize: 4, needs: null })
  expect(statusOf(first.rsvpId)).toBe('declined')
  expect(statusOf(waiting.rsvpId)).toBe('confirmed')
  expect(statusOf(later.rsvpId)).toBe('confirmed')
  expect(listOutboxFor(waiting.invitation.email).map((m) => m.template)).toEqual(['rsvp-waitlisted', 'rsvp-promoted'])
})

test('a party larger than the freed seats is skipped and keeps its place at the head of the waitlist', () => {
  const event = eventWith(4)
  const a = answerYes(event.id, 2)
  answerYes(event.id, 2)
  const large = answerYes(event.id, 3)
  const small = answerYes(event.id, 2)
  respondToEvent({ invitationId: a.invitation.id, answer: 'no', partySize: 2, needs: null })
  expect(statusOf(large.rsvpId)).toBe('waitlisted')
  expect(statusOf(small.rsvpId)).toBe('confirmed')
  const row = testDb().select().from(rsvps).where(eq(rsvps.id, large.rsvpId)).get()!
  const smallRow = testDb().select().from(rsvps).where(eq(rsvps.id, small.rsvpId)).get()!
  expect(row.waitlistedAt!.getTime()).toBeLessThanOrEqual(smallRow.createdAt.getTime())
  expect(listOutboxFor(large.invitation.email).map((m) => m.template)).toEqual(['rsvp-waitlisted'])
})

test('lowering the party size frees seats for the waitlist; raising it beyond the free seats is refused and keeps the seats', () => {
  const event = eventWith(5)
  const family = answerYes(event.id, 5)
  const couple = answerYes(event.id, 2)
  respondToEvent({ invitationId: family.invitation.id, answer: 'yes', partySize: 3, needs: null })
  expect(statusOf(family.rsvpId)).toBe('confirmed')
  expect(statusOf(couple.rsvpId)).toBe('confirmed')
  expect(() => respondToEvent({ invitationId: family.invitation.id, answer: 'yes', partySize: 4, needs: null })).toThrow('rsvps.not_enough_seats')
  expect(testDb().select().from(rsvps).where(eq(rsvps.id, family.rsvpId)).get()!.partySize).toBe(3)
  expect(seatsTaken(event.id)).toBe(5)
})

test('raising the capacity promotes waitlisted parties in order of arrival', () => {
  const event = eventWith(2)
  answerYes(event.id, 2)
  const first = answerYes(event.id, 2)
  const second = answerYes(event.id, 1)
  const third = answerYes(event.id, 2)
  updateRsvpSettings({ eventId: event.id, capacity: 5, maxPartySize: 10, waitlistMode: 'auto', offerHours: 24, reminderDaysBefore: 2 })
  expect(statusOf(first.rsvpId)).toBe('confirmed')
  expect(statusOf(second.rsvpId)).toBe('confirmed')
  expect(statusOf(third.rsvpId)).toBe('waitlisted')
})

test('with "offer with a deadline" the seats are offered for N hours, then the offer passes on to the next party', () => {
  const now = new Date()
  const event = eventWith(2, { waitlistMode: 'offer', offerHours: 12 })
  const holder = answerYes(event.id, 2, now)
  const first = answerYes(event.id, 2, now)
  const second = answerYes(event.id, 1, now)
  respondToEvent({ invitationId: holder.invitation.id, answer: 'no', partySize: 2, needs: null, now })
  expect(statusOf(first.rsvpId)).toBe('offered')
  expect(statusOf(second.rsvpId)).toBe('waitlisted')
  expect(listOutboxFor(first.invitation.email).at(-1)!.template).toBe('rsvp-offered')

  expect(expireOffers({ now: new Date(now.getTime() + 11 * 3_600_000) })).toEqual({ expired: 0, promoted: 0 })
  expect(expireOffers({ now: new Date(now.getTime() + 13 * 3_600_000) })).toEqual({ expired: 1, promoted: 1 })
  expect(statusOf(first.rsvpId)).toBe('declined')
  expect(statusOf(second.rsvpId)).toBe('offered')

  respondToEvent({ invitationId: second.invitation.id, answer: 'yes', partySize: 1, needs: null, now: new Date(now.getTime() + 14 * 3_600_000) })
  expect(statusOf(second.rsvpId)).toBe('confirmed')
})

test('after the RSVP deadline only "no" is possible, and it still frees the seats', () => {
  const event = eventWith(2, { rsvpDeadline: new Date(Date.now() + 60_000) })
  const early = answerYes(event.id, 2)
  const late = invite(event.id)
  const afterDeadline = new Date(Date.now() + 120_000)
  expect(() => respondToEvent({ invitationId: late.invitation.id, answer: 'yes', partySize: 1, needs: null, now: afterDeadline })).toThrow(
    'rsvps.deadline_passed',
  )
  respondToEvent({ invitationId: early.invitation.id, answer: 'no', partySize: 2, needs: null, now: afterDeadline })
  expect(statusOf(early.rsvpId)).toBe('declined')
})

test('answers to a cancelled or finished event are refused, and nothing is written', () => {
  const cancelled = eventWith(10, { status: 'cancelled' })
  const { invitation } = invite(cancelled.id)
  expect(() => respondToEvent({ invitationId: invitation.id, answer: 'yes', partySize: 1, needs: null })).toThrow('rsvps.event_cancelled')
  const past = eventWith(10, { startsAt: new Date(Date.now() - 5 * 3_600_000) })
  const pastInvite = invite(past.id)
  expect(() => respondToEvent({ invitationId: pastInvite.invitation.id, answer: 'yes', partySize: 1, needs: null })).toThrow('rsvps.link_expired')
  expect(testDb().select().from(rsvps).where(eq(rsvps.eventId, cancelled.id)).all()).toEqual([])
})

test('a party above the organiser\'s maximum is refused', () => {
  const event = eventWith(50, { maxPartySize: 4 })
  const { invitation } = invite(event.id)
  expect(() => respondToEvent({ invitationId: invitation.id, answer: 'yes', partySize: 5, needs: null })).toThrow('rsvps.validation.party_size_max')
  expect(respondToEvent({ invitationId: invitation.id, answer: 'yes', partySize: 4, needs: null }).status).toBe('confirmed')
})
