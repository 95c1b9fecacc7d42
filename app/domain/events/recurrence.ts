/**
 * Recurring events, expanded with `rrule` in Europe/Berlin wall-clock time: the rule runs on
 * "floating" dates (the local time written as if it were UTC), and each occurrence is then turned
 * into the real instant of that local time. An event at 19:00 stays at 19:00 across the
 * daylight-saving switches. Pure: no database, no server time zone.
 */
import * as rruleModule from 'rrule'
import type { EventRecurrence } from '../../../db/schema/events'
import { addDays, berlinDate, berlinInstant, toBerlinZoned } from '~/utils/time'

// rrule is CommonJS for Node (classes on the default export) and ESM for bundlers (named exports).
type RRuleModule = typeof import('rrule')
const RRule = ((rruleModule as RRuleModule).RRule ?? (rruleModule as unknown as { default: RRuleModule }).default.RRule) as RRuleModule['RRule']

/** More occurrences than this are refused: nobody plans ten years of weekly meetings here. */
export const MAX_OCCURRENCES = 500

export type OccurrenceException = {
  originalDate: string
  kind: 'cancelled' | 'moved'
  startsAt: Date | null
  endsAt: Date | null
  reason?: string | null
}

export type RecurringEvent = {
  startsAt: Date
  endsAt: Date
  allDay: boolean
  recurrence: EventRecurrence | null
  exceptions?: OccurrenceException[]
}

export type Occurrence = {
  /** YYYY-MM-DD in Europe/Berlin: the date the rule gives (stable key for cancel/move). */
  originalDate: string
  start: Date
  end: Date
  status: 'scheduled' | 'cancelled' | 'moved'
  reason: string | null
}

function floating(instant: Date): Date {
  const z = toBerlinZoned(instant)
  return new Date(Date.UTC(z.getFullYear(), z.getMonth(), z.getDate(), z.getHours(), z.getMinutes()))
}

const pad = (n: number) => String(n).padStart(2, '0')
const isoOf = (d: Date) => d.toISOString().slice(0, 10)
const timeOf = (d: Date) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`

function ruleFor(event: RecurringEvent, recurrence: EventRecurrence) {
  const start = floating(event.startsAt)
  const weekday = [RRule.SU, RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA][start.getUTCDay()]!
  let until: Date | undefined
  if (recurrence.until) {
    const [y, m, d] = recurrence.until.split('-').map(Number) as [number, number, number]
    until = new Date(Date.UTC(y, m - 1, d, 23, 59, 59))
  }
  return new RRule({
    freq: recurrence.frequency === 'weekly' ? RRule.WEEKLY : RRule.MONTHLY,
    dtstart: start,
    byweekday: recurrence.frequency === 'weekly' ? [weekday] : [weekday.nth(recurrence.weekOfMonth ?? Math.ceil(start.getUTCDate() / 7))],
    until,
    // One more than allowed, so "too many" can be told apart from "exactly the maximum".
    count: recurrence.count ?? (until ? undefined : MAX_OCCURRENCES + 1),
  })
}

/** Local dates the rule yields, before exceptions; at most MAX_OCCURRENCES + 1. */
function ruleDates(event: RecurringEvent, recurrence: EventRecurrence): Date[] {
  const rule = ruleFor(event, recurrence)
  const dates: Date[] = []
  rule.all((_date, index) => index <= MAX_OCCURRENCES && (dates.push(_date), true))
  return dates
}

/** How many occurrences the rule yields after its exception dates; more than MAX_OCCURRENCES reads as MAX_OCCURRENCES + 1. */
export function countOccurrences(event: RecurringEvent): number {
  if (!event.recurrence) return 1
  const skipped = new Set(event.recurrence.exceptionDates)
  return ruleDates(event, event.recurrence).filter((d) => !skipped.has(isoOf(d))).length
}

/**
 * Every occurrence overlapping [range.from, range.to) with its Berlin instants; cancelled and
 * moved occurrences are included with their status (a moved one carries its new times).
 */
export function listOccurrences(event: RecurringEvent, range: { from: Date; to: Date }): Occurrence[] {
  const byDate = new Map((event.exceptions ?? []).map((e) => [e.originalDate, e]))
  const durationMs = event.endsAt.getTime() - event.startsAt.getTime()
  const result: Occurrence[] = []
  const push = (originalDate: string, start: Date, end: Date) => {
    const exception = byDate.get(originalDate)
    let occurrence: Occurrence = { originalDate, start, end, status: 'scheduled', reason: null }
    if (exception?.kind === 'cancelled') occurrence = { ...occurrence, status: 'cancelled', reason: exception.reason ?? null }
    if (exception?.kind === 'moved' && exception.startsAt && exception.endsAt) {
      occurrence = { originalDate, start: exception.startsAt, end: exception.endsAt, status: 'moved', reason: exception.reason ?? null }
    }
    if (occurrence.start < range.to && occurrence.end > range.from) result.push(occurrence)
  }
  if (!event.recurrence) {
    push(berlinDate(event.startsAt), event.startsAt, event.endsAt)
    return result
  }
  const skipped = new Set(event.recurrence.exceptionDates)
  const firstEnd = floating(event.endsAt)
  const spanDays = Math.round((Date.UTC(firstEnd.getUTCFullYear(), firstEnd.getUTCMonth(), firstEnd.getUTCDate()) - Date.UTC(...ymd(floating(event.startsAt)))) / 86_400_000)
  for (const date of ruleDates(event, event.recurrence).slice(0, MAX_OCCURRENCES)) {
    const originalDate = isoOf(date)
    if (skipped.has(originalDate)) continue
    const start = event.allDay ? berlinInstant(originalDate) : berlinInstant(originalDate, timeOf(date))
    // The end keeps its local wall-clock time too (an evening 19:00–21:00 stays 19:00–21:00).
    const end = event.allDay
      ? berlinInstant(addDays(originalDate, Math.max(1, spanDays)))
      : spanDays === 0
        ? berlinInstant(originalDate, timeOf(firstEnd))
        : new Date(start.getTime() + durationMs)
    push(originalDate, start, end)
  }
  return result
}

function ymd(d: Date): [number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]
}

/** The last instant any occurrence may end: for filters ("not past") and the archive. */
export function lastOccurrenceEnd(event: RecurringEvent): Date {
  if (!event.recurrence) return event.endsAt
  const all = listOccurrences(event, { from: new Date(0), to: new Date(8.64e15) })
  return all.reduce((latest, o) => (o.end > latest ? o.end : latest), event.endsAt)
}
