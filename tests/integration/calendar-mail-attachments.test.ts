import { eq } from 'drizzle-orm'
import { Resend } from 'resend'
import { afterAll, expect, test } from 'vitest'
import { events } from '../../db/schema'
import { buildCalendarAttachment } from '~/domain/calendar/attachments.server'
import { FakeResend } from '../support/fake-resend'
import { createEvent, createOrganisation, testDb } from '../support/factories'
import { linesOf, parseEvents } from '../support/ics'

const resend = new FakeResend()
afterAll(() => resend.stop())

const attendee = { name: 'Ayşe Yılmaz', email: 'ayse@example.org' }
const decode = (content: string) => Buffer.from(content, 'base64').toString('utf8')

function anEvent() {
  const organisation = createOrganisation({ name: 'Rat der Religionen', contactEmail: 'kontakt@rat.example' })
  return createEvent({ organisationId: organisation.id, title: 'Friedensgebet, gemeinsam; offen', changeCount: 1 })
}

test('a confirmed yes gets a REQUEST attachment whose MIME method matches METHOD, with the feed UID and SEQUENCE', () => {
  const event = anEvent()
  const attachment = buildCalendarAttachment(testDb(), { eventId: event.id, attendee, kind: 'request', locale: 'de' })!
  expect(attachment.contentType).toBe('text/calendar; charset=utf-8; method=REQUEST')
  expect(attachment.filename).toBe('invite.ics')
  const ics = decode(attachment.content)
  expect(linesOf(ics, 'METHOD')).toEqual(['METHOD:REQUEST'])
  expect(linesOf(ics, 'SEQUENCE')).toEqual(['SEQUENCE:1'])
  expect(linesOf(ics, 'UID')).toEqual([`UID:event-${event.id}@localhost`])
  expect(linesOf(ics, 'ORGANIZER')).toEqual(['ORGANIZER;CN="Rat der Religionen":mailto:kontakt@rat.example'])
  const [parsed] = parseEvents(ics)
  expect(parsed!.summary).toBe('Friedensgebet, gemeinsam; offen')
  expect(parsed!.event.attendees[0]!.getParameter('partstat')).toBe('ACCEPTED')
})

test('after a change the update carries a higher SEQUENCE, and a cancellation is METHOD:CANCEL with STATUS:CANCELLED', () => {
  const event = anEvent()
  const db = testDb()
  const first = decode(buildCalendarAttachment(db, { eventId: event.id, attendee, kind: 'request', locale: 'de' })!.content)
  db.update(events).set({ startsAt: new Date(event.startsAt.getTime() + 3600_000), changeCount: 2 }).where(eq(events.id, event.id)).run()
  const update = decode(buildCalendarAttachment(db, { eventId: event.id, attendee, kind: 'request', locale: 'de' })!.content)
  expect(linesOf(first, 'SEQUENCE')).toEqual(['SEQUENCE:1'])
  expect(linesOf(update, 'SEQUENCE')).toEqual(['SEQUENCE:2'])
  expect(linesOf(update, 'UID')).toEqual(linesOf(first, 'UID'))
  db.update(events).set({ status: 'cancelled', changeCount: 3 }).where(eq(events.id, event.id)).run()
  const cancel = buildCalendarAttachment(db, { eventId: event.id, attendee, kind: 'cancel', locale: 'de' })!
  expect(cancel.contentType).toBe('text/calendar; charset=utf-8; method=CANCEL')
  const ics = decode(cancel.content)
  expect(linesOf(ics, 'METHOD')).toEqual(['METHOD:CANCEL'])
  expect(linesOf(ics, 'SEQUENCE')).toEqual(['SEQUENCE:3'])
  expect(parseEvents(ics)[0]!.status).toBe('CANCELLED')
})

test('an invitation before any answer gets a PUBLISH file, never a REQUEST', () => {
  const event = anEvent()
  const attachment = buildCalendarAttachment(testDb(), { eventId: event.id, attendee, kind: 'publish', locale: 'en' })!
  expect(attachment.contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH')
  const ics = decode(attachment.content)
  expect(linesOf(ics, 'METHOD')).toEqual(['METHOD:PUBLISH'])
  expect(linesOf(ics, 'ATTENDEE')).toEqual([])
  expect(buildCalendarAttachment(testDb(), { eventId: 'no-such-event', attendee, kind: 'publish', locale: 'de' })).toBeNull()
})

test('the attachment reaches Resend with its content type and the calendar intact', async () => {
  const event = anEvent()
  const attachment = buildCalendarAttachment(testDb(), { eventId: event.id, attendee, kind: 'request', locale: 'de' })!
  const client = new Resend('re_test_key', { baseUrl: await resend.start() })
  const { error } = await client.emails.send({
    from: 'Dialognetz <dialognetz@example.org>',
    to: attendee.email,
    subject: 'Zusage',
    text: 'Bis bald',
    attachments: [attachment],
  })
  expect(error).toBeNull()
  const sent = resend.requests.at(-1)!
  expect(sent.path).toBe('/emails')
  const [received] = sent.body.attachments
  expect(received.content_type).toBe('text/calendar; charset=utf-8; method=REQUEST')
  expect(received.filename).toBe('invite.ics')
  expect(linesOf(decode(received.content), 'METHOD')).toEqual(['METHOD:REQUEST'])
})
