import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { BoundedLru } from '~/utils/lru.server'
import { calendarContentType } from './build-ics.server'
import { acceptsGzip } from '~/utils/http.server'

/**
 * A file whose strong ETag is known before its bytes (a feed: from its FeedState), so a matching
 * If-None-Match is answered without building it. `render` is called only for a 200 or HEAD, and
 * only once per ETag while its bytes stay in the cache below.
 */
export type LazyCalendar = { etag: string; render: () => string }

/**
 * Built feeds by ETag, as UTF-8 and (once asked for) gzip, least recently used first; bounded by
 * entries and bytes. Calendar programs poll the same few feeds all day: each is built and compressed
 * once per change instead of on every request (the compression middleware leaves encoded answers alone).
 */
const CACHE = { maxEntries: 16, maxBytes: 64_000_000 }
type Representation = { identity: Buffer; gzip?: Buffer }
const representations = new BoundedLru<Representation>(CACHE, (value) => value.identity.length + (value.gzip?.length ?? 0))

function representationOf(file: LazyCalendar): Representation {
  const hit = representations.get(file.etag)
  if (hit) return hit
  const representation: Representation = { identity: Buffer.from(file.render(), 'utf8') }
  if (representation.identity.length <= CACHE.maxBytes / 4) representations.set(file.etag, representation)
  return representation
}

function gzipOf(etag: string, representation: Representation): Buffer {
  if (!representation.gzip) {
    representation.gzip = gzipSync(representation.identity)
    // stored again so that its size counts the gzip too
    if (representations.holds(etag, representation)) representations.set(etag, representation)
  }
  return representation.gzip
}

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
  if (typeof file !== 'string') headers.set('Vary', 'Accept-Encoding')
  if (matchesEtag(request.headers.get('If-None-Match'), etag)) return new Response(null, { status: 304, headers })
  if (typeof file !== 'string') {
    const representation = representationOf(file)
    if (request.method === 'HEAD') {
      headers.set('Content-Length', String(representation.identity.length))
      return new Response(null, { status: 200, headers })
    }
    const gzip = acceptsGzip(request.headers.get('Accept-Encoding'))
    const body = gzip ? gzipOf(etag, representation) : representation.identity
    if (gzip) headers.set('Content-Encoding', 'gzip')
    headers.set('Content-Length', String(body.length))
    return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { status: 200, headers })
  }
  const ics = file
  if (request.method === 'HEAD') {
    headers.set('Content-Length', String(Buffer.byteLength(ics, 'utf8')))
    return new Response(null, { status: 200, headers })
  }
  return new Response(ics, { status: 200, headers })
}

export function matchesEtag(header: string | null | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

/** A plain-text 4xx for calendar URLs (calendar programs show text, not our HTML pages). */
export function plainError(status: 400 | 404, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })
}

