import * as feiertagejs from 'feiertagejs'
import { expect, test } from 'vitest'
import { gregorianEaster, julianEaster, orthodoxEaster } from '~/domain/observances'
import { addDays, weekdayOf } from '~/domain/observances/dates'

// --- Independent references -------------------------------------------------

/**
 * Gauss's Easter algorithm with Lichtenberg's/Gauss's corrections – a different
 * derivation from the Meeus/Jones/Butcher algorithm under test. Returns
 * [month, day] in the calendar whose M and N are given.
 */
function gaussEaster(year: number, M: number, N: number): [number, number] {
  const a = year % 19
  const b = year % 4
  const c = year % 7
  const d = (19 * a + M) % 30
  const e = (2 * b + 4 * c + 6 * d + N) % 7
  let day = 22 + d + e
  let month = 3
  if (day > 31) {
    day = d + e - 9
    month = 4
  }
  return [month, day]
}

function gaussGregorianEaster(year: number): string {
  const k = Math.floor(year / 100)
  const p = Math.floor((13 + 8 * k) / 25)
  const q = Math.floor(k / 4)
  const M = (15 - p + k - q) % 30
  const N = (4 + k - q) % 7
  let [month, day] = gaussEaster(year, M, N)
  // Gauss's two exceptions.
  const a = year % 19
  const d = (19 * a + M) % 30
  const e = (2 * (year % 4) + 4 * (year % 7) + 6 * d + N) % 7
  if (d === 29 && e === 6) [month, day] = [4, 19]
  if (d === 28 && e === 6 && (11 * M + 11) % 30 < 19) [month, day] = [4, 18]
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * Orthodox Easter by Gauss's Julian variant (M = 15, N = 6), moved to the
 * Gregorian calendar by the century difference between the two calendars
 * (13 days in 1900–2099, 14 days from 1 March 2100) – no Julian Day Numbers.
 */
function gaussOrthodoxEaster(year: number): string {
  const [month, day] = gaussEaster(year, 15, 6)
  const julianToGregorianOffset = Math.floor(year / 100) - Math.floor(year / 400) - 2
  const julianDate = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  // The Julian date's numbers read as a Gregorian date, then shifted.
  return addDays(julianDate, julianToGregorianOffset)
}

// feiertagejs computes Good Friday for German public holidays with its own
// Easter routine; its types do not export getHolidays, hence the cast.
const feiertage = feiertagejs as unknown as {
  getHolidays: (year: number, region: 'NI') => { name: string; date: Date }[]
}
function feiertagejsEaster(year: number): string {
  const goodFriday = feiertage.getHolidays(year, 'NI').find((h) => h.name === 'KARFREITAG')
  if (!goodFriday) throw new Error(`no Good Friday in ${year}`)
  return addDays(goodFriday.date.toISOString().slice(0, 10), 2)
}

// --- Tests ------------------------------------------------------------------

test('Western Easter agrees with Gauss’s algorithm for every year from 1990 to 2100', () => {
  const mismatches: string[] = []
  for (let year = 1990; year <= 2100; year++) {
    if (gregorianEaster(year) !== gaussGregorianEaster(year)) {
      mismatches.push(`${year}: ${gregorianEaster(year)} vs ${gaussGregorianEaster(year)}`)
    }
  }
  expect(mismatches).toEqual([])
})

test('Western Easter agrees with the Good Friday of feiertagejs for every year from 1990 to 2100', () => {
  const mismatches: string[] = []
  for (let year = 1990; year <= 2100; year++) {
    if (gregorianEaster(year) !== feiertagejsEaster(year)) {
      mismatches.push(`${year}: ${gregorianEaster(year)} vs ${feiertagejsEaster(year)}`)
    }
  }
  expect(mismatches).toEqual([])
})

test('Western Easter matches published dates', () => {
  // Published Easter Sunday dates (EKD / Deutsche Bischofskonferenz church
  // calendars; tables of Easter dates, e.g. the PTB's "Osterdatum" table).
  const published: Record<number, string> = {
    1990: '1990-04-15',
    2000: '2000-04-23',
    2008: '2008-03-23', // earliest Easter of the century but one
    2011: '2011-04-24',
    2019: '2019-04-21',
    2024: '2024-03-31',
    2025: '2025-04-20',
    2026: '2026-04-05',
    2027: '2027-03-28',
    2028: '2028-04-16',
    2029: '2029-04-01',
    2030: '2030-04-21',
    2038: '2038-04-25', // latest possible date
    2100: '2100-03-28',
  }
  for (const [year, date] of Object.entries(published)) {
    expect(gregorianEaster(Number(year)), year).toBe(date)
  }
})

test('Orthodox Easter agrees with Gauss’s Julian algorithm for every year from 1990 to 2100', () => {
  const mismatches: string[] = []
  for (let year = 1990; year <= 2100; year++) {
    if (orthodoxEaster(year) !== gaussOrthodoxEaster(year)) {
      mismatches.push(`${year}: ${orthodoxEaster(year)} vs ${gaussOrthodoxEaster(year)}`)
    }
  }
  expect(mismatches).toEqual([])
})

test('Orthodox Easter matches published dates', () => {
  // Published dates of Orthodox Pascha (Orthodoxe Bischofskonferenz in
  // Deutschland calendar; Ecumenical Patriarchate; tables of Orthodox Easter).
  const published: Record<number, string> = {
    1990: '1990-04-15',
    2000: '2000-04-30',
    2008: '2008-04-27',
    2010: '2010-04-04',
    2017: '2017-04-16',
    2019: '2019-04-28',
    2021: '2021-05-02',
    2023: '2023-04-16',
    2024: '2024-05-05',
    2025: '2025-04-20', // same day as Western Easter
    2026: '2026-04-12',
    2027: '2027-05-02',
    2028: '2028-04-16',
    2029: '2029-04-08',
    2030: '2030-04-28',
  }
  for (const [year, date] of Object.entries(published)) {
    expect(orthodoxEaster(Number(year)), year).toBe(date)
  }
})

test('Julian Easter 2026 is 30 March in the Julian calendar', () => {
  // 30 March (Julian) + 13 days = 12 April 2026 (Gregorian).
  expect(julianEaster(2026)).toEqual({ year: 2026, month: 3, day: 30 })
})

test('both Easter dates are Sundays within their canonical bounds from 1990 to 2100', () => {
  for (let year = 1990; year <= 2100; year++) {
    const western = gregorianEaster(year)
    const orthodox = orthodoxEaster(year)
    expect(weekdayOf(western), `${year} western`).toBe(0)
    expect(weekdayOf(orthodox), `${year} orthodox`).toBe(0)
    expect(western >= `${year}-03-22` && western <= `${year}-04-25`, western).toBe(true)
    // 22 March – 25 April Julian is 4 April – 8 May Gregorian until 2099, 5 April – 9 May in 2100.
    const [low, high] = year < 2100 ? ['04-04', '05-08'] : ['04-05', '05-09']
    expect(orthodox >= `${year}-${low}` && orthodox <= `${year}-${high}`, orthodox).toBe(true)
    expect(orthodox >= western, `${year}`).toBe(true)
  }
})

test('Easter computations reject years outside the Gregorian era', () => {
  expect(() => gregorianEaster(1500)).toThrow(RangeError)
  expect(() => orthodoxEaster(2026.5)).toThrow(RangeError)
})
