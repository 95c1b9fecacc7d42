import { expect, test } from 'vitest'
import {
  buildAllDayFeed,
  buildEventFile,
  buildFeed,
  buildItipCancel,
  buildItipRequest,
  calendarAttachment,
  calendarContentType,
  type IcsEvent,
} from '~/domain/calendar/build-ics.server'
import { berlinInstant } from '~/utils/time'
import { icsProblems, linesOf, occurrencesUtc, parseEvents, unfold } from '../support/ics'

const origin = 'https://dialognetz.example'
const now = Date.UTC(2026, 10, 26, 9, 0, 0)

function anEvent(overrides: Partial<IcsEvent> = {}): IcsEvent {
  return {
    id: 'ev1',
    title: 'Interreligiöses Friedensgebet',
    description: 'Gebete aus vier Traditionen.',
    startsAt: berlinInstant('2026-12-03', '18:30'),
    endsAt: berlinInstant('2026-12-03', '20:00'),
    allDay: false,
    status: 'confirmed',
    sequence: 0,
    updatedAt: Date.UTC(2026, 10, 1, 12, 0, 0),
    venueName: 'Marienkirche',
    venueAddress: 'Markt 1, 49074 Osnabrück',
    organizer: { name: 'Rat der Religionen Osnabrück', email: 'kontakt@rat-der-religionen.example' },
    categories: ['Interreligiöses Gebet', 'interreligiös'],
    ...overrides,
  }
}

test('a feed names itself, refreshes hourly, carries no METHOD and writes a stable UID, SEQUENCE and a UTC DTSTAMP', () => {
  const ics = buildFeed({ name: 'Dialognetz – öffentliche Veranstaltungen', events: [anEvent({ sequence: 4 })], origin })
  expect(icsProblems(ics)).toEqual([])
  const lines = unfold(ics)
  expect(lines).toContain('NAME:Dialognetz – öffentliche Veranstaltungen')
  expect(lines).toContain('X-WR-CALNAME:Dialognetz – öffentliche Veranstaltungen')
  expect(lines).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H')
  expect(lines).toContain('X-PUBLISHED-TTL:PT1H')
  expect(lines).toContain('X-WR-TIMEZONE:Europe/Berlin')
  expect(linesOf(ics, 'METHOD')).toEqual([])
  expect(lines).toContain('UID:event-ev1@dialognetz.example')
  expect(lines).toContain('SEQUENCE:4')
  expect(lines).toContain('DTSTAMP:20261101T120000Z')
  expect(lines).toContain('URL;VALUE=URI:https://dialognetz.example/events/ev1')
  expect(lines).toContain('STATUS:CONFIRMED')
  expect(lines).toContain('CATEGORIES:Interreligiöses Gebet,interreligiös')
  expect(lines).toContain('ORGANIZER;CN="Rat der Religionen Osnabrück":mailto:kontakt@rat-der-religionen.example')
})

test('timed events are written in Berlin wall-clock time with TZID and a VTIMEZONE, and parse back to the right instants', () => {
  const winter = anEvent({ id: 'winter' })
  const summer = anEvent({ id: 'summer', startsAt: berlinInstant('2026-07-02', '18:30'), endsAt: berlinInstant('2026-07-02', '20:00') })
  const ics = buildFeed({ name: 'Test', events: [winter, summer], origin })
  expect(linesOf(ics, 'DTSTART').filter((l) => l.includes('TZID'))).toEqual(['DTSTART;TZID=Europe/Berlin:20261203T183000', 'DTSTART;TZID=Europe/Berlin:20260702T183000'])
  expect(linesOf(ics, 'DTEND')).toEqual(['DTEND;TZID=Europe/Berlin:20261203T200000', 'DTEND;TZID=Europe/Berlin:20260702T200000'])
  expect(unfold(ics).filter((l) => l === 'BEGIN:VTIMEZONE')).toHaveLength(1)
  const parsed = parseEvents(ics)
  expect(parsed.map((e) => [e.startUtc, e.endUtc])).toEqual([
    ['2026-12-03T17:30:00.000Z', '2026-12-03T19:00:00.000Z'],
    ['2026-07-02T16:30:00.000Z', '2026-07-02T18:00:00.000Z'],
  ])
})

test('summaries, descriptions and places with umlauts, commas, semicolons, backslashes and line breaks are escaped and read back unchanged', () => {
  const title = 'Dialog; Begegnung, Essen – Grüße aus Bad Iburg \\ Glandorf'
  const description = 'Erste Zeile\nZweite Zeile; mit Komma, und Backslash \\ am Ende'
  const ics = buildFeed({ name: 'A, B; C', events: [anEvent({ title, description, venueName: 'Café Ölmühle, Hof' })], origin })
  expect(icsProblems(ics)).toEqual([])
  expect(linesOf(ics, 'SUMMARY')).toEqual(['SUMMARY:Dialog\\; Begegnung\\, Essen – Grüße aus Bad Iburg \\\\ Glandorf'])
  expect(unfold(ics)).toContain('NAME:A\\, B\\; C')
  const [event] = parseEvents(ics)
  expect(event!.summary).toBe(title)
  expect(event!.description).toBe(description)
  expect(event!.location).toBe('Café Ölmühle, Hof, Markt 1, 49074 Osnabrück')
})

test('long lines with multi-byte characters are folded at 75 octets without splitting a character', () => {
  const title = 'Ä'.repeat(40) + ' 🕌🕍⛪ ' + 'ü'.repeat(60)
  const ics = buildFeed({ name: 'Test', events: [anEvent({ title, description: 'ß'.repeat(300) })], origin })
  expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true)
  expect(icsProblems(ics)).toEqual([])
  expect(parseEvents(ics)[0]!.summary).toBe(title)
})

test('all-day events are VALUE=DATE with the exclusive end date', () => {
  const ics = buildFeed({
    name: 'Test',
    events: [anEvent({ allDay: true, startsAt: berlinInstant('2026-03-28'), endsAt: berlinInstant('2026-03-30') })],
    origin,
  })
  expect(linesOf(ics, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20260328'])
  expect(linesOf(ics, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20260330'])
  const [event] = parseEvents(ics)
  expect(event!.allDay).toBe(true)
  expect([event!.startUtc, event!.endUtc]).toEqual(['2026-03-28', '2026-03-30'])
})

test('pending events are TENTATIVE and cancelled ones CANCELLED', () => {
  const ics = buildFeed({
    name: 'Test',
    events: [anEvent({ id: 'a', status: 'tentative' }), anEvent({ id: 'b', status: 'cancelled', sequence: 2 })],
    origin,
  })
  expect(parseEvents(ics).map((e) => [e.uid, e.status, e.sequence])).toEqual([
    ['event-a@dialognetz.example', 'TENTATIVE', 0],
    ['event-b@dialognetz.example', 'CANCELLED', 2],
  ])
})

test('a weekly event across the daylight-saving switch keeps its Berlin time, skips its EXDATE and moves its override', () => {
  const event = anEvent({
    startsAt: berlinInstant('2026-03-19', '18:30'),
    endsAt: berlinInstant('2026-03-19', '20:00'),
    recurrence: {
      rrule: 'FREQ=WEEKLY;COUNT=5',
      exdates: [berlinInstant('2026-04-02', '18:30')],
      overrides: [
        {
          recurrenceId: berlinInstant('2026-04-09', '18:30'),
          startsAt: berlinInstant('2026-04-09', '19:00'),
          endsAt: berlinInstant('2026-04-09', '21:00'),
          venueName: 'Gemeindehaus',
        },
      ],
    },
  })
  const ics = buildEventFile({ event, origin })
  expect(linesOf(ics, 'RRULE').filter((l) => !l.includes('BYMONTH'))).toEqual(['RRULE:FREQ=WEEKLY;COUNT=5'])
  expect(linesOf(ics, 'EXDATE')).toEqual(['EXDATE;TZID=Europe/Berlin:20260402T183000'])
  expect(linesOf(ics, 'RECURRENCE-ID')).toEqual(['RECURRENCE-ID;TZID=Europe/Berlin:20260409T183000'])
  const [master, moved] = parseEvents(ics)
  expect(master!.uid).toBe(moved!.uid)
  // 18:30 in Berlin is 17:30 UTC in winter time and 16:30 UTC from 29 March on; 2 April is excluded.
  expect(occurrencesUtc(master!.event, 5)).toEqual([
    '2026-03-19T17:30:00.000Z',
    '2026-03-26T17:30:00.000Z',
    '2026-04-09T16:30:00.000Z',
    '2026-04-16T16:30:00.000Z',
  ])
  const exdates = master!.component.getAllProperties('exdate').map((p) => (p.getFirstValue() as { toJSDate(): Date }).toJSDate().toISOString())
  expect(exdates).toEqual(['2026-04-02T16:30:00.000Z'])
  expect(moved!.recurrenceId).toBe('2026-04-09T16:30:00.000Z')
  expect(moved!.startUtc).toBe('2026-04-09T17:00:00.000Z')
  expect(moved!.location).toContain('Gemeindehaus')
})

test('an RRULE that is not a rule value is refused rather than written', () => {
  expect(() => buildEventFile({ event: anEvent({ recurrence: { rrule: 'FREQ=WEEKLY\r\nX-EVIL:1' } }), origin })).toThrow(RangeError)
})

test('the single-event file and the invitation attachment are METHOD:PUBLISH, never REQUEST', () => {
  const ics = buildEventFile({ event: anEvent(), origin })
  expect(icsProblems(ics)).toEqual([])
  expect(linesOf(ics, 'METHOD')).toEqual(['METHOD:PUBLISH'])
  expect(calendarAttachment(ics).contentType).toBe('text/calendar; charset=utf-8; method=PUBLISH')
})

test('a confirmed yes carries an iTIP REQUEST with the organiser, the accepted attendee and the feed UID and SEQUENCE', () => {
  const event = anEvent({ sequence: 3 })
  const ics = buildItipRequest({
    event,
    attendee: { name: 'Ayşe Yılmaz', email: 'ayse@example.org' },
    organizer: { name: 'Rat der Religionen', email: 'kontakt@rat-der-religionen.example' },
    now,
    origin,
  })
  expect(icsProblems(ics)).toEqual([])
  const lines = unfold(ics)
  expect(linesOf(ics, 'METHOD')).toEqual(['METHOD:REQUEST'])
  expect(lines).toContain('UID:event-ev1@dialognetz.example')
  expect(lines).toContain('SEQUENCE:3')
  expect(lines).toContain('DTSTAMP:20261126T090000Z')
  expect(lines).toContain('ORGANIZER;CN="Rat der Religionen":mailto:kontakt@rat-der-religionen.example')
  expect(lines.find((l) => l.startsWith('ATTENDEE'))).toMatch(/PARTSTAT=ACCEPTED.*:MAILTO:ayse@example\.org$/)
  const [parsed] = parseEvents(ics)
  expect(parsed!.event.attendees[0]!.getParameter('partstat')).toBe('ACCEPTED')
  expect(calendarAttachment(ics).contentType).toBe('text/calendar; charset=utf-8; method=REQUEST')
  const feed = buildFeed({ name: 'Feed', events: [event], origin })
  expect(linesOf(feed, 'UID')).toEqual(linesOf(ics, 'UID'))
  expect(linesOf(feed, 'SEQUENCE')).toEqual(linesOf(ics, 'SEQUENCE'))
})

test('an update after a change of time raises SEQUENCE; a cancellation is METHOD:CANCEL with STATUS:CANCELLED', () => {
  const people = { attendee: { name: 'Anna', email: 'anna@example.org' }, organizer: { name: 'Org', email: 'org@example.org' }, now, origin }
  const before = buildItipRequest({ event: anEvent({ sequence: 1 }), ...people })
  const after = buildItipRequest({ event: anEvent({ sequence: 2, startsAt: berlinInstant('2026-12-03', '19:00') }), ...people })
  expect(linesOf(before, 'SEQUENCE')).toEqual(['SEQUENCE:1'])
  expect(linesOf(after, 'SEQUENCE')).toEqual(['SEQUENCE:2'])
  const cancel = buildItipCancel({ event: anEvent({ sequence: 3, status: 'cancelled' }), ...people })
  expect(icsProblems(cancel)).toEqual([])
  expect(linesOf(cancel, 'METHOD')).toEqual(['METHOD:CANCEL'])
  expect(linesOf(cancel, 'STATUS')).toEqual(['STATUS:CANCELLED'])
  expect(linesOf(cancel, 'SEQUENCE')).toEqual(['SEQUENCE:3'])
  expect(linesOf(cancel, 'UID')).toEqual(linesOf(before, 'UID'))
  expect(calendarAttachment(cancel).contentType).toBe('text/calendar; charset=utf-8; method=CANCEL')
  expect(parseEvents(cancel)[0]!.status).toBe('CANCELLED')
})

test('the content type of a calendar attachment names the method in capitals', () => {
  expect(calendarContentType('REQUEST')).toBe('text/calendar; charset=utf-8; method=REQUEST')
  expect(calendarContentType()).toBe('text/calendar; charset=utf-8')
})

test('all-day feed entries end on the day after their last day', () => {
  const ics = buildAllDayFeed({
    name: 'Interkultureller Kalender',
    stamp: Date.UTC(2026, 0, 1),
    items: [{ uid: 'obs-1@x', title: 'Ramadan', start: '2026-02-18', end: '2026-03-19' }],
  })
  expect(linesOf(ics, 'DTSTART')).toEqual(['DTSTART;VALUE=DATE:20260218'])
  expect(linesOf(ics, 'DTEND')).toEqual(['DTEND;VALUE=DATE:20260320'])
  const [entry] = parseEvents(ics)
  expect([entry!.startUtc, entry!.endUtc]).toEqual(['2026-02-18', '2026-03-20'])
})

test('the conformance check finds broken files', () => {
  const good = buildFeed({ name: 'Test', events: [anEvent()], origin })
  expect(icsProblems(good.replaceAll('\r\n', '\n'))).toContain('line endings must be CRLF only')
  expect(icsProblems(good.replace('DTSTAMP:20261101T120000Z', 'DTSTAMP:20261101T120000'))).toEqual([
    'DTSTAMP not in UTC with Z: DTSTAMP:20261101T120000',
  ])
  expect(icsProblems(good.replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\r\n/, ''))).toEqual(['TZID=Europe/Berlin without its VTIMEZONE'])
  expect(icsProblems(good.replace('SUMMARY:Interreligiöses', 'SUMMARY:Inter,religiöses'))[0]).toMatch(/unescaped/)
  const long = good.replace('SUMMARY:Interreligiöses Friedensgebet', `SUMMARY:${'x'.repeat(80)}`)
  expect(icsProblems(long)[0]).toMatch(/more than 75/)
  const bytes = Buffer.from(good.replace('SUMMARY:Interreligiöses', 'SUMMARY:Interreligi\r\n öses'))
  // Move the fold into the middle of ö (0xC3 0xB6).
  const at = bytes.indexOf(Buffer.from('\r\n \xc3'.replace('\xc3', ''), 'latin1'))
  const split = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xc3]), Buffer.from('\r\n '), bytes.subarray(at + 4)])
  expect(icsProblems(split).some((p) => p.includes('not valid UTF-8'))).toBe(true)
  const twice = good.replace('END:VCALENDAR', good.slice(good.indexOf('BEGIN:VEVENT'), good.indexOf('END:VCALENDAR')) + 'END:VCALENDAR')
  expect(icsProblems(twice).some((p) => p.startsWith('UID used 2 times'))).toBe(true)
  expect(icsProblems(good.replace(/UID:.*\r\n/, ''))).toContain('VEVENT without UID')
})
