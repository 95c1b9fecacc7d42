import { eq, sql } from 'drizzle-orm'
import { organisations } from '../../../db/schema'
import type { DbOrTx } from '../../../db/client'
import { searchableText } from './search'

/**
 * Keeps `organisation_search` (FTS5, see migration 0002) in step with the public version of one
 * organisation: active ones are indexed, pending and archived ones are not. Call it in the same
 * transaction as the write.
 */
export function syncOrganisationSearch(tx: DbOrTx, organisationId: string): void {
  tx.run(sql`delete from organisation_search where organisation_id = ${organisationId}`)
  const row = tx
    .select({ name: organisations.name, description: organisations.description, status: organisations.status })
    .from(organisations)
    .where(eq(organisations.id, organisationId))
    .get()
  if (!row || row.status !== 'active') return
  tx.run(
    sql`insert into organisation_search (organisation_id, name, description) values (${organisationId}, ${searchableText(row.name)}, ${searchableText(row.description)})`,
  )
}

/** Rebuilds the whole index, e.g. after the demo seed or an import that bypassed the mutations. */
export function rebuildOrganisationSearch(tx: DbOrTx): void {
  tx.run(sql`delete from organisation_search`)
  const rows = tx
    .select({ id: organisations.id, name: organisations.name, description: organisations.description })
    .from(organisations)
    .where(eq(organisations.status, 'active'))
    .all()
  for (const row of rows) {
    tx.run(
      sql`insert into organisation_search (organisation_id, name, description) values (${row.id}, ${searchableText(row.name)}, ${searchableText(row.description)})`,
    )
  }
}

let checked = false

/**
 * Once per process: if the index is empty while the directory is not (a database that predates the
 * FTS migration, or rows written around the mutations), rebuild it before the first search.
 */
export function ensureOrganisationSearch(tx: DbOrTx): void {
  if (checked) return
  const indexed = tx.get<{ n: number }>(sql`select count(*) as n from organisation_search`)?.n ?? 0
  if (indexed === 0) {
    const active = tx.get<{ n: number }>(sql`select count(*) as n from ${organisations} where ${organisations.status} = 'active'`)?.n ?? 0
    if (active > 0) rebuildOrganisationSearch(tx)
  }
  checked = true
}
