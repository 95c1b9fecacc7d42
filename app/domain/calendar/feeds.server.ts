/**
 * The calendar files of Dialognetz, from a request's point of view: each function takes explicit
 * input (viewer, filters, now) and returns the file and its newest change.
 *
 * Feeds (public and personal) are lazy: their ETag comes from one aggregate query over exactly the
 * rows the feed would hold (FeedState) plus everything else their bytes depend on (this process's
 * code, origin, locale, the calendar's name with its filter labels), so If-None-Match is answered
 * without building; built bodies are kept by that ETag (response.server.ts).
 */
import { randomUUID } from 'node:crypto'
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
  getPersonalFeedState,
  getPublicFeedState,
  listPersonalFeedEvents,
  listPublicFeedEvents,
  toIcsEvent,
  type CalendarEventRow,
  type FeedState,
  type ResolvedFilters,
} from './queries.server'
import { listRecurrences } from './recurrence.server'
import { etagOf, type LazyCalendar } from './response.server'

export type CalendarFile = { ics: string; lastModified: number }
/** A feed: its ETag and newest change known up front, its bytes built only when no cached copy answers (response.server.ts). */
export type CalendarFeed = LazyCalendar & { lastModified: number }

/**
 * Stands for the code that turns rows into bytes (builder, translations, time zone data): new with
 * every start, so a deployment can never answer 304 for bytes it would now write differently.
 * Costs each subscriber one full download per restart.
 */
const RENDERER = randomUUID()

function lazyFeed(state: FeedState, context: { locale: Locale; name: string }, build: () => string): CalendarFeed {
  const etag = etagOf(RENDERER, appOrigin(), context.locale, context.name, state.signature)
  return { etag, lastModified: state.newest, render: build }
}

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

export function publicCalendarFile(input: { filters: ResolvedFilters; filterLabel: string | null; locale: Locale; now: number }): CalendarFeed {
  const t = getT(input.locale)
  const name = input.filterLabel ? t('calendar.feed.public_named', { label: input.filterLabel }) : t('calendar.feed.public')
  return lazyFeed(getPublicFeedState(input.filters, input.now), { locale: input.locale, name }, () =>
    buildFeed({ name, events: toIcsEvents(listPublicFeedEvents(input.filters, input.now), input.locale), origin: appOrigin() }),
  )
}

export function personalCalendarFile(input: { viewer: NonNullable<EventViewer>; name: string; locale: Locale; now: number }): CalendarFeed {
  const t = getT(input.locale)
  const name = t('calendar.feed.personal', { name: input.name })
  return lazyFeed(getPersonalFeedState(input.viewer, input.now), { locale: input.locale, name }, () =>
    buildFeed({ name, events: toIcsEvents(listPersonalFeedEvents(input.viewer, input.now), input.locale), origin: appOrigin() }),
  )
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
