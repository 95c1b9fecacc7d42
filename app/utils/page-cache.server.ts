import type { IncomingMessage, ServerResponse } from 'node:http'
import { gzipSync } from 'node:zlib'
import { dataGeneration } from './db.server'
import { BoundedLru } from './lru.server'
import { acceptsGzip } from './http.server'

/**
 * A short-lived cache of the public list pages as anonymous visitors get them (no cookie at all: no session,
 * no flash message, no language choice), so that a link shared on the district's website or a newsletter
 * costs one render instead of one per visitor. Server-side rendering of a list page costs ~20 ms of CPU;
 * a hit costs well under 1 ms.
 *
 * An entry is used only while the database is exactly as it was when the page was rendered: any committed
 * write, by this process (total_changes()) or another one such as a CLI job (PRAGMA data_version), makes
 * every entry stale. Pages that depend on the clock ("upcoming") are kept at most MAX_AGE_MS.
 */
const CACHED_PATHS = new Set(['/', '/events', '/organisations', '/networks', '/observances'])
const MAX_AGE_MS = 60_000
const MAX_ENTRIES = 200
const MAX_BYTES = 512 * 1024

type Entry = { generation: string; storedAt: number; headers: Record<string, string>; body: Buffer; gzipped: Buffer }
const entries = new BoundedLru<Entry>({ maxEntries: MAX_ENTRIES, maxBytes: Infinity }, () => 0)

function cacheKey(req: IncomingMessage): string | null {
  if (req.method !== 'GET' || req.headers.cookie || req.headers.authorization) return null
  const url = req.url ?? ''
  const path = url.split('?')[0]!
  if (!CACHED_PATHS.has(path) || url.includes('_data=') || path.endsWith('.data')) return null
  // An anonymous visitor's language follows Accept-Language: one entry per header value.
  return `${String(req.headers['accept-language'] ?? '').slice(0, 200)} ${url}`
}

/** Express middleware in front of the Remix handler (production only; server.js). */
export function publicPageCache(req: IncomingMessage, res: ServerResponse, next: () => void) {
  const key = cacheKey(req)
  if (!key) return next()
  const now = Date.now()
  const current = dataGeneration()
  const hit = entries.get(key)
  if (hit && hit.generation === current && now - hit.storedAt < MAX_AGE_MS) {
    const gzip = acceptsGzip(req.headers['accept-encoding'])
    const body = gzip ? hit.gzipped : hit.body
    res.writeHead(200, {
      ...hit.headers,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      'Content-Length': String(body.length),
      Vary: 'Accept-Language, Cookie, Accept-Encoding',
      'X-Page-Cache': 'hit',
    })
    res.end(body)
    return
  }
  if (hit) entries.delete(key)

  const chunks: Buffer[] = []
  let size = 0
  const write = res.write.bind(res) as (...args: unknown[]) => boolean
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse
  const collect = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    size += buffer.length
    if (size <= MAX_BYTES) chunks.push(buffer)
  }
  res.setHeader('X-Page-Cache', 'miss')
  res.setHeader('Vary', 'Accept-Language, Cookie')
  res.write = ((chunk: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0])
    return write(chunk, ...rest)
  }) as typeof res.write
  res.end = ((chunk?: unknown, ...rest: unknown[]) => {
    collect(chunk, rest[0])
    const cacheable = res.statusCode === 200 && size <= MAX_BYTES && !res.hasHeader('set-cookie') && !res.hasHeader('location')
    if (cacheable) {
      const body = Buffer.concat(chunks)
      const headers: Record<string, string> = {}
      for (const name of ['content-type', 'cache-control', 'content-language']) {
        const value = res.getHeader(name)
        if (value !== undefined) headers[name] = String(value)
      }
      entries.set(key, { generation: current, storedAt: now, headers, body, gzipped: gzipSync(body) })
    }
    return end(chunk, ...rest)
  }) as typeof res.end
  next()
}
