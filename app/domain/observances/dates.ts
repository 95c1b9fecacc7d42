/**
 * Calendar arithmetic on `YYYY-MM-DD` strings.
 *
 * Everything here counts whole days in UTC, so the result never depends on the
 * time zone of the machine the code runs on.
 */
import type { IsoDate } from './types'

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Day number: days since 1970-01-01 (which is day 0). */
export type DayNumber = number

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  const match = ISO_DATE.exec(value)
  if (!match) return false
  const [, y, m, d] = match
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)))
  return (
    date.getUTCFullYear() === Number(y) &&
    date.getUTCMonth() === Number(m) - 1 &&
    date.getUTCDate() === Number(d)
  )
}

export function assertIsoDate(value: unknown, label = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) {
    throw new RangeError(`${label} must be a valid YYYY-MM-DD date, got ${String(value)}`)
  }
}

export function ymd(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(dayNumberOf(year, month, day))
}

/** Day number of a proleptic Gregorian date (month 1–12; overflowing days roll over). */
export function dayNumberOf(year: number, month: number, day: number): DayNumber {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return Math.round(date.getTime() / MS_PER_DAY)
}

export function toDayNumber(iso: IsoDate): DayNumber {
  const match = ISO_DATE.exec(iso)
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${iso}`)
  return dayNumberOf(Number(match[1]), Number(match[2]), Number(match[3]))
}

export function fromDayNumber(dayNumber: DayNumber): IsoDate {
  const date = new Date(dayNumber * MS_PER_DAY)
  const y = date.getUTCFullYear()
  const m = date.getUTCMonth() + 1
  const d = date.getUTCDate()
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days)
}

/** Signed number of days from `a` to `b`. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(iso))
}

export function weekdayOfDayNumber(dayNumber: DayNumber): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7
}

export function yearOf(iso: IsoDate): number {
  return Number(iso.slice(0, 4))
}

/** First date on or after `iso` that falls on `weekday` (0 = Sunday). */
export function onOrAfterWeekday(iso: IsoDate, weekday: number): IsoDate {
  const delta = (weekday - weekdayOf(iso) + 7) % 7
  return addDays(iso, delta)
}

/** Inclusive ranges [aStart, aEnd] and [bStart, bEnd] share at least one day. */
export function rangesOverlap(aStart: IsoDate, aEnd: IsoDate, bStart: IsoDate, bEnd: IsoDate): boolean {
  return aStart <= bEnd && bStart <= aEnd
}

// --- Julian calendar -------------------------------------------------------

/**
 * Day number of a date in the Julian calendar, via the Julian Day Number
 * (Meeus, Astronomical Algorithms, ch. 7, with B = 0 for the Julian calendar).
 */
export function julianDayNumberToDayNumber(jdn: number): DayNumber {
  // JDN 2440588 is 1970-01-01 (Gregorian).
  return jdn - 2_440_588
}

export function julianCalendarToJdn(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12)
  const y = year + 4800 - a
  const m = month + 12 * a - 3
  return day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083
}

/** Converts a Julian-calendar date to the Gregorian `YYYY-MM-DD` of the same day. */
export function julianToGregorian(year: number, month: number, day: number): IsoDate {
  return fromDayNumber(julianDayNumberToDayNumber(julianCalendarToJdn(year, month, day)))
}
