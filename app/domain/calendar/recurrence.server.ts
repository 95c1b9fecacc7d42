import { inArray } from 'drizzle-orm'
import type { DbOrTx } from '../../../db/client'
import { eventOccurrenceExceptions, events } from '../../../db/schema'
import { berlinInstant, toBerlinZoned } from '~/utils/time'
import type { IcsRecurrence } from './build-ics.server'

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

/** UNTIL in UTC with Z: the end of the last local day. */
function untilValue(date: string): string {
  const endOfDay = new Date(berlinInstant(date, '23:59').getTime() + 59_000)
  return endOfDay.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The recurrence of events for calendar files: RRULE, excluded occurrences (EXDATE) and moved
 * occurrences (RECURRENCE-ID overrides), by event id — the events area's rule (a weekly or monthly
 * weekday, until a date or a count, exception dates) and its occurrence exceptions, written for iCalendar.
 * Reads through `tx` so mails built inside a transaction see the same state.
 */
export function listRecurrences(tx: DbOrTx, eventIds: readonly string[]): Map<string, IcsRecurrence> {
  const result = new Map<string, IcsRecurrence>()
  if (eventIds.length === 0) return result
  const series = tx
    .select({ id: events.id, startsAt: events.startsAt, recurrence: events.recurrence })
    .from(events)
    .where(inArray(events.id, [...eventIds]))
    .all()
    .filter((row) => row.recurrence)
  if (series.length === 0) return result
  const exceptions = tx
    .select()
    .from(eventOccurrenceExceptions)
    .where(
      inArray(
        eventOccurrenceExceptions.eventId,
        series.map((row) => row.id),
      ),
    )
    .all()
  for (const { id, startsAt, recurrence } of series) {
    const rule = recurrence!
    const local = toBerlinZoned(startsAt)
    const time = `${String(local.getHours()).padStart(2, '0')}:${String(local.getMinutes()).padStart(2, '0')}`
    const weekday = WEEKDAYS[local.getDay()]!
    const byDay = rule.frequency === 'weekly' ? weekday : `${rule.weekOfMonth ?? Math.ceil(local.getDate() / 7)}${weekday}`
    const parts = [`FREQ=${rule.frequency === 'weekly' ? 'WEEKLY' : 'MONTHLY'}`, `BYDAY=${byDay}`]
    if (rule.until) parts.push(`UNTIL=${untilValue(rule.until)}`)
    else if (rule.count) parts.push(`COUNT=${rule.count}`)
    const own = exceptions.filter((exception) => exception.eventId === id)
    const originalStart = (date: string) => berlinInstant(date, time)
    result.set(id, {
      rrule: parts.join(';'),
      exdates: [
        ...rule.exceptionDates.map(originalStart),
        ...own.filter((exception) => exception.kind === 'cancelled').map((exception) => originalStart(exception.originalDate)),
      ],
      overrides: own
        .filter((exception) => exception.kind === 'moved' && exception.startsAt && exception.endsAt)
        .map((exception) => ({
          recurrenceId: originalStart(exception.originalDate),
          startsAt: exception.startsAt!,
          endsAt: exception.endsAt!,
        })),
    })
  }
  return result
}
