import ICAL from 'ical.js'
import { expect } from 'vitest'
import { icsProblems } from './ics-conformance'

export { icsProblems, linesOf, unfold } from './ics-conformance'

/** Asserts conformance and returns the parsed calendar (ical.js, Thunderbird's parser) with its time zones registered. */
export function expectConformingIcs(input: string | Uint8Array) {
  expect(icsProblems(input)).toEqual([])
  const ics = typeof input === 'string' ? input : Buffer.from(input).toString('utf8')
  const calendar = new ICAL.Component(ICAL.parse(ics))
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone))
  }
  return calendar
}

export type ParsedEvent = {
  uid: string
  summary: string
  description: string
  location: string
  status: string
  sequence: number
  startUtc: string
  endUtc: string
  allDay: boolean
  recurrenceId: string | null
  component: ICAL.Component
  event: ICAL.Event
}

/** The VEVENTs of a conforming file, with their instants in UTC (ISO) and all-day dates as YYYY-MM-DD. */
export function parseEvents(input: string | Uint8Array): ParsedEvent[] {
  const calendar = expectConformingIcs(input)
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const allDay = event.startDate.isDate
    const instant = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toJSDate().toISOString())
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description ?? '',
      location: event.location ?? '',
      status: String(component.getFirstPropertyValue('status') ?? ''),
      sequence: event.sequence,
      startUtc: instant(event.startDate),
      endUtc: instant(event.endDate),
      allDay,
      recurrenceId: event.recurrenceId ? instant(event.recurrenceId) : null,
      component,
      event,
    }
  })
}

/** The first occurrences of a recurring event, as UTC instants. */
export function occurrencesUtc(event: ICAL.Event, count: number): string[] {
  const iterator = event.iterator()
  const result: string[] = []
  for (let next = iterator.next(); next && result.length < count; next = iterator.next()) {
    result.push(next.toJSDate().toISOString())
  }
  return result
}
