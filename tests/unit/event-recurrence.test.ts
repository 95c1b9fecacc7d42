import { expect, test } from 'vitest'
import { countOccurrences, listOccurrences, MAX_OCCURRENCES } from '~/domain/events/recurrence'
import { berlinInstant } from '~/utils/time'

const everything = { from: new Date(0), to: new Date(8.64e15) }
const berlinTime = (d: Date) => new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', hour: '2-digit', minute: '2-digit' }).format(d)

test('a weekly 19:00 meeting stays at 19:00 Berlin time across the switch to summer time', () => {
  const event = {
    startsAt: berlinInstant('2026-03-17', '19:00'),
    endsAt: berlinInstant('2026-03-17', '21:00'),
    allDay: false,
    recurrence: { frequency: 'weekly' as const, count: 4, exceptionDates: [] },
  }
  const occurrences = listOccurrences(event, everything)
  expect(occurrences.map((o) => o.originalDate)).toEqual(['2026-03-17', '2026-03-24', '2026-03-31', '2026-04-07'])
  expect(occurrences.map((o) => berlinTime(o.start))).toEqual(['19:00', '19:00', '19:00', '19:00'])
  expect(occurrences.map((o) => berlinTime(o.end))).toEqual(['21:00', '21:00', '21:00', '21:00'])
  // UTC shifts by an hour: 18:00Z in winter, 17:00Z in summer.
  expect(occurrences[0]!.start.toISOString()).toBe('2026-03-17T18:00:00.000Z')
  expect(occurrences[2]!.start.toISOString()).toBe('2026-03-31T17:00:00.000Z')
})

test('every first Friday keeps its local time across the switch back to winter time', () => {
  const event = {
    startsAt: berlinInstant('2026-09-04', '18:30'),
    endsAt: berlinInstant('2026-09-04', '20:00'),
    allDay: false,
    recurrence: { frequency: 'monthly' as const, weekOfMonth: 1, until: '2026-12-31', exceptionDates: ['2026-11-06'] },
  }
  const occurrences = listOccurrences(event, everything)
  expect(occurrences.map((o) => o.originalDate)).toEqual(['2026-09-04', '2026-10-02', '2026-12-04'])
  expect(occurrences.map((o) => berlinTime(o.start))).toEqual(['18:30', '18:30', '18:30'])
  expect(occurrences[2]!.start.toISOString()).toBe('2026-12-04T17:30:00.000Z')
})

test('a cancelled and a moved occurrence keep their place in the series with their new status', () => {
  const event = {
    startsAt: berlinInstant('2027-01-05', '10:00'),
    endsAt: berlinInstant('2027-01-05', '11:00'),
    allDay: false,
    recurrence: { frequency: 'weekly' as const, count: 3, exceptionDates: [] },
    exceptions: [
      { originalDate: '2027-01-12', kind: 'cancelled' as const, startsAt: null, endsAt: null, reason: 'Krankheit' },
      { originalDate: '2027-01-19', kind: 'moved' as const, startsAt: berlinInstant('2027-01-20', '10:00'), endsAt: berlinInstant('2027-01-20', '11:00') },
    ],
  }
  const occurrences = listOccurrences(event, everything)
  expect(occurrences.map((o) => [o.originalDate, o.status])).toEqual([
    ['2027-01-05', 'scheduled'],
    ['2027-01-12', 'cancelled'],
    ['2027-01-19', 'moved'],
  ])
  expect(occurrences[2]!.start).toEqual(berlinInstant('2027-01-20', '10:00'))
})

test('a range picks only the occurrences that overlap it', () => {
  const event = {
    startsAt: berlinInstant('2027-01-05', '10:00'),
    endsAt: berlinInstant('2027-01-05', '11:00'),
    allDay: false,
    recurrence: { frequency: 'weekly' as const, count: 10, exceptionDates: [] },
  }
  const occurrences = listOccurrences(event, { from: berlinInstant('2027-01-10'), to: berlinInstant('2027-01-27') })
  expect(occurrences.map((o) => o.originalDate)).toEqual(['2027-01-12', '2027-01-19', '2027-01-26'])
})

test('a rule without an end counts as too many, and exception dates can leave none', () => {
  const base = { startsAt: berlinInstant('2027-01-05', '10:00'), endsAt: berlinInstant('2027-01-05', '11:00'), allDay: false }
  expect(countOccurrences({ ...base, recurrence: { frequency: 'weekly', exceptionDates: [] } })).toBe(MAX_OCCURRENCES + 1)
  expect(countOccurrences({ ...base, recurrence: { frequency: 'weekly', count: 500, exceptionDates: [] } })).toBe(500)
  expect(countOccurrences({ ...base, recurrence: { frequency: 'weekly', count: 1, exceptionDates: ['2027-01-05'] } })).toBe(0)
  expect(countOccurrences({ ...base, recurrence: { frequency: 'weekly', until: '2027-01-01', exceptionDates: [] } })).toBe(0)
})
