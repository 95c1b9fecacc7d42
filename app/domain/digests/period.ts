import { addDays, berlinDate, berlinInstant } from '~/utils/time'

export type Period = 'weekly' | 'monthly'

/** ISO week of a YYYY-MM-DD date: [ISO year, week]. */
export function isoWeek(date: string): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const day = new Date(Date.UTC(y, m - 1, d))
  const weekday = day.getUTCDay() || 7
  day.setUTCDate(day.getUTCDate() + 4 - weekday)
  const yearStart = new Date(Date.UTC(day.getUTCFullYear(), 0, 1))
  return [day.getUTCFullYear(), Math.ceil(((day.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7)]
}

/** The Monday of the week of a YYYY-MM-DD date. */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7
  return addDays(date, 1 - weekday)
}

/** "2026-W49" or "2026-12": the key that makes each digest once per recipient and period. */
export function periodKey(period: Period, now: number): string {
  const today = berlinDate(now)
  if (period === 'monthly') return today.slice(0, 7)
  const [year, week] = isoWeek(today)
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** When the scheduler sends: weekly on Monday from 07:00, monthly on the 1st from 07:00 (Europe/Berlin), for the rest of that day. */
export function isSendingDay(period: Period, now: number): boolean {
  const today = berlinDate(now)
  const due = period === 'weekly' ? mondayOf(today) === today : today.endsWith('-01')
  return due && now >= berlinInstant(today, '07:00').getTime()
}

/** The days the digest's observances cover: the coming week, or the coming month. */
export function observanceRange(period: Period, now: number): { from: string; to: string } {
  const from = berlinDate(now)
  return { from, to: addDays(from, period === 'weekly' ? 6 : 30) }
}
