import { and, eq } from 'drizzle-orm'
import { expect, test } from 'vitest'
import { outbox } from '../../db/schema'
import { cancelEvent, updateEvent, type EventColumns } from '~/domain/events/mutations.server'
import { inviteToEvent } from '~/domain/invitations/mutations.server'
import { respondAsMember } from '~/domain/rsvps/respond.server'
import { createEvent, createOrganisation, createUser, testDb } from '../support/factories'
import { berlinInstant } from '~/utils/time'
import { linesOf, parseEvents } from '../support/ics'

function calendarOf(email: string, template: string) {
  const rows = testDb()
    .select()
    .from(outbox)
    .where(and(eq(outbox.toEmail, email), eq(outbox.template, template)))
    .all()
  const row = rows[rows.length - 1]
  expect(row, `${template} to ${email}`).toBeTruthy()
  const [attachment] = row!.attachments ?? []
  if (!attachment) return null
  const ics = Buffer.from(attachment.content, 'base64').toString('utf8')
  return { contentType: attachment.contentType, ics, method: linesOf(ics, 'METHOD')[0], sequence: linesOf(ics, 'SEQUENCE')[0] }
}

test('a confirmed yes carries an iTIP REQUEST; a change of time sends an update with a raised SEQUENCE; a cancellation sends CANCEL', async () => {
  const organisation = createOrganisation()
  const office = await createUser({ role: 'admin' })
  const guest = await createUser({ email: 'gast@example.org', name: 'Selin Kaya' })
  const waiting = await createUser({ email: 'wartet@example.org', name: 'Tom Weber' })
  const event = createEvent({
    organisationId: organisation.id,
    capacity: 1,
    title: 'Iftar im Gemeindehaus',
    venueName: 'Gemeindehaus',
    startsAt: berlinInstant('2027-03-04', '18:00'),
    endsAt: berlinInstant('2027-03-04', '21:00'),
  })

  respondAsMember({ eventId: event.id, user: { ...guest, locale: 'de' }, answer: 'yes', partySize: 1, needs: null })
  const confirmed = calendarOf(guest.email, 'rsvp-received')!
  expect(confirmed.method).toBe('METHOD:REQUEST')
  expect(confirmed.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST')
  expect(confirmed.sequence).toBe('SEQUENCE:0')
  expect(parseEvents(confirmed.ics)[0]!.component.getFirstProperty('attendee')!.getParameter('partstat')).toBe('ACCEPTED')

  respondAsMember({ eventId: event.id, user: { ...waiting, locale: 'de' }, answer: 'yes', partySize: 1, needs: null })
  expect(calendarOf(waiting.email, 'rsvp-waitlisted')).toBeNull() // no seat, no calendar entry

  const later = new Date(event.startsAt.getTime() + 60 * 60_000)
  const columns = { ...event, startsAt: later, endsAt: new Date(later.getTime() + 2 * 60 * 60_000) } as unknown as EventColumns
  updateEvent({ actor: { userId: office.id, role: 'admin' }, eventId: event.id, columns, intent: 'submit' })
  const update = calendarOf(guest.email, 'rsvp-event-changed')!
  expect(update.method).toBe('METHOD:REQUEST')
  expect(update.sequence).toBe('SEQUENCE:1')
  expect(parseEvents(update.ics)[0]!.startUtc).toBe(later.toISOString())

  cancelEvent({ actorId: office.id, eventId: event.id, reason: 'Krankheit' })
  const cancelled = calendarOf(guest.email, 'event-cancelled')!
  expect(cancelled.method).toBe('METHOD:CANCEL')
  expect(cancelled.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL')
  expect(linesOf(cancelled.ics, 'STATUS')).toContain('STATUS:CANCELLED')
  expect(calendarOf(waiting.email, 'event-cancelled')).toBeNull()
})

test('withdrawing a confirmed yes sends a CANCEL for the person\'s copy, and an invitation carries only a PUBLISH file', async () => {
  const organisation = createOrganisation()
  const office = await createUser({ role: 'admin' })
  const person = await createUser({ email: 'absage@example.org' })
  const event = createEvent({ organisationId: organisation.id, venueName: 'Saal' })
  respondAsMember({ eventId: event.id, user: { ...person, locale: 'de' }, answer: 'yes', partySize: 1, needs: null })
  respondAsMember({ eventId: event.id, user: { ...person, locale: 'de' }, answer: 'no', partySize: 1, needs: null })
  const withdrawn = calendarOf(person.email, 'rsvp-received')!
  expect(withdrawn.method).toBe('METHOD:CANCEL')

  inviteToEvent({ invitedById: office.id, eventId: event.id, emails: ['eingeladen@example.org'] })
  const invitation = calendarOf('eingeladen@example.org', 'rsvp-invitation')!
  expect(invitation.method).toBe('METHOD:PUBLISH')
  expect(invitation.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH')
})

test('raising the capacity of a published event gives the waiting party its seat with a calendar invitation', async () => {
  const organisation = createOrganisation()
  const office = await createUser({ role: 'admin' })
  const first = await createUser({ email: 'erste@example.org' })
  const second = await createUser({ email: 'zweite@example.org' })
  const event = createEvent({ organisationId: organisation.id, capacity: 1, venueName: 'Saal' })
  respondAsMember({ eventId: event.id, user: { ...first, locale: 'de' }, answer: 'yes', partySize: 1, needs: null })
  respondAsMember({ eventId: event.id, user: { ...second, locale: 'en' }, answer: 'yes', partySize: 1, needs: null })
  updateEvent({ actor: { userId: office.id, role: 'admin' }, eventId: event.id, columns: { ...event, capacity: 2 } as unknown as EventColumns, intent: 'submit' })
  const promoted = calendarOf(second.email, 'rsvp-promoted')!
  expect(promoted.method).toBe('METHOD:REQUEST')
})
