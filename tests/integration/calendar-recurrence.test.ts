import ICAL from 'ical.js'
import { expect, test } from 'vitest'
import { eventOccurrenceExceptions } from '../../db/schema'
import { eventCalendarFile } from '~/domain/calendar/feeds.server'
import { listOccurrences } from '~/domain/events/recurrence'
import { berlinInstant } from '~/utils/time'
import { createEvent, createOrganisation, testDb } from '../support/factories'
import { expectConformingIcs, linesOf } from '../support/ics'

test('a weekly series across the daylight-saving switch, with a cancelled and a moved date, expands in a calendar program exactly as on our pages', () => {
  const organisation = createOrganisation()
  const recurrence = { frequency: 'weekly' as const, count: 6, exceptionDates: ['2027-03-25'] }
  const event = createEvent({
    organisationId: organisation.id,
    title: 'Gesprächskreis; Frauen, Kinder & Familien',
    startsAt: berlinInstant('2027-03-18', '19:00'),
    endsAt: berlinInstant('2027-03-18', '21:00'),
    recurrence,
  })
  testDb()
    .insert(eventOccurrenceExceptions)
    .values([
      { eventId: event.id, originalDate: '2027-04-08', kind: 'cancelled', reason: 'Ostern' },
      { eventId: event.id, originalDate: '2027-04-15', kind: 'moved', startsAt: berlinInstant('2027-04-16', '18:00'), endsAt: berlinInstant('2027-04-16', '20:00') },
    ])
    .run()

  const file = eventCalendarFile(null, event.id, 'de')
  expect(file).not.toBeNull()
  const text = file!.ics
  expect(linesOf(text, 'RRULE')).toContain('RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=6') // the others belong to the VTIMEZONE

  const calendar = expectConformingIcs(text)
  const [master, ...overrides] = calendar.getAllSubcomponents('vevent').sort((a) => (a.hasProperty('recurrence-id') ? 1 : -1))
  const series = new ICAL.Event(master!, { strictExceptions: true, exceptions: overrides })
  const iterator = series.iterator()
  const calendarStarts: string[] = []
  for (let next = iterator.next(); next; next = iterator.next()) {
    calendarStarts.push(series.getOccurrenceDetails(next).startDate.toJSDate().toISOString())
  }

  const ours = listOccurrences(
    {
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      allDay: false,
      recurrence,
      exceptions: [
        { originalDate: '2027-04-08', kind: 'cancelled', startsAt: null, endsAt: null },
        { originalDate: '2027-04-15', kind: 'moved', startsAt: berlinInstant('2027-04-16', '18:00'), endsAt: berlinInstant('2027-04-16', '20:00') },
      ],
    },
    { from: new Date('2027-01-01'), to: new Date('2028-01-01') },
  )
    .filter((occurrence) => occurrence.status !== 'cancelled')
    .map((occurrence) => occurrence.start.toISOString())

  // 19:00 in Berlin is 18:00 UTC before 28 March 2027 and 17:00 UTC after it.
  expect(calendarStarts).toEqual([
    '2027-03-18T18:00:00.000Z',
    '2027-04-01T17:00:00.000Z',
    '2027-04-16T16:00:00.000Z',
    '2027-04-22T17:00:00.000Z',
  ])
  expect(calendarStarts).toEqual(ours)
})
