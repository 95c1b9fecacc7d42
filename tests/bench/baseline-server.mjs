// The bare minimum to compare against: node:http + better-sqlite3, the same query as GET /events
// (first page of upcoming public events with organiser and place, plus the count), as a plain HTML list.
import { createServer } from 'node:http'
import Database from 'better-sqlite3'

const db = new Database(process.env.DATABASE_PATH, { readonly: true })
db.pragma('journal_mode = WAL')
const list = db.prepare(`
  select e.id, e.title, e.kind, e.starts_at, e.ends_at, e.venue_name, o.name as organisation, m.name as municipality
  from events e join organisations o on o.id = e.organisation_id left join municipalities m on m.id = e.municipality_id
  where e.status = 'published' and e.visibility = 'public' and e.ends_at >= ? and (? is null or e.kind = ?)
  order by e.starts_at, e.id limit 20`)
const count = db.prepare(`select count(*) as n from events e where e.status = 'published' and e.visibility = 'public' and e.ends_at >= ? and (? is null or e.kind = ?)`)
const format = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' })
const escape = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost')
  if (url.pathname !== '/events') return res.writeHead(404).end()
  const kind = url.searchParams.get('kind')
  const now = Date.now()
  const rows = list.all(now, kind, kind)
  const { n } = count.get(now, kind, kind)
  const items = rows
    .map((r) => `<li><h3>${escape(r.title)}</h3><p>${format.format(r.starts_at)} · ${escape(r.organisation)} · ${escape(r.venue_name)} · ${escape(r.municipality)}</p></li>`)
    .join('')
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' })
  res.end(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Veranstaltungen</title></head><body><h1>Veranstaltungen</h1><p>${n}</p><ul>${items}</ul></body></html>`)
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`baseline listening on ${server.address().port}`))
