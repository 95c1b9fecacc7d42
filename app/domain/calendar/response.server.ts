import { createHash } from 'node:crypto'
import { calendarContentType } from './build-ics.server'

/**
 * A file whose strong ETag is known before its bytes (a feed: from its FeedState), so a matching
 * If-None-Match is answered without building it. `render` is called only for a 200 or HEAD.
 */
export type LazyCalendar = { etag: string; render: () => string }

/** A strong ETag from any number of parts (the bytes themselves, or everything the bytes depend on). */
export function etagOf(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\u0000')
  return `"${hash.digest('base64url').slice(0, 32)}"`
}

/**
 * A calendar answer: text/calendar in UTF-8, a strong ETag (If-None-Match → 304) from the bytes
 * or, for a LazyCalendar, from what the bytes depend on; Last-Modified from the newest change, and
 * HEAD with the headers only.
 * If-Modified-Since is not honoured: an event leaving a feed changes the bytes but not the newest date.
 */
export function calendarResponse(
  request: Request,
  file: string | LazyCalendar,
  options: { lastModified: Date | number; filename: string; private?: boolean; download?: boolean },
): Response {
  const etag = typeof file === 'string' ? etagOf(file) : file.etag
  const headers = new Headers({
    'Content-Type': calendarContentType(),
    ETag: etag,
    'Last-Modified': new Date(Math.floor(Number(options.lastModified) / 1000) * 1000).toUTCString(),
    'Cache-Control': options.private ? 'private, no-cache' : 'public, no-cache',
    'Content-Disposition': `${options.download ? 'attachment' : 'inline'}; filename="${options.filename}"`,
    'X-Content-Type-Options': 'nosniff',
  })
  if (options.private) {
    headers.set('X-Robots-Tag', 'noindex')
    headers.set('Referrer-Policy', 'no-referrer')
  }
  if (matchesEtag(request.headers.get('If-None-Match'), etag)) return new Response(null, { status: 304, headers })
  const ics = typeof file === 'string' ? file : file.render()
  if (request.method === 'HEAD') {
    headers.set('Content-Length', String(Buffer.byteLength(ics, 'utf8')))
    return new Response(null, { status: 200, headers })
  }
  return new Response(ics, { status: 200, headers })
}

function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

/** A plain-text 4xx for calendar URLs (calendar programs show text, not our HTML pages). */
export function plainError(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

