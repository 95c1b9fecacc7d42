/**
 * Easter computus, Western (Gregorian) and Orthodox (Julian).
 */
import { julianToGregorian, ymd } from './dates'
import type { IsoDate } from './types'

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`year must be an integer between 1583 and 9999, got ${year}`)
  }
}

/**
 * Western Easter Sunday by the "anonymous Gregorian algorithm"
 * (Meeus/Jones/Butcher; Jean Meeus, Astronomical Algorithms, 2nd ed., ch. 8).
 */
export function gregorianEaster(year: number): IsoDate {
  assertYear(year)
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return ymd(year, month, day)
}

/**
 * Orthodox Easter Sunday as a date of the Julian calendar
 * (Jean Meeus, Astronomical Algorithms, 2nd ed., ch. 8, "Julian Easter").
 */
export function julianEaster(year: number): { year: number; month: number; day: number } {
  assertYear(year)
  const a = year % 4
  const b = year % 7
  const c = year % 19
  const d = (19 * c + 15) % 30
  const e = (2 * a + 4 * b - d + 34) % 7
  const month = Math.floor((d + e + 114) / 31)
  const day = ((d + e + 114) % 31) + 1
  return { year, month, day }
}

/**
 * Orthodox Easter Sunday (Julian computus) expressed as a Gregorian date,
 * as kept by the Orthodox churches in Germany.
 */
export function orthodoxEaster(year: number): IsoDate {
  const { month, day } = julianEaster(year)
  return julianToGregorian(year, month, day)
}
