/**
 * The public JSON of the intercultural calendar: parameters checked here, so the route only
 * shapes the response. Pure.
 */
import { listObservances } from './compute'
import { isTradition, type Tradition } from './types'
import { getT, type Locale } from '~/utils/i18n'

export type ObservanceJson = {
  id: string
  tradition: Tradition
  name: string
  start: string
  end: string
  beginsPreviousEvening: boolean
  uncertaintyDays: number
  importance: 'high' | 'medium' | 'low'
  note: string
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  return d.toISOString().slice(0, 10) === value && Number(m[1]) >= 1900 && Number(m[1]) <= 2200
}

/** The same calendar day three years later (29 February → 28 February). */
function threeYearsAfter(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const candidate = new Date(Date.UTC(y + 3, m - 1, d))
  if (candidate.getUTCMonth() !== m - 1) return `${y + 3}-${String(m).padStart(2, '0')}-28`
  return candidate.toISOString().slice(0, 10)
}

export type ObservanceQuery = { from: string; to: string; traditions?: Tradition[]; lang: 'de' | 'en' }

/** Reads ?from=&to=&tradition=&lang=; returns a plain English message for a 400 when something is wrong. */
/** The query of /observances.json, or why it is refused, in `locale` (the `lang` asked for, else the visitor's). */
export function readObservanceQuery(params: URLSearchParams, locale: Locale = 'de'): { ok: true; query: ObservanceQuery } | { ok: false; message: string } {
  const t = getT(locale)
  const from = params.get('from') ?? ''
  const to = params.get('to') ?? ''
  if (!isDate(from)) return { ok: false, message: t('observances.api_errors.bad_date', { field: 'from' }) }
  if (!isDate(to)) return { ok: false, message: t('observances.api_errors.bad_date', { field: 'to' }) }
  if (to < from) return { ok: false, message: t('observances.api_errors.range_order') }
  if (to > threeYearsAfter(from)) return { ok: false, message: t('observances.api_errors.range_too_long') }
  const lang = params.get('lang') ?? 'de'
  if (lang !== 'de' && lang !== 'en') return { ok: false, message: t('observances.api_errors.bad_lang') }
  const raw = params.get('tradition')
  let traditions: Tradition[] | undefined
  if (raw !== null) {
    const list = raw.split(',').map((t) => t.trim())
    const unknown = list.filter((t) => !isTradition(t))
    if (list.length === 0 || unknown.length > 0) return { ok: false, message: t('observances.api_errors.unknown_tradition', { values: unknown.join(', ') || '–' }) }
    traditions = list as Tradition[]
  }
  return { ok: true, query: { from, to, traditions, lang } }
}

export function observancesJson(query: ObservanceQuery): { observances: ObservanceJson[] } {
  return {
    observances: listObservances({ from: query.from, to: query.to, traditions: query.traditions }).map((o) => ({
      id: o.id,
      tradition: o.tradition,
      name: o.name[query.lang],
      start: o.start,
      end: o.end,
      beginsPreviousEvening: o.beginsPreviousEvening,
      uncertaintyDays: o.uncertaintyDays,
      importance: o.importance,
      note: o.note[query.lang],
    })),
  }
}
