import { TZDate } from '@date-fns/tz'

export const BERLIN = 'Europe/Berlin'

/** Built once: a formatter is slow to build (see formatter() in i18n.ts). */
let berlinDateFormat: Intl.DateTimeFormat | undefined

/** The calendar date in Berlin of an instant, as YYYY-MM-DD. */
export function berlinDate(instant: Date | number): string {
  berlinDateFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: BERLIN, year: 'numeric', month: '2-digit', day: '2-digit' })
  return berlinDateFormat.format(instant)
}

/** Adds whole days to a YYYY-MM-DD date (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The instant of a Berlin wall-clock time, correct on both sides of the daylight-saving switch. */
export function berlinInstant(date: string, time = '00:00'): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const [hh, mm] = time.split(':').map(Number) as [number, number]
  return new Date(new TZDate(y, m - 1, d, hh, mm, 0, BERLIN).getTime())
}

/** A zoned date for calendar builders: never a bare Date plus a zone name. */
export function toBerlinZoned(instant: Date | number): TZDate {
  return new TZDate(typeof instant === 'number' ? instant : instant.getTime(), BERLIN)
}
