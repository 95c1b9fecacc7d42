import { sql } from 'drizzle-orm'
import { db } from '~/utils/db.server'

/** 200 with the database readable, 503 otherwise. */
export function loader() {
  try {
    db.get(sql`select count(*) from municipalities`)
    return Response.json({ status: 'ok', db: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
  } catch {
    return Response.json({ status: 'error', db: 'unavailable' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
