/**
 * The calendar files of Dialognetz, from a request's point of view: each function takes explicit
 * input (viewer, filters, now) and returns the file and its newest change.
 */
import { db } from '~/utils/db.server'
import { absoluteUrl } from '~/utils/http.server'
import { appOrigin } from '~/utils/env.server'
import { getT, type Locale } from '~/utils/i18n'
import { addDays, berlinDate } from '~/utils/time'
import type { EventViewer } from '~/domain/events/policy.server'
import { listObservances, SUPPORTED_YEARS, type Tradition } from '~/domain/observances'
import { buildAllDayFeed, buildEventFile, buildFeed } from './build-ics.server'
import {
  FEED_WINDOW,
  getCalendarEvent,
  listPersonalFeedEvents,
  listPublicFeedEvents,
  toIcsEvent,
  type CalendarEventRow,
  type ResolvedFilters,
} from './queries.server'
import { listRecurrences } from './recurrence.server'
import { newestChange } from './response.server'

export type CalendarFile = { ics: string; lastModified: number }

export function eventCalendarFile(viewer: EventViewer, eventId: string, locale: Locale): CalendarFile | null {
  const row = getCalendarEvent(viewer, eventId)
  if (!row) return null
  const recurrence = listRecurrences(db, [row.id]).get(row.id) ?? null
  return { ics: buildEventFile({ event: toIcsEvent(row, locale, recurrence), origin: appOrigin() }), lastModified: Number(row.updatedAt) }
}

function toIcsEvents(rows: CalendarEventRow[], locale: Locale) {
  const recurrences = listRecurrences(db, rows.map((row) => row.id))
  return rows.map((row) => toIcsEvent(row, locale, recurrences.get(row.id) ?? null))
}

export function publicCalendarFile(input: { filters: ResolvedFilters; filterLabel: string | null; locale: Locale; now: number }): CalendarFile {
  const t = getT(input.locale)
  const rows = listPublicFeedEvents(input.filters, input.now)
  const name = input.filterLabel ? t('calendar.feed.public_named', { label: input.filterLabel }) : t('calendar.feed.public')
  return {
    ics: buildFeed({ name, events: toIcsEvents(rows, input.locale), origin: appOrigin() }),
    lastModified: newestChange(rows),
  }
}

export function personalCalendarFile(input: { viewer: NonNullable<EventViewer>; name: string; locale: Locale; now: number }): CalendarFile {
  const t = getT(input.locale)
  const rows = listPersonalFeedEvents(input.viewer, input.now)
  return {
    ics: buildFeed({
      name: t('calendar.feed.personal', { name: input.name }),
      events: toIcsEvents(rows, input.locale),
      origin: appOrigin(),
    }),
    lastModified: newestChange(rows),
  }
}

/** The observance rules were last revised on this day: DTSTAMP and Last-Modified of the observance feed. */
export const OBSERVANCES_REVISED = Date.UTC(2026, 10, 26)

/** The intercultural calendar as all-day entries: one year, or the feed window (90 days back, two years ahead). */
export function observanceCalendarFile(input: { traditions?: Tradition[]; year?: number; locale: Locale; now: number }): CalendarFile {
  const t = getT(input.locale)
  const today = berlinDate(input.now)
  let from = input.year ? `${input.year}-01-01` : addDays(today, -FEED_WINDOW.backDays)
  let to = input.year ? `${input.year}-12-31` : addDays(today, FEED_WINDOW.aheadDays)
  if (from < `${SUPPORTED_YEARS.first}-01-01`) from = `${SUPPORTED_YEARS.first}-01-01`
  if (to > `${SUPPORTED_YEARS.last}-12-31`) to = `${SUPPORTED_YEARS.last}-12-31`
  const observances = listObservances({ from, to, traditions: input.traditions })
  const host = new URL(appOrigin()).hostname
  const items = observances.map((o) => ({
    uid: `observance-${o.id}@${host}`,
    title: o.name[input.locale],
    description: o.note[input.locale],
    start: o.start,
    end: o.end,
    categories: [t(`calendar.traditions.${o.tradition}`)],
    url: absoluteUrl('/observances'),
  }))
  return {
    ics: buildAllDayFeed({ name: t('calendar.feed.observances'), items, stamp: OBSERVANCES_REVISED }),
    lastModified: OBSERVANCES_REVISED,
  }
}

/** The https:// address of the public feed with the given filters, for <SubscribeLinks feedUrl=…>. */
export function publicFeedUrl(filters: { network?: string; organisation?: string; tradition?: string; municipality?: string; kind?: string } = {}): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])))
  return absoluteUrl(`/calendar.ics${query.size > 0 ? `?${query}` : ''}`)
}
