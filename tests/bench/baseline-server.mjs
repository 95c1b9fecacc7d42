// The bare minimum to compare against: node:http + better-sqlite3, the same query as GET /events does for an
// anonymous visitor (published or cancelled, public, series not over — coalesce(series_ends_at, ends_at) —,
// optional kind and organiser tradition; first page of 20 with organiser, network and place, plus the count),
// as a plain HTML list.
import { createServer } from 'node:http'
import Database from 'better-sqlite3'

const db = new Database(process.env.DATABASE_PATH, { readonly: true })
db.pragma('journal_mode = WAL')
// The same indexes and plan as the app (app/domain/events/queries.server.ts): the series end spelled like the index
// expression, the organiser join driven from events, the count without the join when no organiser filter is set.
const seriesEnd = '(case when e.series_ends_at is null then e.ends_at else e.series_ends_at end)'
const statements = new Map()
function prepared(kind, tradition) {
  const key = `${Boolean(kind)}:${Boolean(tradition)}`
  if (!statements.has(key)) {
    const where = `e.status in ('published', 'cancelled') and e.visibility = 'public' and ${seriesEnd} >= @now${kind ? ' and e.kind = @kind' : ''}${tradition ? ' and o.tradition = @tradition' : ''}`
    statements.set(key, {
      list: db.prepare(`
        select e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.venue_name, e.recurrence is not null as recurring,
          o.name as organisation, n.name as network, m.name as municipality
        from events e join organisations o on o.id = +e.organisation_id left join networks n on n.id = e.network_id
          left join municipalities m on m.id = e.municipality_id
        where ${where}
        order by e.starts_at, e.id limit 20`),
      count: db.prepare(`select count(*) as n from events e${tradition ? ' join organisations o on o.id = e.organisation_id' : ''} where ${where}`),
    })
  }
  return statements.get(key)
}
const format = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' })
const escape = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost')
  // The floor of a conditional GET on this machine: 304 at once.
  if (url.pathname === '/not-modified') return res.writeHead(req.headers['if-none-match'] ? 304 : 200, { ETag: '"x"' }).end()
  if (url.pathname !== '/events') return res.writeHead(404).end()
  const kind = url.searchParams.get('kind') || undefined
  const tradition = url.searchParams.get('tradition') || undefined
  const { list, count } = prepared(kind, tradition)
  const params = { now: Date.now(), ...(kind ? { kind } : {}), ...(tradition ? { tradition } : {}) }
  const rows = list.all(params)
  const { n } = count.get(params)
  const items = rows
    .map((r) => `<li><h3>${escape(r.title)}</h3><p>${format.format(r.starts_at)} · ${escape(r.organisation)} · ${escape(r.venue_name)} · ${escape(r.municipality)}</p></li>`)
    .join('')
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Veranstaltungen</title></head><body><h1>Veranstaltungen</h1><p>${n}</p><ul>${items}</ul></body></html>`)
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`baseline listening on ${server.address().port}`))
