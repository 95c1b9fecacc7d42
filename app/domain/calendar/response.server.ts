import { createHash } from 'node:crypto'
import { calendarContentType } from './build-ics.server'

/**
 * A calendar answer: text/calendar in UTF-8, a strong ETag from the bytes (If-None-Match → 304),
 * Last-Modified from the newest change, and HEAD with the headers only.
 * If-Modified-Since is not honoured: an event leaving a feed changes the bytes but not the newest date.
 */
export function calendarResponse(
  request: Request,
  ics: string,
  options: { lastModified: Date | number; filename: string; private?: boolean; download?: boolean },
): Response {
  const etag = `"${createHash('sha256').update(ics).digest('base64url').slice(0, 32)}"`
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

/** The newest change among the events of a file (the epoch for an empty one). */
export function newestChange(rows: { updatedAt: Date | number }[]): number {
  return rows.reduce((newest, row) => Math.max(newest, Number(row.updatedAt)), 0)
}
