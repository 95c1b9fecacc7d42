/**
 * Conflicts between an event and the observances of the intercultural calendar.
 *
 * All reasoning happens in Europe/Berlin local time (via @date-fns/tz), never in
 * the time zone of the server.
 */
import { berlinInstant as berlinDateTime } from '../../utils/time'
import { TZDate } from '@date-fns/tz'
import { listObservances, compareObservances } from './compute'
import { addDays, rangesOverlap } from './dates'
import { importanceRank, type IsoDate, type Observance, type Tradition } from './types'

export const TIME_ZONE = 'Europe/Berlin'

/** From this local time on, an evening belongs to the next (Jewish, Islamic …) day. */
export const EVENING_STARTS_AT = '18:00'

export const CONFLICT_REASONS = [
  'same-day',
  'evening-before',
  'uncertainty',
  'shabbat',
  'friday-prayer',
  'school-holiday',
] as const
export type ConflictReason = (typeof CONFLICT_REASONS)[number]

export interface Conflict {
  observance: Observance
  reason: ConflictReason
  /**
   * Whether the observance concerns the invited/networked organisations:
   * true when no traditions were given, when the observance's tradition is
   * among them, and always for public and school holidays (they concern everyone).
   */
  affected: boolean
}

export interface EventOccurrence {
  start: Date
  end: Date
  allDay?: boolean
}

export interface ConflictOptions {
  /** Traditions of the invited or networked organisations. */
  traditions?: readonly Tradition[]
}

const UNIVERSAL_TRADITIONS: ReadonlySet<Tradition> = new Set(['public-holiday', 'school-holiday'])

// --- Europe/Berlin helpers --------------------------------------------------

interface LocalParts {
  date: IsoDate
  minutes: number
  isMidnight: boolean
}

function berlinParts(instant: number): LocalParts {
  const local = new TZDate(instant, TIME_ZONE)
  const date = `${String(local.getFullYear()).padStart(4, '0')}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`
  const minutes = local.getHours() * 60 + local.getMinutes()
  const isMidnight = minutes === 0 && local.getSeconds() === 0 && local.getMilliseconds() === 0
  return { date, minutes, isMidnight }
}

/** The instant (ms) of a Berlin wall-clock time: the app's one helper for it, as a number. */
const berlinInstant = (date: IsoDate, time = '00:00'): number => berlinDateTime(date, time).getTime()

function isUtcMidnight(instant: number): boolean {
  return instant % 86_400_000 === 0
}

interface Span {
  start: number
  /** Exclusive end instant. */
  end: number
  allDay: boolean
  /** First and last local date covered (inclusive). */
  firstDate: IsoDate
  lastDate: IsoDate
}

function spanOf(occurrence: EventOccurrence): Span {
  const start = occurrence.start?.getTime?.()
  const end = occurrence.end?.getTime?.()
  if (typeof start !== 'number' || Number.isNaN(start) || typeof end !== 'number' || Number.isNaN(end)) {
    throw new RangeError('occurrence.start and occurrence.end must be valid Dates')
  }
  if (end < start) throw new RangeError('occurrence.end is before occurrence.start')
  const allDay = occurrence.allDay === true

  if (allDay) {
    // All-day events are calendar dates. They may be stored as local midnights
    // or as UTC midnights; an end exactly at midnight is exclusive.
    const startParts = berlinParts(start)
    if (!startParts.isMidnight && isUtcMidnight(start) && (end === start || isUtcMidnight(end))) {
      const firstDate = new Date(start).toISOString().slice(0, 10)
      const lastDate = end > start ? new Date(end - 1).toISOString().slice(0, 10) : firstDate
      return { start, end, allDay, firstDate, lastDate }
    }
    const endParts = berlinParts(end)
    const firstDate = startParts.date
    const lastDate = end > start && endParts.isMidnight ? addDays(endParts.date, -1) : endParts.date
    return { start, end, allDay, firstDate, lastDate: lastDate < firstDate ? firstDate : lastDate }
  }

  const firstDate = berlinParts(start).date
  // The end instant is exclusive: an event ending at 00:00 does not touch the next day.
  const lastDate = end > start ? berlinParts(end - 1).date : firstDate
  return { start, end: Math.max(end, start + 1), allDay, firstDate, lastDate }
}

/** The event covers local date `date`. */
function covers(span: Span, date: IsoDate): boolean {
  return span.firstDate <= date && date <= span.lastDate
}

/** The event overlaps local `date` between `from` and `until` (HH:MM; '24:00' = end of day). */
function overlapsWindow(span: Span, date: IsoDate, from: string, until: string): boolean {
  if (!covers(span, date)) return false
  if (span.allDay) return true
  const windowStart = berlinInstant(date, from)
  const windowEnd = until === '24:00' ? berlinInstant(addDays(date, 1)) : berlinInstant(date, until)
  return span.start < windowEnd && span.end > windowStart
}

/** The event touches the evening (from 18:00) of local `date`. */
function touchesEvening(span: Span, date: IsoDate): boolean {
  return overlapsWindow(span, date, EVENING_STARTS_AT, '24:00')
}

function touchesDays(span: Span, start: IsoDate, end: IsoDate): boolean {
  return rangesOverlap(span.firstDate, span.lastDate, start, end)
}

// --- Rules ------------------------------------------------------------------

function reasonFor(span: Span, o: Observance): ConflictReason | null {
  if (o.key === 'shabbat') {
    // Friday from 18:00 or any time on Saturday.
    return touchesEvening(span, addDays(o.start, -1)) || touchesDays(span, o.start, o.end) ? 'shabbat' : null
  }
  if (o.timeOfDay) {
    // Friday prayer and any other observance bound to a time of day.
    const timeOfDay = o.timeOfDay
    let day = o.start
    while (day <= o.end) {
      if (overlapsWindow(span, day, timeOfDay.start, timeOfDay.end)) return 'friday-prayer'
      day = addDays(day, 1)
    }
    return null
  }
  if (o.tradition === 'school-holiday') {
    return touchesDays(span, o.start, o.end) ? 'school-holiday' : null
  }

  if (touchesDays(span, o.start, o.end)) return 'same-day'
  if (o.beginsPreviousEvening && touchesEvening(span, addDays(o.start, -1))) return 'evening-before'

  const u = o.uncertaintyDays
  if (u > 0) {
    const widenedStart = addDays(o.start, -u)
    const widenedEnd = addDays(o.end, u)
    if (touchesDays(span, widenedStart, widenedEnd)) return 'uncertainty'
    if (o.beginsPreviousEvening && touchesEvening(span, addDays(widenedStart, -1))) return 'uncertainty'
  }
  return null
}

/**
 * Observances an event touches. An event touches an observance when a local
 * date it covers lies within the observance; when the observance begins on the
 * previous evening, also when the event runs past 18:00 on the day before (or
 * is all-day then); uncertain dates (Islamic calendar) are widened by
 * ±uncertaintyDays; Shabbat covers Friday from 18:00 and Saturday; Friday
 * prayer covers Friday 12:00–14:30. Sorted high importance first.
 */
export function listObservanceConflicts(occurrence: EventOccurrence, options: ConflictOptions = {}): Conflict[] {
  const span = spanOf(occurrence)
  const traditions = options.traditions ? new Set(options.traditions) : undefined

  // Look a week around the event: enough for the evening before and ±uncertainty.
  const candidates = listObservances({
    from: addDays(span.firstDate, -7),
    to: addDays(span.lastDate, 7),
    includeWeekly: true,
  })

  const conflicts: Conflict[] = []
  for (const o of candidates) {
    const reason = reasonFor(span, o)
    if (!reason) continue
    const affected = !traditions || traditions.has(o.tradition) || UNIVERSAL_TRADITIONS.has(o.tradition)
    conflicts.push({ observance: o, reason, affected })
  }

  return conflicts.sort(
    (a, b) =>
      importanceRank(a.observance.importance) - importanceRank(b.observance.importance) ||
      Number(b.affected) - Number(a.affected) ||
      compareObservances(a.observance, b.observance),
  )
}

/** True when an affected conflict is of high importance (e.g. Yom Kippur, Eid, Christmas, public holidays). */
export function hasHighImportanceConflict(conflicts: readonly Conflict[]): boolean {
  return conflicts.some((c) => c.affected && c.observance.importance === 'high')
}
