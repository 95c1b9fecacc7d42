/**
 * Public holidays of Niedersachsen, computed with feiertagejs (region 'NI').
 */
import * as feiertagejs from 'feiertagejs'
import { observance } from './build'
import type { Observance } from './types'

// feiertagejs' bundled index.d.ts declares its functions without exporting
// them, so the runtime API is described here.
interface FeiertageHoliday {
  name: string
  /** A Date at 12:00 UTC of the holiday. */
  date: Date
  translate: (lang?: string) => string | undefined
}
interface FeiertageApi {
  getHolidays: (year: number, region: 'NI') => FeiertageHoliday[]
}
const feiertage = feiertagejs as unknown as FeiertageApi

const ENGLISH_NAMES: Record<string, string> = {
  NEUJAHRSTAG: "New Year's Day",
  KARFREITAG: 'Good Friday',
  OSTERSONNTAG: 'Easter Sunday',
  OSTERMONTAG: 'Easter Monday',
  TAG_DER_ARBEIT: 'Labour Day',
  CHRISTIHIMMELFAHRT: 'Ascension Day',
  PFINGSTSONNTAG: 'Whit Sunday',
  PFINGSTMONTAG: 'Whit Monday',
  DEUTSCHEEINHEIT: 'Day of German Unity',
  REFORMATIONSTAG: 'Reformation Day',
  ERSTERWEIHNACHTSFEIERTAG: 'Christmas Day',
  ZWEITERWEIHNACHTSFEIERTAG: "St Stephen's Day (second day of Christmas)",
}

export function publicHolidayObservances(year: number): Observance[] {
  return feiertage.getHolidays(year, 'NI').map((holiday) => {
    // The library creates each date at 12:00 UTC, so its UTC date is the
    // holiday's calendar date whatever the server's time zone (its own
    // `dateString` uses the local zone and is therefore not used).
    const start = holiday.date.toISOString().slice(0, 10)
    return observance({
      tradition: 'public-holiday',
      key: holiday.name.toLowerCase().replace(/_/g, '-'),
      name: {
        de: holiday.translate('de') ?? holiday.name,
        en: ENGLISH_NAMES[holiday.name] ?? holiday.translate('en') ?? holiday.name,
      },
      start,
      importance: 'high',
      note: {
        de: 'Gesetzlicher Feiertag in Niedersachsen: Behörden, Schulen und viele Einrichtungen geschlossen, keine Termine',
        en: 'Public holiday in Lower Saxony: offices, schools and many institutions closed, no meetings',
      },
    })
  })
}
