/**
 * The intercultural calendar: every observance of any year, cached per year.
 */
import { westernChristianObservances, orthodoxChristianObservances } from './christian'
import { assertIsoDate, rangesOverlap, yearOf } from './dates'
import { publicHolidayObservances } from './holidays'
import { islamicObservances, jumuahObservances } from './islamic'
import { jewishObservances, shabbatObservances } from './jewish'
import { otherObservances } from './others'
import { schoolHolidayObservances } from './school-holidays'
import { disambiguateIds } from './build'
import { TRADITIONS, isTradition, traditionRank, type IsoDate, type Observance, type Tradition } from './types'

/** Years the calendar computes (Gregorian computus, hebcal and ICU's Umm al-Qura tables all hold here). */
export const SUPPORTED_YEARS = { first: 1900, last: 2200 } as const

export interface ListObservancesOptions {
  /** First day of the range, `YYYY-MM-DD` (inclusive). */
  from: IsoDate
  /** Last day of the range, `YYYY-MM-DD` (inclusive). */
  to: IsoDate
  /** Only these traditions; all when omitted. */
  traditions?: readonly Tradition[]
  /** Include the weekly Shabbat and Friday prayer (default false). */
  includeWeekly?: boolean
}

const yearCache = new Map<number, readonly Observance[]>()
const weeklyCache = new Map<number, readonly Observance[]>()

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const inner of Object.values(value as Record<string, unknown>)) deepFreeze(inner)
  }
  return value
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < SUPPORTED_YEARS.first || year > SUPPORTED_YEARS.last) {
    throw new RangeError(
      `year must be an integer between ${SUPPORTED_YEARS.first} and ${SUPPORTED_YEARS.last}, got ${year}`,
    )
  }
}

export function compareObservances(a: Observance, b: Observance): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1
  const byTradition = traditionRank(a.tradition) - traditionRank(b.tradition)
  if (byTradition !== 0) return byTradition
  if (a.end !== b.end) return a.end < b.end ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Observances (not weekly) that start in `year`. */
function observancesStartingIn(year: number): readonly Observance[] {
  const cached = yearCache.get(year)
  if (cached) return cached
  const computed = disambiguateIds([
    ...jewishObservances(year),
    ...islamicObservances(year),
    ...westernChristianObservances(year),
    ...orthodoxChristianObservances(year),
    ...otherObservances(year),
    ...publicHolidayObservances(year),
    ...schoolHolidayObservances(year),
  ]).sort(compareObservances)
  const frozen = deepFreeze(computed) as readonly Observance[]
  yearCache.set(year, frozen)
  return frozen
}

function weeklyObservancesIn(year: number): readonly Observance[] {
  const cached = weeklyCache.get(year)
  if (cached) return cached
  const computed = [...shabbatObservances(year), ...jumuahObservances(year)].sort(compareObservances)
  const frozen = deepFreeze(computed) as readonly Observance[]
  weeklyCache.set(year, frozen)
  return frozen
}

function normaliseTraditions(traditions: readonly Tradition[] | undefined): ReadonlySet<Tradition> {
  if (traditions === undefined) return new Set(TRADITIONS)
  for (const tradition of traditions) {
    if (!isTradition(tradition)) throw new RangeError(`unknown tradition: ${String(tradition)}`)
  }
  return new Set(traditions)
}

/**
 * Every observance overlapping [from, to], sorted by start, then tradition.
 * Weekly Shabbat and Friday prayer are included only with `includeWeekly`.
 */
export function listObservances(options: ListObservancesOptions): Observance[] {
  const { from, to, includeWeekly = false } = options
  assertIsoDate(from, 'from')
  assertIsoDate(to, 'to')
  if (from > to) throw new RangeError(`from (${from}) is after to (${to})`)
  const wanted = normaliseTraditions(options.traditions)
  const firstYear = yearOf(from)
  const lastYear = yearOf(to)
  assertYear(firstYear)
  assertYear(lastYear)

  const result: Observance[] = []
  // Observances are filed under the year they start in; one that started in
  // the previous year (Ramadan, Chanukka, Weihnachtsferien …) may still run.
  for (let year = Math.max(SUPPORTED_YEARS.first, firstYear - 1); year <= lastYear; year++) {
    for (const o of observancesStartingIn(year)) {
      if (wanted.has(o.tradition) && rangesOverlap(o.start, o.end, from, to)) result.push(o)
    }
    if (includeWeekly && year >= firstYear) {
      for (const o of weeklyObservancesIn(year)) {
        if (wanted.has(o.tradition) && rangesOverlap(o.start, o.end, from, to)) result.push(o)
      }
    }
  }
  return result.sort(compareObservances)
}

/** Every observance overlapping the calendar year `year`. */
export function listObservancesForYear(
  year: number,
  traditions?: readonly Tradition[],
  options: { includeWeekly?: boolean } = {},
): Observance[] {
  assertYear(year)
  const pad = (n: number) => String(n).padStart(4, '0')
  return listObservances({
    from: `${pad(year)}-01-01`,
    to: `${pad(year)}-12-31`,
    traditions,
    includeWeekly: options.includeWeekly,
  })
}
