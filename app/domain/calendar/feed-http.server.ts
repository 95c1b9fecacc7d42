import type { IncomingMessage, ServerResponse } from 'node:http'
import { getT, isLocale } from '~/utils/i18n'
import { dataGeneration } from '~/utils/db.server'
import { appOrigin } from '~/utils/env.server'
import { BoundedLru } from '~/utils/lru.server'
import { resolveLocale } from '~/utils/locale.server'
import { personalCalendarFile, publicCalendarFile } from './feeds.server'
import { getFeedOwner, resolveFeedFilters } from './queries.server'
import { calendarResponse, matchesEtag, plainError } from './response.server'
import { FeedFiltersSchema, readQuery } from './schema'

/**
 * The two subscribable feeds as HTTP answers. Their routes (/calendar.ics, /feeds/:token/calendar.ics)
 * call these, and so does `feedRevalidation` below, in front of Remix.
 */

/** /calendar.ics — the public feed, with the filters of the public calendar; a bad filter is a plain-text 400. */
export function publicFeedResponse(request: Request): Response {
  const url = new URL(request.url)
  const query = readQuery(url.searchParams)
  const parsed = query ? FeedFiltersSchema.safeParse(query) : null
  const lang = url.searchParams.get('lang')
  const locale = isLocale(lang) ? lang : resolveLocale(request)
  const t = getT(locale)
  if (!parsed?.success) {
    const field = parsed?.error.issues[0]?.path[0]
    return plainError(400, t('calendar.errors.bad_filter', { field: typeof field === 'string' ? field : '?' }))
  }
  const resolved = resolveFeedFilters(parsed.data, locale)
  if (!resolved.ok) return plainError(400, t('calendar.errors.unknown_filter', { field: resolved.unknown }))
  const file = publicCalendarFile({
    filters: resolved.value,
    filterLabel: resolved.labels.length > 0 ? resolved.labels.join(' · ') : null,
    locale,
    now: Date.now(),
  })
  return calendarResponse(request, file, { lastModified: file.lastModified, filename: 'dialognetz.ics' })
}

/** /feeds/:token/calendar.ics — a person's feed; a malformed, unknown or reset token is a plain-text 404. */
export function personalFeedResponse(request: Request, token: string): Response {
  const owner = getFeedOwner(token)
  if (!owner) return plainError(404, getT(resolveLocale(request))('calendar.errors.not_found'))
  const locale = isLocale(owner.locale) ? owner.locale : 'de'
  const file = personalCalendarFile({ viewer: { userId: owner.userId, role: owner.role }, name: owner.name, locale, now: Date.now() })
  return calendarResponse(request, file, { lastModified: file.lastModified, filename: 'dialognetz-personal.ics', private: true })
}

const PERSONAL_FEED = /^\/feeds\/([^/]+)\/calendar\.ics$/

/**
 * The last 304 of each feed address (per language and cookie, which choose the public feed's language), reused
 * while the database is unchanged (`dataGeneration`) and for at most a minute: a feed's window moves with the
 * clock, so an event that leaves it is noticed within a minute. Any write answers the next poll afresh.
 */
const REMEMBERED_FOR_MS = 60_000
type Unchanged = { etag: string; headers: Record<string, string>; generation: string; at: number }
const unchanged = new BoundedLru<Unchanged>({ maxEntries: 2_000, maxBytes: Infinity }, () => 0)

/**
 * Calendar programs poll their feeds every few minutes with the ETag they hold, and nearly every poll
 * ends in 304. Express middleware (server.js, production, first of all): such a poll is answered here,
 * with the same function and headers as the route, when the feed is unchanged — without Remix's route
 * matching and request conversion, which are most of a 304's cost; a repeated poll of an unchanged
 * database even without asking the database about the feed. Everything else (a changed feed, a 4xx,
 * an error) goes on to the route, which answers it in full.
 */
export function feedRevalidation(req: IncomingMessage, res: ServerResponse, next: () => void) {
  const ifNoneMatch = req.headers['if-none-match']
  if ((req.method !== 'GET' && req.method !== 'HEAD') || !ifNoneMatch) return next()
  const url = req.url ?? '/'
  const path = url.split('?', 1)[0]!
  const personal = PERSONAL_FEED.exec(path)
  if (path !== '/calendar.ics' && !personal) return next()

  const key = `${url}\n${req.headers['accept-language'] ?? ''}\n${req.headers.cookie ?? ''}`
  const now = Date.now()
  const generation = dataGeneration() // read before the feed, so a write in between cannot be missed
  const known = unchanged.get(key)
  if (known && known.generation === generation && now - known.at < REMEMBERED_FOR_MS) {
    if (!matchesEtag(ifNoneMatch, known.etag)) return next()
    res.writeHead(304, known.headers)
    res.end()
    return
  }

  let response: Response
  try {
    const request = new Request(new URL(url, appOrigin()), { method: req.method, headers: headersOf(req) })
    response = personal ? personalFeedResponse(request, decodeURIComponent(personal[1]!)) : publicFeedResponse(request)
  } catch {
    return next() // the route answers (and reports) it
  }
  if (response.status !== 304) return next()
  const headers = Object.fromEntries(response.headers)
  if (headers.etag) unchanged.set(key, { etag: headers.etag, headers, generation, at: now })
  res.writeHead(304, headers)
  res.end()
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item)
  }
  return headers
}
